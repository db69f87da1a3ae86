/**
 * The theme button: system → light → dark → system. The head script (beforePaint.ts) applies the
 * theme before the first paint; "system" is stored as no choice at all, so the device's setting
 * applies, and is followed live here. `data-theme` on <html> always names the theme in effect.
 */
const STORAGE_KEY = 'theme';
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

function stored(): ThemeChoice {
  try {
    const t = localStorage.getItem(STORAGE_KEY);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}

const systemTheme = () => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

function show(choice: ThemeChoice): void {
  const next = THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length];
  const label = choice === 'system' ? `Theme: system (${systemTheme()} now)` : `Theme: ${choice}`;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.dataset.themeChoice = choice;
    button.title = `${label}. Press for ${next}.`;
    const text = button.querySelector('[data-theme-label]');
    if (text) text.textContent = label;
  }
}

export function setTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  root.dataset.theme = choice === 'system' ? systemTheme() : choice;
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage can be unavailable (private mode, some file:// setups): the choice lasts this page.
  }
  show(choice);
}

export function initThemeToggle(): void {
  show(stored());
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    const choice = stored();
    if (choice === 'system') document.documentElement.dataset.theme = systemTheme();
    show(choice);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.addEventListener('click', () => {
      const current = (button.dataset.themeChoice ?? 'system') as ThemeChoice;
      setTheme(THEME_CHOICES[(THEME_CHOICES.indexOf(current) + 1) % THEME_CHOICES.length]!);
    });
  }
}
