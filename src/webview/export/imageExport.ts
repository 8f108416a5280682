// The picture as drawn, as an image: PNG from cytoscape's own renderer (the whole graph, not just
// the viewport), SVG from the SVG writer; and, in an exported file with no host, as a download.

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

/** Saves the image as a download (an exported file opened in a browser has no host to save it). */
export function downloadImage(document: Document, format: ExportFormat, data: string): void {
  const link = document.createElement('a');
  link.href = format === 'png' ? data : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(data)}`;
  link.download = `topology.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
}
