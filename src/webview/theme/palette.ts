// The colours the graph is drawn with, read from the page's CSS custom properties. The stylesheet
// (media/topology.css) maps VS Code's theme variables onto `--graph-*` names with a fallback per
// theme kind, so the same code draws in VS Code, in tests and in an exported file opened from disk.

import { flatten, luminance, mix, parseColor, toHex, type Rgba } from './colors';

export type ThemeLook = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

export interface Palette {
  look: ThemeLook;
  background: string;
  foreground: string;
  muted: string;
  /** Region box fill and border, account box fill and border. */
  regionFill: string;
  regionBorder: string;
  accountFill: string;
  accountBorder: string;
  nodeFill: string;
  nodeBorder: string;
  focus: string;
  activated: string;
  accepting: string;
  creating: string;
  updating: string;
  deleting: string;
  inactive: string;
  warning: string;
  /** Text on a warning badge: dark or light, whichever reads on `warning`. */
  warningText: string;
  routerInterface: string;
  bgp: string;
  /** Wider lines and borders in high-contrast themes. */
  lineScale: number;
  fontFamily: string;
}

export const PALETTE_VARIABLES = {
  background: '--graph-background',
  foreground: '--graph-foreground',
  muted: '--graph-muted',
  border: '--graph-border',
  nodeFill: '--graph-node-fill',
  focus: '--graph-focus',
  activated: '--graph-activated',
  accepting: '--graph-accepting',
  creating: '--graph-creating',
  updating: '--graph-updating',
  deleting: '--graph-deleting',
  inactive: '--graph-inactive',
  warning: '--graph-warning',
  routerInterface: '--graph-router-interface',
  fontFamily: '--graph-font-family',
} as const;

export type PaletteSource = Record<keyof typeof PALETTE_VARIABLES, string>;

/** Builds the palette from raw variable values (any CSS colour syntax VS Code uses). */
export function paletteFrom(source: PaletteSource, look: ThemeLook): Palette {
  const fallback: Rgba = look === 'light' || look === 'highContrastLight' ? { r: 255, g: 255, b: 255, a: 1 } : { r: 30, g: 30, b: 30, a: 1 };
  const background = flatten(parseColor(source.background) ?? fallback, fallback);
  const read = (text: string, otherwise: Rgba): Rgba => flatten(parseColor(text) ?? otherwise, background);
  const foreground = read(source.foreground, luminance(background) > 0.5 ? { r: 0, g: 0, b: 0, a: 1 } : { r: 255, g: 255, b: 255, a: 1 });
  const highContrast = look === 'highContrast' || look === 'highContrastLight';
  const border = read(source.border, mix(foreground, background, 0.35));
  const warning = read(source.warning, { r: 204, g: 167, b: 0, a: 1 });
  const hex = (c: Rgba) => toHex(c);
  const color = (text: string) => hex(read(text, foreground));
  return {
    look,
    background: hex(background),
    foreground: hex(foreground),
    muted: color(source.muted),
    regionFill: hex(highContrast ? background : mix(foreground, background, 0.045)),
    regionBorder: hex(highContrast ? border : mix(foreground, background, 0.3)),
    accountFill: hex(highContrast ? background : mix(foreground, background, 0.07)),
    accountBorder: hex(highContrast ? border : mix(foreground, background, 0.22)),
    nodeFill: hex(read(source.nodeFill, background)),
    nodeBorder: hex(highContrast ? foreground : mix(foreground, background, 0.55)),
    focus: color(source.focus),
    activated: color(source.activated),
    accepting: color(source.accepting),
    creating: color(source.creating),
    updating: color(source.updating),
    deleting: color(source.deleting),
    inactive: color(source.inactive),
    warning: hex(warning),
    warningText: luminance(warning) > 0.35 ? '#1e1e1e' : '#ffffff',
    routerInterface: color(source.routerInterface),
    bgp: hex(mix(foreground, background, 0.7)),
    lineScale: highContrast ? 1.6 : 1,
    // Cytoscape accepts family names in double quotes only.
    fontFamily: source.fontFamily.trim().replace(/'/g, '"') || 'sans-serif',
  };
}
