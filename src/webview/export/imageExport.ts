// The picture as drawn, as an image: PNG from cytoscape's own renderer (the whole graph, not just
// the viewport), SVG from the SVG writer.

import type cytoscape from 'cytoscape';
import type { ExportFormat } from '../protocol';
import type { Palette } from '../theme/palette';
import { svgDocument } from './svgDocument';
import { svgSceneOf } from './svgScene';

/** A PNG data URL or SVG text. */
export function drawImage(cy: cytoscape.Core, format: ExportFormat, palette: Palette): string {
  if (format === 'svg') return svgDocument(svgSceneOf(cy, palette.background, palette.fontFamily));
  // Twice the graph's own size for crisp text, within what browsers can put on one canvas.
  const box = cy.elements().boundingBox({});
  const scale = Math.min(2, 8000 / Math.max(1, box.w), 8000 / Math.max(1, box.h));
  return cy.png({ full: true, bg: palette.background, scale });
}
