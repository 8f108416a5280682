// Reads the drawn picture back from cytoscape into an SvgScene, so the SVG export is the live
// graph: boxes where cytoscape draws them, each edge along the curve cytoscape computed for it
// (its bend around other nodes, its spread from parallel edges), the labels its style shows (a
// healthy link's is hidden) in the boxes cytoscape placed them in, and the computed colours, dash
// patterns, arrow heads and opacities.

import type cytoscape from 'cytoscape';
import type { SvgArrow, SvgBox, SvgLine, SvgPoint, SvgScene, SvgShape, SvgText } from './svgDocument';

const SHAPES: Record<string, SvgShape> = {
  'round-rectangle': 'roundrect',
  roundrectangle: 'roundrect',
  rectangle: 'rect',
  ellipse: 'ellipse',
  diamond: 'diamond',
  rhomboid: 'rhomboid',
  'cut-rectangle': 'cut',
};

/** Curve styles whose control points cytoscape reports (`edge.controlPoints()`). */
const CURVED = new Set(['bezier', 'unbundled-bezier']);

const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false };

export function svgSceneOf(cy: cytoscape.Core, background: string, fontFamily: string): SvgScene {
  const frames: SvgBox[] = [];
  const boxes: SvgBox[] = [];
  const lines: SvgLine[] = [];
  const texts: SvgText[] = [];
  const all = cy.elements(':visible');
  // Also brings cytoscape's label boxes and edge curves up to date before they are read.
  const bounds = all.boundingBox({ includeLabels: true });
  const margin = 20;

  const nodes = all.nodes().sort((a, b) => depth(a) - depth(b));
  nodes.forEach((node) => {
    (node.isParent() ? frames : boxes).push(nodeBox(node));
    const text = labelOf(node, 13);
    if (text) texts.push(text);
  });
  all.edges().forEach((edge) => {
    lines.push(edgeLine(edge));
    const text = labelOf(edge, 12);
    if (text) texts.push(text);
  });

  return {
    left: bounds.x1 - margin,
    top: bounds.y1 - margin,
    width: bounds.w + 2 * margin,
    height: bounds.h + 2 * margin,
    background,
    fontFamily,
    frames,
    boxes,
    lines,
    texts,
  };
}

function nodeBox(node: cytoscape.NodeSingular): SvgBox {
  const strokeWidth = number(node.style('border-width'), 0);
  // The shape is drawn at the outer size less the border, whose stroke is centred on the outline.
  const width = node.outerWidth() - strokeWidth;
  const height = node.outerHeight() - strokeWidth;
  const centre = node.position();
  return {
    id: node.id(),
    x: centre.x - width / 2,
    y: centre.y - height / 2,
    width,
    height,
    shape: SHAPES[String(node.style('shape'))] ?? 'roundrect',
    fill: String(node.style('background-color')),
    stroke: String(node.style('border-color')),
    strokeWidth,
    dash: dashOf(String(node.style('border-style')), undefined),
    opacity: number(node.style('opacity'), 1),
  };
}

function edgeLine(edge: cytoscape.EdgeSingular): SvgLine {
  const curved = CURVED.has(String(edge.style('curve-style')));
  const width = number(edge.style('width'), 1);
  return {
    id: edge.id(),
    start: point(edge.sourceEndpoint()),
    // A lone `bezier` edge is drawn straight and has no control points.
    controls: curved ? (edge.controlPoints() ?? []).map(point) : [],
    end: point(edge.targetEndpoint()),
    color: String(edge.style('line-color')),
    width,
    dash: dashOf(String(edge.style('line-style')), edge.style('line-dash-pattern') as unknown),
    opacity: number(edge.style('opacity'), 1),
    arrow: arrowOf(edge.style('target-arrow-shape')),
    sourceArrow: arrowOf(edge.style('source-arrow-shape')),
    arrowSize: Math.max((width * 13.37) ** 0.9, 29) * number(edge.style('arrow-scale'), 1),
  };
}

/**
 * The label the style shows (possibly none: a healthy link's), centred in the box cytoscape gives
 * it; a name cut to fit its box keeps its full text as the tooltip.
 */
function labelOf(element: cytoscape.NodeSingular | cytoscape.EdgeSingular, defaultFontSize: number): SvgText | undefined {
  const label = String(element.style('label') ?? '');
  if (!label) return undefined;
  const box = element.boundingBox(LABEL_ONLY as cytoscape.BoundingBoxOptions);
  if (!(box.w > 0 && box.h > 0)) return undefined;
  const hasBackground = number(element.style('text-background-opacity'), 0) > 0;
  const full = String(element.data('label') ?? '');
  return {
    id: element.id(),
    x: (box.x1 + box.x2) / 2,
    y: (box.y1 + box.y2) / 2,
    lines: label.split('\n'),
    fontSize: number(element.style('font-size'), defaultFontSize),
    color: String(element.style('color')),
    bold: String(element.style('font-weight')) === 'bold',
    placement: 'middle',
    background: hasBackground ? String(element.style('text-background-color')) : undefined,
    width: box.w,
    height: box.h,
    opacity: number(element.style('opacity'), 1),
    title: full !== label ? full : undefined,
  };
}

/** Cytoscape reports a dash pattern as "6 3" (or an array, depending on how it was set). */
function dashOf(lineStyle: string, pattern: unknown): number[] | undefined {
  if (lineStyle === 'solid' || lineStyle === 'double') return undefined;
  if (lineStyle === 'dotted') return [1, 3];
  const values = (Array.isArray(pattern) ? pattern : String(pattern ?? '').split(/[\s,]+/)).map(Number).filter((v) => Number.isFinite(v) && v > 0);
  return values.length > 0 ? values : [6, 3];
}

function arrowOf(shape: unknown): SvgArrow {
  const name = String(shape);
  return name === 'triangle' || name === 'square' ? name : 'none';
}

function number(value: unknown, fallback: number): number {
  const parsed = parseFloat(String(value));
  return Number.isFinite(parsed) ? parsed : fallback;
}

function point(p: SvgPoint): SvgPoint {
  return { x: p.x, y: p.y };
}

function depth(node: cytoscape.NodeSingular): number {
  return node.isParent() ? node.ancestors().length : 100;
}
