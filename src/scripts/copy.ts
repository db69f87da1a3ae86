import { fillPlaceholders } from './placeholders';

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
    const status = document.querySelector('[data-copy-status]');
    if (status) {
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message));
    }
    b.dataset.state = ok ? 'copied' : 'failed';
    b.setAttribute('aria-label', message);
    const isBlock = b.classList.contains('copy-block');
    if (face && isBlock) face.textContent = ok ? 'Copied' : 'Failed';
    setTimeout(() => {
      delete b.dataset.state;
      b.setAttribute('aria-label', label);
      if (face && isBlock) face.textContent = faceText;
    }, 2000);
  });
}

/** The copy icon of the per-command buttons (also drawn at build time by CopyIcon.astro). */
const ICON =
  '<svg viewBox="0 0 24 24" width="15" height="15" aria-hidden="true" focusable="false"><rect x="8" y="8" width="12" height="12" rx="2" fill="none" stroke="currentColor" stroke-width="2"></rect><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" fill="none" stroke="currentColor" stroke-width="2"></path></svg>';

function makeButton(className: string, label: string, face: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.setAttribute('aria-label', label);
  b.innerHTML = face === 'icon' ? ICON : `<span aria-hidden="true">${face}</span>`;
  return b;
}

export function initCopyButtons(root: ParentNode = document): void {
  for (const frame of root.querySelectorAll<HTMLElement>('figure.code-frame')) {
    const pre = frame.querySelector('pre');
    if (!pre || frame.querySelector('.copy-block')) continue;
    const commands = pre.querySelectorAll<HTMLElement>('.line[data-command]');
    const what = frame.classList.contains('is-terminal') ? (commands.length > 1 ? 'all commands' : 'command') : 'code';
    const block = makeButton('copy-block', `Copy ${what}`, 'Copy');
    bindCopy(block, () => pre.dataset.copy ?? pre.innerText);
    frame.querySelector('.code-header')?.append(block);
    if (commands.length > 1) {
      for (const line of commands) {
        const cmd = line.dataset.command!;
        const b = makeButton('copy-line', `Copy command: ${cmd.split('\n')[0]}`, 'icon');
        bindCopy(b, () => cmd);
        line.append(b);
      }
    }
  }
  // Buttons drawn at build time with their text (the Commands page, search results).
  for (const b of root.querySelectorAll<HTMLButtonElement>('button[data-copy-text]:not([data-bound])')) {
    b.dataset.bound = '';
    bindCopy(b, () => b.dataset.copyText!);
  }
}
