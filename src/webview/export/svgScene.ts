// Reads the drawn picture back from cytoscape (positions, sizes, the computed colours and line
// styles) into an SvgScene: the SVG export shows exactly what is on the canvas, at every zoom.

import type cytoscape from 'cytoscape';
import type { SvgBox, SvgLine, SvgScene, SvgShape, SvgText } from './svgDocument';

const SHAPES: Record<string, SvgShape> = {
  'round-rectangle': 'roundrect',
  roundrectangle: 'roundrect',
  rectangle: 'rect',
  ellipse: 'ellipse',
  diamond: 'diamond',
  rhomboid: 'rhomboid',
  'cut-rectangle': 'cut',
};

export function svgSceneOf(cy: cytoscape.Core, background: string, fontFamily: string): SvgScene {
  const boxes: SvgBox[] = [];
  const lines: SvgLine[] = [];
  const texts: SvgText[] = [];
  const all = cy.elements(':visible');
  const bounds = all.boundingBox({ includeLabels: true });
  const margin = 20;

  const nodes = all.nodes().sort((a, b) => depth(a) - depth(b));
  nodes.forEach((node) => {
    const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
    const borderStyle = String(node.style('border-style'));
    boxes.push({
      x: box.x1,
      y: box.y1,
      width: box.w,
      height: box.h,
      shape: SHAPES[String(node.style('shape'))] ?? 'roundrect',
      fill: String(node.style('background-color')),
      stroke: String(node.style('border-color')),
      strokeWidth: parseFloat(String(node.style('border-width'))) || 0,
      dash: borderStyle === 'dashed' ? [6, 4] : borderStyle === 'dotted' ? [1, 3] : undefined,
      opacity: parseFloat(String(node.style('opacity'))),
    });
    const label = String(node.data('label') ?? '');
    if (!label) return;
    const above = node.isParent();
    texts.push({
      x: (box.x1 + box.x2) / 2,
      y: above ? box.y1 - 6 : (box.y1 + box.y2) / 2,
      lines: label.split('\n'),
      fontSize: parseFloat(String(node.style('font-size'))) || 12,
      color: String(node.style('color')),
      bold: String(node.style('font-weight')) === 'bold',
      placement: above ? 'above' : 'middle',
    });
  });

  all.edges().forEach((edge) => {
    const style = String(edge.style('line-style'));
    const pattern = edge.style('line-dash-pattern') as unknown;
    const dash = style === 'solid' ? undefined : Array.isArray(pattern) ? pattern.map(Number) : style === 'dotted' ? [1, 3] : [6, 3];
    const controls = edge.controlPoints() ?? [];
    lines.push({
      start: edge.sourceEndpoint(),
      controls: String(edge.style('curve-style')) === 'bezier' ? controls : [],
      end: edge.targetEndpoint(),
      color: String(edge.style('line-color')),
      width: parseFloat(String(edge.style('width'))) || 1,
      dash,
      opacity: parseFloat(String(edge.style('opacity'))),
      arrow: String(edge.style('target-arrow-shape')) === 'triangle' ? 'triangle' : 'none',
    });
    const label = String(edge.data('label') ?? '');
    if (!label) return;
    const mid = edge.midpoint();
    texts.push({
      x: mid.x,
      y: mid.y,
      lines: label.split('\n'),
      fontSize: parseFloat(String(edge.style('font-size'))) || 11,
      color: String(edge.style('color')),
      bold: String(edge.style('font-weight')) === 'bold',
      placement: 'middle',
      background: parseFloat(String(edge.style('text-background-opacity'))) > 0 ? String(edge.style('text-background-color')) : undefined,
    });
  });

  return {
    left: bounds.x1 - margin,
    top: bounds.y1 - margin,
    width: bounds.w + 2 * margin,
    height: bounds.h + 2 * margin,
    background,
    fontFamily,
    boxes,
    lines,
    texts,
  };
}

function depth(node: cytoscape.NodeSingular): number {
  return node.isParent() ? node.ancestors().length : 100;
}
