// The details pane: every attribute of the selected element as text, its warnings, and buttons for
// the actions that apply to it (the same list the context menu shows).

import type { ElementAction } from '../elementActions';
import type { ElementDetails } from '../elementDetails';
import { button, el } from './dom';

export class DetailsPane {
  readonly element: HTMLElement;
  private readonly document: Document;

  constructor(document: Document, private readonly onClose: () => void) {
    this.document = document;
    this.element = el(document, 'aside', { className: 'pane details', attrs: { 'aria-label': 'Details', role: 'region', id: 'topology-details' } });
    this.element.hidden = true;
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  show(details: ElementDetails, actions: ElementAction[], run: (action: ElementAction) => void): void {
    const d = this.document;
    const heading = el(d, 'h2', { text: `${details.kindName}: ${details.title}` });
    const close = button(d, '×', () => this.onClose(), { 'aria-label': 'Close details', class: 'close' });
    const list = el(d, 'dl');
    for (const [label, value] of details.rows) list.append(el(d, 'dt', { text: label }), el(d, 'dd', { text: value }));
    const warnings = details.warnings.length
      ? el(d, 'ul', { className: 'warnings', attrs: { 'aria-label': 'Warnings' } }, ...details.warnings.map((w) => el(d, 'li', { text: `⚠ ${w}` })))
      : undefined;
    const buttons = actions.filter((action) => action.local !== 'details');
    const actionBar = buttons.length
      ? el(d, 'div', { className: 'actions', attrs: { role: 'group', 'aria-label': 'Actions' } }, ...buttons.map((action) => button(d, action.label, () => run(action))))
      : undefined;
    this.element.replaceChildren(close, heading, list, ...(warnings ? [warnings] : []), ...(actionBar ? [actionBar] : []));
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }
}
