/**
 * Shows a note's "checked against a release past its end of life" notice once the reader's clock
 * has passed that day. The build renders the notice hidden, with the day in `data-end-of-life`
 * (src/layouts/NoteLayout.astro), so a copy saved for offline reading still says when it went stale.
 */
export function showEndOfLifeNotices(now: number = Date.now()): void {
  for (const notice of document.querySelectorAll<HTMLElement>('[data-end-of-life]')) {
    const endOfLife = Date.parse(notice.dataset.endOfLife ?? '');
    if (!Number.isNaN(endOfLife) && now >= endOfLife) notice.hidden = false;
  }
}
