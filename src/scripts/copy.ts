import { fillPlaceholders } from './placeholders';
import {
  ATTR_BOUND,
  ATTR_COMMAND,
  ATTR_COPY,
  ATTR_COPY_STATUS,
  ATTR_COPY_TEXT,
  CLASS_CODE_FRAME,
  CLASS_CODE_HEADER,
  CLASS_COPY_BLOCK,
  CLASS_COPY_LINE,
  CLASS_LINE,
  CLASS_TERMINAL,
  byAttr,
  byClass,
} from '~/lib/markup';

/**
 * Copy buttons for code blocks. What to copy was decided at build time (src/shiki/shellSession.ts):
 * a block's `data-copy` and a command line's `data-command`. This script only adds the buttons and
 * writes to the clipboard, falling back to execCommand where the Clipboard API is missing
 * (some file:// and older setups).
 */
async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy failed');
  }
}

/** Makes `b` copy `text` (with the reader's placeholder values), showing and announcing "Copied". */
export function bindCopy(b: HTMLButtonElement, text: () => string): void {
  const label = b.getAttribute('aria-label') ?? 'Copy';
  const face = b.firstElementChild;
  const faceText = face?.textContent ?? '';
  b.addEventListener('click', async () => {
    let ok = true;
    try {
      await writeClipboard(fillPlaceholders(text()));
    } catch {
      ok = false;
    }
    const message = ok ? 'Copied' : 'Copy failed: select the text instead';
    const status = document.querySelector(byAttr(ATTR_COPY_STATUS));
    if (status) {
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message));
    }
    b.dataset.state = ok ? 'copied' : 'failed';
    b.setAttribute('aria-label', message);
    const isBlock = b.classList.contains(CLASS_COPY_BLOCK);
    if (face && isBlock) face.textContent = ok ? 'Copied' : 'Failed';
    setTimeout(() => {
      delete b.dataset.state;
      b.setAttribute('aria-label', label);
      if (face && isBlock) face.textContent = faceText;
    }, 2000);
  });
}

/** The copy icon of the per-command buttons: the drawing Base.astro puts once in every page. */
export const COPY_ICON =
  '<svg viewBox="0 0 24 24" width="15" height="15" aria-hidden="true" focusable="false"><use href="#icon-copy"></use></svg>';

function makeButton(className: string, label: string, face: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.setAttribute('aria-label', label);
  b.innerHTML = face === 'icon' ? COPY_ICON : `<span aria-hidden="true">${face}</span>`;
  return b;
}

export function initCopyButtons(root: ParentNode = document): void {
  for (const frame of root.querySelectorAll<HTMLElement>(`figure${byClass(CLASS_CODE_FRAME)}`)) {
    const pre = frame.querySelector('pre');
    if (!pre || frame.querySelector(byClass(CLASS_COPY_BLOCK))) continue;
    const commands = pre.querySelectorAll<HTMLElement>(`${byClass(CLASS_LINE)}${byAttr(ATTR_COMMAND)}`);
    const what = frame.classList.contains(CLASS_TERMINAL) ? (commands.length > 1 ? 'all commands' : 'command') : 'code';
    const block = makeButton(CLASS_COPY_BLOCK, `Copy ${what}`, 'Copy');
    bindCopy(block, () => pre.getAttribute(ATTR_COPY) ?? pre.innerText);
    frame.querySelector(byClass(CLASS_CODE_HEADER))?.append(block);
    if (commands.length > 1) {
      for (const line of commands) {
        const cmd = line.getAttribute(ATTR_COMMAND)!;
        const b = makeButton(CLASS_COPY_LINE, `Copy command: ${cmd.split('\n')[0]}`, 'icon');
        bindCopy(b, () => cmd);
        // In a slot of its own, so it can stay at the visible right edge (global.css, .line-copy).
        const slot = document.createElement('span');
        slot.className = 'line-copy';
        slot.append(b);
        line.classList.add('has-copy');
        line.append(slot);
      }
    }
  }
  // Buttons drawn at build time with their text (the Commands page, search results).
  for (const b of root.querySelectorAll<HTMLButtonElement>(
    `button${byAttr(ATTR_COPY_TEXT)}:not(${byAttr(ATTR_BOUND)})`,
  )) {
    b.setAttribute(ATTR_BOUND, '');
    bindCopy(b, () => b.getAttribute(ATTR_COPY_TEXT)!);
  }
}
