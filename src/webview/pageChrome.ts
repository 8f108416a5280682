// The page's fixed parts, assembled once: toolbar on top; under it the graph, with the action menu
// and the status corner floating over it, and beside it a column for the filters, details and
// legend panes. Panes never cover the graph: while one is open the canvas is narrower.

import { ActionMenu } from './ui/actionMenu';
import { DetailsPane } from './ui/detailsPane';
import { el } from './ui/dom';
import { FilterPanel } from './ui/filterPanel';
import { Legend } from './ui/legend';
import { StatusLine } from './ui/statusLine';
import { Toolbar, type ToolbarHandlers } from './ui/toolbar';

export interface PageChrome {
  toolbar: Toolbar;
  graph: HTMLElement;
  details: DetailsPane;
  legend: Legend;
  filters: FilterPanel;
  menu: ActionMenu;
  status: StatusLine;
}

export function buildChrome(document: Document, handlers: ToolbarHandlers & { closeDetails(): void }, readOnly: boolean): PageChrome {
  const toolbar = new Toolbar(document, handlers, readOnly);
  const graph = el(document, 'div', {
    className: 'graph',
    attrs: {
      id: 'topology-graph',
      tabindex: '0',
      role: 'application',
      'aria-roledescription': 'network topology graph',
      'aria-label': 'Topology graph. Arrow keys move between nodes, Tab through nodes and connections, Enter shows details, Shift+F10 opens actions.',
      'aria-keyshortcuts': 'ArrowLeft ArrowRight ArrowUp ArrowDown Tab Enter Shift+F10 ContextMenu Escape + - 0',
    },
  });
  const details = new DetailsPane(document, handlers.closeDetails);
  const legend = new Legend(document);
  const filters = new FilterPanel(document);
  const menu = new ActionMenu(document);
  const status = new StatusLine(document);
  const canvasArea = el(document, 'div', { className: 'canvas-area' }, graph, menu.element, status.element, status.liveRegion);
  const side = el(document, 'div', { className: 'side-panes' }, filters.element, details.element, legend.element);
  const stage = el(document, 'main', { className: 'stage' }, canvasArea, side);
  document.body.append(el(document, 'div', { className: 'topology' }, toolbar.element, stage));
  return { toolbar, graph, details, legend, filters, menu, status };
}
