/**
 * Scroll-spy: marks the "On this page" link of the section being read with aria-current="true".
 * The section being read is the last one whose heading has passed a line at 30 % of the window
 * (or, at the very end of the page, the last heading in view). An IntersectionObserver reports
 * when a heading crosses that line, so nothing runs while the reader scrolls within a section.
 */
export function initScrollSpy(): void {
  const toc = document.querySelector<HTMLElement>('[data-toc]');
  if (!toc || !('IntersectionObserver' in window)) return;
  const links = new Map<Element, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const heading = document.getElementById(decodeURIComponent(a.hash.slice(1)));
    if (heading) links.set(heading, a);
  }
  const headings = [...links.keys()];
  if (!headings.length) return;
  let current: HTMLAnchorElement | undefined;

  const update = () => {
    const line = innerHeight * 0.3;
    const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 4;
    const passed = headings.filter((h) => h.getBoundingClientRect().top <= (atEnd ? innerHeight - 40 : line));
    const link = passed.length ? links.get(passed.at(-1)!) : undefined;
    if (link === current) return;
    current?.removeAttribute('aria-current');
    current = link;
    if (!link) return;
    link.setAttribute('aria-current', 'true');
    // A long list scrolls in its column: keep the marked link in view there.
    const box = toc.querySelector('nav');
    if (box && box.scrollHeight > box.clientHeight) {
      const r = link.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - b.height / 2;
    }
  };

  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
  for (const h of headings) observer.observe(h);
  // The end of the page: the last sections may never reach the line.
  const end = document.querySelector('.prev-next') ?? document.querySelector('.site-footer');
  if (end) new IntersectionObserver(update).observe(end);
  update();
}
