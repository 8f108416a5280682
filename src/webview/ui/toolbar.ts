// The toolbar: fit, re-layout, search, filters, export and legend. It only reports what the user
// asked for; the page decides what happens.

import { button, el } from './dom';

export interface ToolbarHandlers {
  fit(): void;
  /** Re-layout, or Stop while one runs (see `showRelayoutRunning`). */
  relayout(): void;
  search(query: string): void;
  searchNext(backwards: boolean): void;
  toggleFilters(): void;
  toggleLegend(): void;
  exportAs(format: 'png' | 'svg' | 'html'): void;
}

const RELAYOUT_TITLE = 'Arrange each region by its connections (force-directed)';

export class Toolbar {
  readonly element: HTMLElement;
  readonly searchInput: HTMLInputElement;
  readonly filtersButton: HTMLButtonElement;
  readonly legendButton: HTMLButtonElement;
  readonly relayoutButton: HTMLButtonElement;
  private readonly matchCount: HTMLElement;
  private readonly exportMenu: HTMLElement;
  private readonly exportButton: HTMLButtonElement;

  constructor(document: Document, handlers: ToolbarHandlers, readOnly: boolean) {
    this.searchInput = el(document, 'input', {
      attrs: { type: 'search', placeholder: 'Search name, id or CIDR', 'aria-label': 'Search by name, id or CIDR', 'aria-keyshortcuts': 'Control+F' },
    });
    let debounce: ReturnType<typeof setTimeout> | undefined;
    this.searchInput.addEventListener('input', () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => handlers.search(this.searchInput.value), 150);
    });
    this.searchInput.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        clearTimeout(debounce);
        handlers.search(this.searchInput.value);
        handlers.searchNext(event.shiftKey);
        event.preventDefault();
      }
    });
    this.matchCount = el(document, 'span', { className: 'match-count', attrs: { 'aria-live': 'polite' } });
    this.filtersButton = button(document, 'Filters', handlers.toggleFilters, { 'aria-expanded': 'false', 'aria-controls': 'topology-filters' });
    this.legendButton = button(document, 'Legend', handlers.toggleLegend, { 'aria-expanded': 'true', 'aria-controls': 'topology-legend' });
    this.relayoutButton = button(document, 'Re-layout', handlers.relayout, { title: RELAYOUT_TITLE });

    const choose = (format: 'png' | 'svg' | 'html') => () => {
      this.closeExportMenu();
      handlers.exportAs(format);
    };
    this.exportMenu = el(
      document,
      'div',
      { className: 'menu', attrs: { role: 'menu', 'aria-label': 'Export formats' } },
      button(document, 'PNG image', choose('png'), { role: 'menuitem' }),
      button(document, 'SVG image', choose('svg'), { role: 'menuitem' }),
      readOnly ? undefined : button(document, 'HTML file (self-contained)', choose('html'), { role: 'menuitem' }),
    );
    this.exportMenu.hidden = true;
    this.exportMenu.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        this.closeExportMenu();
        this.exportButton.focus();
      }
    });
    this.exportButton = button(document, 'Export', () => this.toggleExportMenu(), { 'aria-haspopup': 'menu', 'aria-expanded': 'false' });
    const exportGroup = el(document, 'span', { className: 'menu-anchor' }, this.exportButton, this.exportMenu);

    this.element = el(
      document,
      'div',
      { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Topology tools' } },
      button(document, 'Fit', handlers.fit, { title: 'Show the whole graph' }),
      readOnly ? undefined : this.relayoutButton,
      this.searchInput,
      this.matchCount,
      this.filtersButton,
      this.legendButton,
      exportGroup,
      el(document, 'span', { className: 'spacer' }),
      readOnly ? el(document, 'span', { className: 'read-only-note', text: 'Read-only export' }) : undefined,
    );
  }

  /** While a re-layout runs, its button stops it. */
  showRelayoutRunning(running: boolean): void {
    this.relayoutButton.textContent = running ? 'Stop re-layout' : 'Re-layout';
    this.relayoutButton.title = running ? 'Stop the re-layout; nothing moves' : RELAYOUT_TITLE;
  }

  showMatches(count: number, current?: number): void {
    if (!this.searchInput.value.trim()) this.matchCount.textContent = '';
    else if (count === 0) this.matchCount.textContent = 'No matches';
    else this.matchCount.textContent = current === undefined ? `${count} match${count === 1 ? '' : 'es'}` : `${current + 1} of ${count}`;
  }

  private toggleExportMenu(): void {
    const open = this.exportMenu.hidden;
    this.exportMenu.hidden = !open;
    this.exportButton.setAttribute('aria-expanded', String(open));
    if (open) (this.exportMenu.querySelector('[role="menuitem"]') as HTMLElement | null)?.focus();
  }

  private closeExportMenu(): void {
    this.exportMenu.hidden = true;
    this.exportButton.setAttribute('aria-expanded', 'false');
  }
}
