// A small SVG writer for the positioned picture: boxes, lines (straight or quadratic curves, with
// arrow heads), and text. Every string from the graph is escaped and written as character data,
// never as markup. Each drawn element carries the id of the graph element it shows (`data-id`),
// so a reader of the file (or a test) can tell which box, line or label belongs to what.

export interface SvgPoint {
  x: number;
  y: number;
}

export type SvgShape = 'roundrect' | 'rect' | 'ellipse' | 'diamond' | 'rhomboid' | 'cut';

export type SvgArrow = 'triangle' | 'square' | 'none';

export interface SvgBox {
  id?: string;
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
  id?: string;
  /** Start, quadratic control points (zero or more, cytoscape-style), end. */
  start: SvgPoint;
  controls: SvgPoint[];
  end: SvgPoint;
  color: string;
  width: number;
  dash?: number[];
  opacity?: number;
  /** The head at the end, and the one at the start (none unless given). */
  arrow: SvgArrow;
  sourceArrow?: SvgArrow;
  /** Length of an arrow head's unit shape; by default from the line's width. */
  arrowSize?: number;
}

export interface SvgText {
  id?: string;
  x: number;
  /** Centre of the text block (`middle`) or its bottom line's baseline (`above`). */
  y: number;
  lines: string[];
  fontSize: number;
  color: string;
  bold?: boolean;
  placement: 'middle' | 'above';
  background?: string;
  /** The label's box as drawn on the page (its background); estimated from the text if absent. */
  width?: number;
  height?: number;
  opacity?: number;
  /** The full text when the drawn lines are cut short: the SVG's tooltip, as on the page. */
  title?: string;
}

export interface SvgScene {
  /** The drawn area in graph coordinates. */
  left: number;
  top: number;
  width: number;
  height: number;
  background: string;
  fontFamily: string;
  /** Group boxes (regions, accounts): drawn first, under the lines. */
  frames?: SvgBox[];
  /** Drawn after the lines, as the page draws nodes over the edges that join them. */
  boxes: SvgBox[];
  lines: SvgLine[];
  /** Drawn last, so labels stay on top. */
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
  for (const box of scene.frames ?? []) parts.push(boxElement(box));
  for (const line of scene.lines) parts.push(...lineElements(line));
  for (const box of scene.boxes) parts.push(boxElement(box));
  for (const text of scene.texts) parts.push(textElement(text));
  parts.push('</svg>');
  return parts.join('\n');
}

function idAttribute(id: string | undefined): string {
  return id === undefined ? '' : ` data-id="${escapeXml(id)}"`;
}

function opacityAttribute(opacity: number | undefined): string {
  return opacity !== undefined && opacity < 1 ? ` opacity="${n(opacity)}"` : '';
}

function paint(fill: string, stroke: string, width: number, dash?: number[], opacity?: number): string {
  const dashText = dash && dash.length > 0 ? ` stroke-dasharray="${dash.map(n).join(' ')}"` : '';
  return `fill="${escapeXml(fill)}" stroke="${escapeXml(stroke)}" stroke-width="${n(width)}"${dashText}${opacityAttribute(opacity)}`;
}

function boxElement(box: SvgBox): string {
  const style = `${paint(box.fill, box.stroke, box.strokeWidth, box.dash, box.opacity)}${idAttribute(box.id)}`;
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

/** The path cytoscape draws: a chain of quadratic curves whose joints sit between control points. */
export function linePath(line: Pick<SvgLine, 'start' | 'controls' | 'end'>): string {
  let d = `M${n(line.start.x)},${n(line.start.y)}`;
  const cps = line.controls;
  for (let i = 0; i < cps.length; i++) {
    const to = i === cps.length - 1 ? line.end : { x: (cps[i].x + cps[i + 1].x) / 2, y: (cps[i].y + cps[i + 1].y) / 2 };
    d += ` Q${n(cps[i].x)},${n(cps[i].y)} ${n(to.x)},${n(to.y)}`;
  }
  if (cps.length === 0) d += ` L${n(line.end.x)},${n(line.end.y)}`;
  return d;
}

// Cytoscape's arrow shapes in units of the arrow size, tip (or front edge) at the origin, pointing
// along +y (the shape is turned to the line's direction where it is drawn).
const ARROW_SHAPES: Record<Exclude<SvgArrow, 'none'>, Array<[number, number]>> = {
  triangle: [[-0.15, -0.3], [0, 0], [0.15, -0.3]],
  square: [[-0.15, 0], [0.15, 0], [0.15, -0.3], [-0.15, -0.3]],
};

function lineElements(line: SvgLine): string[] {
  const elements = [`<path d="${linePath(line)}" ${paint('none', line.color, line.width, line.dash, line.opacity)}${idAttribute(line.id)}/>`];
  const size = line.arrowSize ?? Math.max((line.width * 13.37) ** 0.9, 29);
  const cps = line.controls;
  // An arrow points along the curve's tangent at its end: from the nearest control point.
  const heads: Array<[SvgArrow | undefined, SvgPoint, SvgPoint]> = [
    [line.arrow, line.end, cps.length > 0 ? cps[cps.length - 1] : line.start],
    [line.sourceArrow, line.start, cps.length > 0 ? cps[0] : line.end],
  ];
  for (const [shape, tip, from] of heads) {
    if (!shape || shape === 'none') continue;
    const angle = Math.atan2(tip.y - from.y, tip.x - from.x) - Math.PI / 2;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const points = ARROW_SHAPES[shape].map(([x, y]): [number, number] => [tip.x + size * (x * cos - y * sin), tip.y + size * (x * sin + y * cos)]);
    elements.push(polygon(points, `fill="${escapeXml(line.color)}"${opacityAttribute(line.opacity)}`));
  }
  return elements;
}

function textElement(text: SvgText): string {
  const lineHeight = Math.min(text.fontSize * 1.25, text.height !== undefined ? text.height / text.lines.length : Infinity);
  const firstBaseline =
    text.placement === 'middle'
      ? text.y - ((text.lines.length - 1) * lineHeight) / 2 + text.fontSize * 0.35
      : text.y - (text.lines.length - 1) * lineHeight;
  const spans = text.lines
    .map((line, i) => `<tspan x="${n(text.x)}" y="${n(firstBaseline + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  const weight = text.bold ? ' font-weight="bold"' : '';
  const title = text.title ? `<title>${escapeXml(text.title)}</title>` : '';
  const label = `<text text-anchor="middle" font-size="${n(text.fontSize)}" fill="${escapeXml(text.color)}"${weight}${idAttribute(text.id)}>${title}${spans}</text>`;
  const opacity = opacityAttribute(text.opacity);
  if (!text.background) return opacity ? `<g${opacity}>${label}</g>` : label;
  const width = text.width ?? Math.max(...text.lines.map((line) => line.length)) * text.fontSize * 0.6 + 6;
  const height = text.height ?? text.lines.length * lineHeight + 2;
  const top = text.placement === 'middle' ? text.y - height / 2 : firstBaseline - text.fontSize - 1;
  return `<g${opacity}><rect x="${n(text.x - width / 2)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" rx="2" fill="${escapeXml(text.background)}"/>${label}</g>`;
}
