/**
 * Theme toggle. The head script of Base.astro applies a stored choice before first paint; this
 * wires the button: it shows whether the dark theme is on (aria-pressed) and stores the choice.
 * With nothing stored the system setting applies and follows it live.
 */
const STORAGE_KEY = 'theme';
type Theme = 'light' | 'dark';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

export function currentTheme(): Theme {
  const set = document.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return systemDark() ? 'dark' : 'light';
}

function apply(theme: Theme, store: boolean): void {
  document.documentElement.dataset.theme = theme;
  if (store) {
    try {
      localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // Storage can be unavailable (private mode, some file:// setups): the choice lasts this page.
    }
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  }
}

export function initThemeToggle(): void {
  apply(currentTheme(), false);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (!stored()) apply(systemDark() ? 'dark' : 'light', false);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.addEventListener('click', () => apply(currentTheme() === 'dark' ? 'light' : 'dark', true));
  }
}
