/**
 * Diagrams scale to the width of the text (src/components/Diagram.astro). One drawn smaller than
 * its own size gets a button, and a click or tap anywhere on it, that opens it at full size in a
 * dialog, where it scrolls if the screen is narrower.
 */
let dialog: HTMLDialogElement | undefined;

function theDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = document.createElement('dialog');
  dialog.className = 'diagram-dialog';
  dialog.setAttribute('aria-labelledby', 'diagram-dialog-title');
  dialog.innerHTML =
    '<div class="diagram-dialog-head"><h2 id="diagram-dialog-title"></h2><button type="button" class="button-secondary" data-close>Close</button></div><div class="diagram-dialog-body diagram" tabindex="0" role="region" aria-label="The diagram at full size"></div>';
  dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog!.close());
  dialog.addEventListener('click', (e) => e.target === dialog && dialog!.close());
  document.body.append(dialog);
  return dialog;
}

function open(figure: HTMLElement): void {
  const svg = figure.querySelector('svg')!;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const title = svg.querySelector('title')?.textContent ?? '';
  const desc = svg.querySelector('desc')?.textContent ?? '';
  // Ids stay unique on the page: the copy is named by its own label instead.
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  copy.removeAttribute('aria-labelledby');
  copy.setAttribute('aria-label', `${title}. ${desc}`);
  copy.style.width = `${figure.dataset.width}px`;
  copy.style.maxWidth = 'none';
  const d = theDialog();
  d.querySelector('h2')!.textContent = title;
  d.querySelector('.diagram-dialog-body')!.replaceChildren(copy);
  d.showModal();
}

export function initDiagrams(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-diagram]')];
  if (!figures.length || !('ResizeObserver' in window)) return;
  const buttons = new Map<Element, HTMLButtonElement>();
  for (const figure of figures) {
    const frame = figure.querySelector<HTMLElement>('.diagram-frame')!;
    const title = figure.querySelector('svg title')?.textContent ?? 'the diagram';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'diagram-zoom';
    button.hidden = true;
    button.setAttribute('aria-label', `Open “${title}” at full size`);
    button.innerHTML =
      '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M14 4h6v6M10 20H4v-6M20 4l-7 7M4 20l7-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path></svg><span aria-hidden="true">Full size</span>';
    button.addEventListener('click', () => open(figure));
    frame.addEventListener('click', () => !button.hidden && open(figure));
    figure.querySelector('.diagram-title')!.after(button);
    buttons.set(frame, button);
  }
  const observer = new ResizeObserver((entries) => {
    for (const e of entries) {
      const frame = e.target as HTMLElement;
      const width = Number(frame.closest<HTMLElement>('[data-diagram]')!.dataset.width);
      const shown = frame.querySelector('svg')!.getBoundingClientRect().width;
      const scaled = shown < width * 0.92;
      buttons.get(frame)!.hidden = !scaled;
      frame.classList.toggle('is-scaled', scaled);
    }
  });
  for (const frame of buttons.keys()) observer.observe(frame);
}
