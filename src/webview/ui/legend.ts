// The legend: what each line style and colour means, the warning badge, and the node shapes.
// Swatches take their colours from the palette, so the legend always matches the drawing.

import { STATUS_LOOKS } from '../graph/graphStyles';
import type { Palette } from '../theme/palette';
import { el } from './dom';

export class Legend {
  readonly element: HTMLElement;

  constructor(private readonly document: Document) {
    this.element = el(document, 'aside', { className: 'pane legend', attrs: { 'aria-label': 'Legend', role: 'region', id: 'topology-legend' } });
  }

  render(palette: Palette): void {
    const d = this.document;
    const item = (swatch: HTMLElement, text: string) => el(d, 'li', {}, swatch, el(d, 'span', { text }));
    const line = (color: string, style: string, opacity = 1) => {
      const span = el(d, 'span', { className: 'line', attrs: { 'aria-hidden': 'true' } });
      span.style.borderTopColor = color;
      span.style.borderTopStyle = style;
      span.style.opacity = String(opacity);
      return span;
    };
    const shape = (border: string, style: string, radius: string, fill: string) => {
      const span = el(d, 'span', { className: 'shape', attrs: { 'aria-hidden': 'true' } });
      span.style.borderColor = border;
      span.style.borderStyle = style;
      span.style.borderRadius = radius;
      span.style.background = fill;
      return span;
    };
    const badge = el(d, 'span', { className: 'badge', text: '⚠', attrs: { 'aria-hidden': 'true' } });
    badge.style.background = palette.warning;
    badge.style.color = palette.warningText;

    const statuses = Object.entries(STATUS_LOOKS)
      .filter(([status]) => status !== 'Deleted')
      .map(([status, look]) => item(line(palette[look.color], look.dash ? (look.dash[0] <= 2 ? 'dotted' : 'dashed') : 'solid', look.opacity), status));
    this.element.replaceChildren(
      el(d, 'h2', { text: 'Legend' }),
      el(
        d,
        'ul',
        { attrs: { 'aria-label': 'Peer connection statuses and marks' } },
        ...statuses,
        item(badge, 'CIDR overlap or routes missing'),
        item(line(palette.routerInterface, 'solid'), 'Router interface link'),
        item(line(palette.activated, 'solid'), 'BGP session (dashed red: down)'),
        item(shape(palette.nodeBorder, 'solid', '4px', palette.nodeFill), 'VPC'),
        item(shape(palette.nodeBorder, 'dashed', '4px', palette.accountFill), 'External VPC (no profile)'),
        item(shape(palette.routerInterface, 'solid', '0', palette.nodeFill), 'Virtual border router'),
        item(shape(palette.nodeBorder, 'solid', '50%', palette.nodeFill), 'BGP neighbour'),
      ),
    );
  }
}
