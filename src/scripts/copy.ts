/**
 * Copy buttons for code blocks. What to copy was decided at build time (src/shiki/shellSession.ts):
 * a block's `data-copy` and a command line's `data-command`. This script only adds the buttons and
 * writes to the clipboard, falling back to execCommand where the Clipboard API is missing.
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

function button(className: string, label: string, text: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.setAttribute('aria-label', label);
  b.dataset.label = label;
  b.innerHTML = `<span aria-hidden="true">${className === 'copy-block' ? 'Copy' : '⧉'}</span>`;
  b.addEventListener('click', async () => {
    let done = 'Copied';
    try {
      await writeClipboard(text);
    } catch {
      done = 'Copy failed: select the text instead';
    }
    const status = document.querySelector('[data-copy-status]');
    if (status) status.textContent = '';
    requestAnimationFrame(() => status && (status.textContent = done));
    b.dataset.state = done === 'Copied' ? 'copied' : 'failed';
    b.setAttribute('aria-label', done);
    if (className === 'copy-block') b.firstElementChild!.textContent = done === 'Copied' ? 'Copied' : 'Failed';
    setTimeout(() => {
      delete b.dataset.state;
      b.setAttribute('aria-label', label);
      if (className === 'copy-block') b.firstElementChild!.textContent = 'Copy';
    }, 2000);
  });
  return b;
}

export function initCopyButtons(): void {
  for (const frame of document.querySelectorAll<HTMLElement>('figure.code-frame')) {
    const pre = frame.querySelector('pre');
    if (!pre || frame.querySelector('.copy-block')) continue;
    const terminal = frame.classList.contains('is-terminal');
    const commands = pre.querySelectorAll<HTMLElement>('.line[data-command]');
    const what = terminal ? (commands.length > 1 ? 'all commands' : 'command') : 'code';
    frame.querySelector('.code-header')?.append(button('copy-block', `Copy ${what}`, pre.dataset.copy ?? pre.innerText));
    if (commands.length > 1) {
      for (const line of commands) {
        const cmd = line.dataset.command!;
        line.append(button('copy-line', `Copy command: ${cmd.split('\n')[0]}`, cmd));
      }
    }
  }
}
