// The toolbar: fit, re-layout (with its undo) and reset, search, filters (with how many are on),
// export and legend. It only reports what the user asked for; the page decides what happens.

import { button, el } from './dom';

export interface ToolbarHandlers {
  fit(): void;
  /** Re-layout, or Stop while one runs (see `showRelayoutRunning`). */
  relayout(): void;
  /** Back to the positions before the last re-layout. */
  undoRelayout(): void;
  /** Back to the layout a fresh open draws; saved positions are dropped. */
  resetLayout(): void;
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
  readonly undoRelayoutButton: HTMLButtonElement;
  private readonly matchCount: HTMLElement;
  private readonly filterCount: HTMLElement;
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
    this.filterCount = el(document, 'span', { className: 'active-filters' });
    this.filterCount.hidden = true;
    this.filtersButton.append(this.filterCount);
    this.legendButton = button(document, 'Legend', handlers.toggleLegend, { 'aria-expanded': 'false', 'aria-controls': 'topology-legend' });
    this.relayoutButton = button(document, 'Re-layout', handlers.relayout, { title: RELAYOUT_TITLE });
    this.undoRelayoutButton = button(document, 'Undo re-layout', handlers.undoRelayout, { title: 'Put every node back where it was before the re-layout' });
    this.undoRelayoutButton.hidden = true;
    const resetButton = button(document, 'Reset layout', handlers.resetLayout, { title: 'Back to the layout the graph opens with; moved positions are forgotten' });

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
      readOnly ? undefined : this.undoRelayoutButton,
      readOnly ? undefined : resetButton,
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

  /** Offers Undo while there is a re-layout to undo. */
  showUndoRelayout(available: boolean): void {
    this.undoRelayoutButton.hidden = !available;
  }

  /** The number of things the filters hide, on the Filters button (nothing when none). */
  showActiveFilters(count: number): void {
    this.filterCount.hidden = count === 0;
    this.filterCount.textContent = count === 0 ? '' : String(count);
    this.filtersButton.setAttribute('aria-description', count === 0 ? 'no filters on' : `${count} hidden by filters`);
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
