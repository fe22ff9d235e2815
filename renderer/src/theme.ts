/** Applies the resolved theme to <html> before first paint (and whenever it changes). */
export function applyTheme(theme: 'light' | 'dark'): void {
  document.documentElement.dataset.theme = theme;
}
