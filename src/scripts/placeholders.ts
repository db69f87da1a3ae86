/**
 * Placeholders a reader fills in once: the note page lists its placeholders (`<container>`,
 * `<image>`…) in a small form; a value typed there replaces the placeholder in every code block of
 * the page and in everything the copy buttons copy. Values last for the browser session, so the
 * same `<container>` carries over to the next note.
 */
import { ATTR_PLACEHOLDER, CLASS_PLACEHOLDER, byAttr, byClass } from '~/lib/markup';
import { PLACEHOLDER } from '~/lib/placeholder';

const KEY = 'placeholders';
const values = new Map<string, string>();

/** `text` with every filled-in placeholder replaced by its value. */
export function fillPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (p) => values.get(p) || p);
}

function show(): void {
  for (const span of document.querySelectorAll<HTMLElement>(byClass(CLASS_PLACEHOLDER))) {
    const name = (span.dataset.name ??= span.textContent!);
    const value = values.get(name);
    span.textContent = value || name;
    span.classList.toggle('is-filled', !!value);
  }
}

export function initPlaceholders(): void {
  const inputs = document.querySelectorAll<HTMLInputElement>(byAttr(ATTR_PLACEHOLDER));
  if (!inputs.length) return;
  try {
    for (const [k, v] of Object.entries(JSON.parse(sessionStorage.getItem(KEY) ?? '{}'))) values.set(k, String(v));
  } catch {
    // No storage (some file:// setups): values last for this page.
  }
  for (const input of inputs) {
    const name = input.getAttribute(ATTR_PLACEHOLDER)!;
    input.value = values.get(name) ?? '';
    input.addEventListener('input', () => {
      values.set(name, input.value.trim());
      show();
      try {
        sessionStorage.setItem(KEY, JSON.stringify(Object.fromEntries(values)));
      } catch {
        // As above.
      }
    });
  }
  show();
}
