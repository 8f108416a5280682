// Reads the palette from the live page and follows theme changes: VS Code swaps the body class
// (`vscode-light`, `vscode-dark`, `vscode-high-contrast`, `vscode-high-contrast-light`) and the
// theme variables (set on the root element's style) when the user changes theme.

import { PALETTE_VARIABLES, paletteFrom, type Palette, type PaletteSource, type ThemeLook } from './palette';

export function themeLook(body: HTMLElement): ThemeLook {
  const classes = body.classList;
  if (classes.contains('vscode-high-contrast-light')) return 'highContrastLight';
  if (classes.contains('vscode-high-contrast')) return 'highContrast';
  if (classes.contains('vscode-light')) return 'light';
  return 'dark';
}

export function readPalette(body: HTMLElement): Palette {
  const style = getComputedStyle(body);
  const source = {} as PaletteSource;
  for (const [key, variable] of Object.entries(PALETTE_VARIABLES) as Array<[keyof PaletteSource, string]>) {
    source[key] = style.getPropertyValue(variable).trim();
  }
  return paletteFrom(source, themeLook(body));
}

/** Calls `onChange` with the new palette whenever VS Code changes the theme. */
export function watchTheme(body: HTMLElement, onChange: (palette: Palette) => void): () => void {
  let last = JSON.stringify(readPalette(body));
  const observer = new MutationObserver(() => {
    const palette = readPalette(body);
    const text = JSON.stringify(palette);
    if (text === last) return;
    last = text;
    onChange(palette);
  });
  observer.observe(body, { attributes: true, attributeFilter: ['class', 'style'] });
  if (body.ownerDocument.documentElement !== body) {
    observer.observe(body.ownerDocument.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
  }
  return () => observer.disconnect();
}
