// Colour arithmetic for the palette: VS Code hands out colours as `#rgb`, `#rrggbb`, `#rrggbbaa`
// or `rgb()/rgba()`, some of them translucent; cytoscape wants opaque colours, so translucent
// ones are blended over the editor background here.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export function parseColor(text: string): Rgba | undefined {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(value);
  if (hex) {
    const digits = hex[1];
    if (digits.length === 3 || digits.length === 4) {
      const [r, g, b, a = 'f'] = digits.split('');
      return { r: parseInt(r + r, 16), g: parseInt(g + g, 16), b: parseInt(b + b, 16), a: parseInt(a + a, 16) / 255 };
    }
    if (digits.length === 6 || digits.length === 8) {
      const a = digits.length === 8 ? parseInt(digits.slice(6, 8), 16) / 255 : 1;
      return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16), a };
    }
    return undefined;
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
    return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: Math.max(0, Math.min(1, alpha)) };
  }
  return undefined;
}

export function toHex(color: Rgba): string {
  const channel = (n: number) => Math.round(Math.max(0, Math.min(255, n))).toString(16).padStart(2, '0');
  return `#${channel(color.r)}${channel(color.g)}${channel(color.b)}`;
}

/** `amount` of `top` over `bottom`, as an opaque colour. */
export function mix(top: Rgba, bottom: Rgba, amount: number): Rgba {
  const t = Math.max(0, Math.min(1, amount));
  return { r: top.r * t + bottom.r * (1 - t), g: top.g * t + bottom.g * (1 - t), b: top.b * t + bottom.b * (1 - t), a: 1 };
}

/** The colour as it shows over `background` (its own alpha applied). */
export function flatten(color: Rgba, background: Rgba): Rgba {
  return mix({ ...color, a: 1 }, background, color.a);
}

/** WCAG relative luminance, to pick dark or light text on a coloured badge. */
export function luminance(color: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}
