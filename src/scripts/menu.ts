/**
 * The menu (src/components/Sidebar.astro) opens and closes with no script, as an HTML popover.
 * This adds what a reader expects on top: focus moves into the menu, onto the current page; in the
 * sidebar column, the current page is scrolled into view; the menu closes when the window grows
 * wide enough to show it as a column.
 */
export function initMenu(): void {
  const menu = document.getElementById('site-menu');
  if (!menu) return;
  const current = menu.querySelector<HTMLElement>('[aria-current="page"]');
  menu.addEventListener('toggle', (e) => {
    if ((e as ToggleEvent).newState !== 'open') return;
    const target = current ?? menu.querySelector<HTMLElement>('summary, a');
    target?.focus();
  });
  // Scroll the column itself, never the page.
  if (current && menu.scrollHeight > menu.clientHeight) {
    const offset = current.getBoundingClientRect().top - menu.getBoundingClientRect().top;
    if (offset > menu.clientHeight * 0.7) menu.scrollTop = offset - menu.clientHeight / 3;
  }
  matchMedia('(min-width: 60rem)').addEventListener('change', (m) => {
    if (m.matches && menu.matches(':popover-open')) menu.hidePopover();
  });
}
