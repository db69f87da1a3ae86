/**
 * Runs before first paint (inlined in the <head> of every page by Base.astro; it must also run
 * from a page opened from disk), so that nothing flashes or moves once the page is shown.
 *
 * What the page can do here, as attributes on <html> that CSS reads (src/styles/global.css):
 * `data-scripts` always (it is a script), for controls that only work with the page's script;
 * `data-web` over http(s), where the zip link works; `data-offline` where, besides, a service
 * worker can run in a build (Base.astro sets data-sw in builds only), for the save-for-offline
 * control. Set here rather than by page.ts at the end of the body, so those controls are in the
 * first layout and do not push the page down when they appear.
 *
 * Then the theme, so it never flashes: the stored light or dark choice,
 * or else the device's. `data-theme` on <html> always names the theme in effect; theme.ts keeps it
 * following the device while the reader's choice is "system" (nothing stored). Without scripts,
 * CSS alone follows the device.
 */
const root = document.documentElement;
// Scripts run: controls that need them (the placeholder form) are in the first layout, shown by CSS.
root.dataset.scripts = '';
if (/^https?:$/.test(location.protocol)) {
  root.dataset.web = '';
  if ('serviceWorker' in navigator && root.hasAttribute('data-sw')) root.dataset.offline = '';
}

let theme: string | null = null;
try {
  theme = localStorage.getItem('theme');
} catch {
  // Storage blocked (a privacy setting): the system theme applies.
}
root.dataset.theme =
  theme === 'light' || theme === 'dark' ? theme : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
