// A small SVG writer for the positioned picture: boxes, lines (straight or quadratic curves, with
// an arrow head), and text. Every string from the graph is escaped and written as character data,
// never as markup.

export interface SvgPoint {
  x: number;
  y: number;
}

export type SvgShape = 'roundrect' | 'rect' | 'ellipse' | 'diamond' | 'rhomboid' | 'cut';

export interface SvgBox {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: SvgShape;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash?: number[];
  opacity?: number;
}

export interface SvgLine {
  /** Start, quadratic control points (zero or more, cytoscape-style), end. */
  start: SvgPoint;
  controls: SvgPoint[];
  end: SvgPoint;
  color: string;
  width: number;
  dash?: number[];
  opacity?: number;
  arrow: 'triangle' | 'none';
}

export interface SvgText {
  x: number;
  /** Centre of the text block (`middle`) or its bottom line's baseline (`above`). */
  y: number;
  lines: string[];
  fontSize: number;
  color: string;
  bold?: boolean;
  placement: 'middle' | 'above';
  background?: string;
}

export interface SvgScene {
  /** The drawn area in graph coordinates. */
  left: number;
  top: number;
  width: number;
  height: number;
  background: string;
  fontFamily: string;
  boxes: SvgBox[];
  lines: SvgLine[];
  /** Drawn after boxes and lines, so labels stay on top. */
  texts: SvgText[];
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

const n = (value: number) => (Math.round(value * 10) / 10).toString();

export function svgDocument(scene: SvgScene): string {
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="${n(scene.left)} ${n(scene.top)} ${n(scene.width)} ${n(scene.height)}" font-family="${escapeXml(scene.fontFamily)}">`,
    `<rect x="${n(scene.left)}" y="${n(scene.top)}" width="${n(scene.width)}" height="${n(scene.height)}" fill="${escapeXml(scene.background)}"/>`,
  ];
  for (const box of scene.boxes) parts.push(boxElement(box));
  for (const line of scene.lines) parts.push(...lineElements(line));
  for (const text of scene.texts) parts.push(textElement(text));
  parts.push('</svg>');
  return parts.join('\n');
}

function paint(fill: string, stroke: string, width: number, dash?: number[], opacity?: number): string {
  const dashText = dash && dash.length > 0 ? ` stroke-dasharray="${dash.map(n).join(' ')}"` : '';
  const opacityText = opacity !== undefined && opacity < 1 ? ` opacity="${n(opacity)}"` : '';
  return `fill="${escapeXml(fill)}" stroke="${escapeXml(stroke)}" stroke-width="${n(width)}"${dashText}${opacityText}`;
}

function boxElement(box: SvgBox): string {
  const style = paint(box.fill, box.stroke, box.strokeWidth, box.dash, box.opacity);
  const { x, y, width: w, height: h } = box;
  switch (box.shape) {
    case 'ellipse':
      return `<ellipse cx="${n(x + w / 2)}" cy="${n(y + h / 2)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${style}/>`;
    case 'diamond':
      return polygon([[x + w / 2, y], [x + w, y + h / 2], [x + w / 2, y + h], [x, y + h / 2]], style);
    case 'rhomboid':
      return polygon([[x + w * 0.2, y], [x + w, y], [x + w * 0.8, y + h], [x, y + h]], style);
    case 'cut': {
      const c = Math.min(12, w / 4, h / 4);
      return polygon([[x + c, y], [x + w - c, y], [x + w, y + c], [x + w, y + h - c], [x + w - c, y + h], [x + c, y + h], [x, y + h - c], [x, y + c]], style);
    }
    default: {
      const r = box.shape === 'roundrect' ? Math.min(10, w / 4, h / 4) : 0;
      return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(r)}" ${style}/>`;
    }
  }
}

function polygon(points: Array<[number, number]>, style: string): string {
  return `<polygon points="${points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" ${style}/>`;
}

function lineElements(line: SvgLine): string[] {
  let d = `M${n(line.start.x)},${n(line.start.y)}`;
  const cps = line.controls;
  for (let i = 0; i < cps.length; i++) {
    const to = i === cps.length - 1 ? line.end : { x: (cps[i].x + cps[i + 1].x) / 2, y: (cps[i].y + cps[i + 1].y) / 2 };
    d += ` Q${n(cps[i].x)},${n(cps[i].y)} ${n(to.x)},${n(to.y)}`;
  }
  if (cps.length === 0) d += ` L${n(line.end.x)},${n(line.end.y)}`;
  const elements = [`<path d="${d}" ${paint('none', line.color, line.width, line.dash, line.opacity)}/>`];
  if (line.arrow === 'triangle') {
    const from = cps.length > 0 ? cps[cps.length - 1] : line.start;
    const angle = Math.atan2(line.end.y - from.y, line.end.x - from.x);
    const size = 6 + line.width * 2;
    const corner = (da: number) => ({ x: line.end.x - size * Math.cos(angle + da), y: line.end.y - size * Math.sin(angle + da) });
    const a = corner(0.45);
    const b = corner(-0.45);
    const opacity = line.opacity !== undefined && line.opacity < 1 ? ` opacity="${n(line.opacity)}"` : '';
    elements.push(`<polygon points="${n(line.end.x)},${n(line.end.y)} ${n(a.x)},${n(a.y)} ${n(b.x)},${n(b.y)}" fill="${escapeXml(line.color)}"${opacity}/>`);
  }
  return elements;
}

function textElement(text: SvgText): string {
  const lineHeight = text.fontSize * 1.25;
  const firstBaseline =
    text.placement === 'middle'
      ? text.y - ((text.lines.length - 1) * lineHeight) / 2 + text.fontSize * 0.35
      : text.y - (text.lines.length - 1) * lineHeight;
  const spans = text.lines
    .map((line, i) => `<tspan x="${n(text.x)}" y="${n(firstBaseline + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  const weight = text.bold ? ' font-weight="bold"' : '';
  const label = `<text text-anchor="middle" font-size="${n(text.fontSize)}" fill="${escapeXml(text.color)}"${weight}>${spans}</text>`;
  if (!text.background) return label;
  const width = Math.max(...text.lines.map((line) => line.length)) * text.fontSize * 0.6 + 6;
  const height = text.lines.length * lineHeight + 2;
  const top = firstBaseline - text.fontSize;
  return `<g><rect x="${n(text.x - width / 2)}" y="${n(top - 1)}" width="${n(width)}" height="${n(height)}" rx="2" fill="${escapeXml(text.background)}"/>${label}</g>`;
}
