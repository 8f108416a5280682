// The topology page: receives the graph from the host, draws the part worth drawing at the current
// zoom, and turns clicks, keys and toolbar use into messages for the host.
//
// Drawing is preset: positions come from the host's layout (or the user's drags) and never from a
// layout run here, except when the user asks for a re-layout. Zoomed out, regions are single
// summary nodes; zoomed in, the regions in view are drawn in full. Every update (a delta from the
// host, a pan, a filter) computes the new view and applies only its difference to cytoscape.

import {
  activeFilterCount,
  chooseCollapsedAccounts,
  chooseExpandedRegions,
  DEFAULT_DETAIL_BUDGET,
  diffGraph,
  layoutGraph,
  NO_FILTERS,
  regionNodeId,
  searchGraph,
  type AccountNode,
  type GraphFilters,
  type Positions,
  type Rect,
  type TopologyGraph,
  type ViewEdge,
  type ViewGraph,
  type ViewNode,
} from '../model/graph';
import { center } from '../model/graph/geometry';
import { actionsFor, type ElementAction } from './elementActions';
import { announcement, describeElement, type DrawnElement } from './elementDetails';
import { elementIdentity } from './elementIdentity';
import { downloadImage, drawImage } from './export/imageExport';
import { GraphCanvas, type Insets } from './graph/graphCanvas';
import { DETAIL_READABLE_ZOOM } from './graph/labelSizes';
import { busiestRegion } from './graph/openingRegion';
import type { HostBridge } from './hostBridge';
import { KeyboardNavigation } from './keyboard/keyboardNavigation';
import { buildChrome, type PageChrome } from './pageChrome';
import { filterChoicesOf } from './ui/filterPanel';
import { PageGraph } from './pageGraph';
import { WORKER_META_NAME } from './pageDocument';
import {
  PROTOCOL_VERSION,
  type ExportFormat,
  type HostMessage,
  type PageOptions,
  type PageRequest,
  type PositionsReason,
  type RelayoutResult,
  type SelectedKind,
} from './protocol';
import { RelayoutRunner, RelayoutStopped } from './relayout/relayoutRunner';
import { RequestAnswers } from './requestReply';
import { readPalette, watchTheme } from './theme/pageTheme';
import type { Palette } from './theme/palette';

/** What the page keeps across reloads of the webview (VS Code's getState/setState). */
export interface SavedPageState {
  viewport?: { zoom: number; pan: { x: number; y: number } };
  filters?: GraphFilters;
  /** Closed unless the person opened it. */
  legendOpen?: boolean;
}

/** Element count above which pans and zooms draw a texture instead of every element. */
const LARGE_GRAPH = 3000;
const VIEWPORT_SETTLE_MS = 120;
const POSITIONS_DEBOUNCE_MS = 400;
/** Room kept free around a fitted picture. */
const FIT_INSETS: Insets = { left: 16, top: 16, right: 16, bottom: 16 };

export class TopologyPage {
  private readonly model = new PageGraph();
  private readonly chrome: PageChrome;
  private canvas: GraphCanvas | undefined;
  private keyboard: KeyboardNavigation | undefined;
  private palette: Palette;
  private options: PageOptions = {};
  private view: ViewGraph = { nodes: [], edges: [], summaryPositions: {} };
  private viewElements = new Map<string, ViewNode | ViewEdge>();
  private expanded = new Set<string>();
  /** Accounts drawn as summaries in a region drawn in full that alone is over the budget. */
  private collapsedAccounts = new Set<string>();
  private selectedId: string | undefined;
  private matches: string[] = [];
  private matchIndex = -1;
  private viewportTimer: ReturnType<typeof setTimeout> | undefined;
  private positionsTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingPositions: Positions = {};
  private pendingReason: PositionsReason | undefined;
  /** Leaf positions before the last re-layout, while Undo can bring them back. */
  private beforeRelayout: Positions | undefined;
  private readonly relayouter: RelayoutRunner;
  private readonly answers: RequestAnswers;

  constructor(
    document: Document,
    private readonly bridge: HostBridge,
  ) {
    this.chrome = buildChrome(
      document,
      {
        fit: () => this.fit(),
        relayout: () => (this.relayouter.running ? this.relayouter.stop() : this.relayoutFromToolbar()),
        search: (query) => this.search(query),
        searchNext: (backwards) => this.searchNext(backwards),
        undoRelayout: () => this.undoRelayout(),
        resetLayout: () => this.resetLayout(),
        toggleFilters: () => this.toggleFilters(),
        toggleLegend: () => this.toggleLegend(),
        exportAs: (format) => this.exportFromToolbar(format),
        closeDetails: () => this.select(undefined),
      },
      bridge.standalone,
    );
    this.answers = new RequestAnswers((reply) => this.bridge.post(reply));
    this.relayouter = new RelayoutRunner(document.querySelector(`meta[name="${WORKER_META_NAME}"]`)?.getAttribute('content') ?? undefined);
    this.palette = readPalette(document.body);
    this.chrome.legend.render(this.palette);
    this.chrome.legend.element.hidden = this.savedState().legendOpen !== true;
    this.chrome.toolbar.legendButton.setAttribute('aria-expanded', String(!this.chrome.legend.element.hidden));
    watchTheme(document.body, (palette) => {
      this.palette = palette;
      this.canvas?.setPalette(palette);
      this.chrome.legend.render(palette);
    });
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        this.chrome.toolbar.searchInput.focus();
        event.preventDefault();
      }
    });
  }

  get cy() {
    return this.canvas?.cy;
  }

  get readOnly(): boolean {
    return this.bridge.standalone || this.options.readOnly === true;
  }

  start(): void {
    this.bridge.onMessage((message) => {
      try {
        this.receive(message);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        this.chrome.status.show(`Could not update the graph: ${text}`);
        this.bridge.post({ type: 'error', message: text });
      }
    });
    this.bridge.post({ type: 'ready', protocol: PROTOCOL_VERSION });
  }

  receive(message: HostMessage): void {
    switch (message.type) {
      case 'init':
        this.options = message.options ?? {};
        this.init(message.graph, message.positions, message.filters ?? this.savedState().filters ?? NO_FILTERS);
        break;
      case 'delta': {
        const moved = this.model.applyDelta(message.delta, message.positions);
        this.canvas?.moveNodes(Object.fromEntries(moved.map((id) => [id, this.model.positions[id]])));
        this.updateView();
        this.refreshDetails();
        this.canvas?.afterNextPaint(() => performance.mark('topology:delta-painted'));
        break;
      }
      case 'select':
      case 'reveal': {
        const id = this.model.resolve(message.id) ?? (this.viewElements.has(message.id) ? message.id : undefined);
        if (!id) {
          this.chrome.status.announce(`${message.id} is not in the graph.`);
          break;
        }
        this.reveal(id);
        if (message.type === 'select') this.select(id);
        break;
      }
      case 'filters':
        this.applyFilters(message.filters);
        break;
      case 'request': {
        const { request } = message;
        this.answers.answer(message.requestId, (signal) => this.answerRequest(request, signal));
        break;
      }
      case 'cancel':
        this.answers.cancel(message.requestId);
        break;
    }
  }

  private answerRequest(request: PageRequest, signal: AbortSignal): unknown {
    switch (request.method) {
      case 'export':
        return this.exportImage(request.format);
      case 'relayout':
        return this.relayout(signal);
      case 'undoRelayout':
        return this.undoRelayout();
      case 'resetLayout':
        return this.resetLayout();
    }
  }

  // ── drawing ─────────────────────────────────────────────────────────────────────────────────

  private init(graph: TopologyGraph, positions: Positions, filters: GraphFilters): void {
    this.model.load(graph, positions, filters);
    const total = graph.nodes.length + graph.edges.length;
    if (!this.canvas) {
      this.canvas = new GraphCanvas(this.chrome.graph, this.palette, { large: total > LARGE_GRAPH, readOnly: this.readOnly }, {
        tap: (id) => this.select(id),
        context: (id, at) => this.openMenu(id, at),
        dropped: (ids) => this.dropped(ids),
        viewport: () => this.viewportChanged(),
        resized: () => this.canvasResized(),
      });
      this.keyboard = new KeyboardNavigation(this.canvas.cy, this.chrome.graph, {
        focused: (id) => this.announceFocus(id),
        activate: (id) => this.select(id),
        openMenu: (id) => this.openMenu(id, this.canvas?.clientPointOf(id) ?? { x: 0, y: 0 }),
        escape: () => {
          this.chrome.menu.close();
          this.select(undefined);
        },
        fit: () => this.fit(),
      });
    }
    const saved = this.savedState().viewport;
    if (saved) this.canvas.setViewport(saved.zoom, saved.pan);
    else this.openingViewport();
    ({ regions: this.expanded, accounts: this.collapsedAccounts } = this.chooseExpanded());
    this.view = this.model.view(this.expanded, this.collapsedAccounts);
    this.indexView();
    this.canvas.load(this.view, this.model.positions);
    this.canvas.setBoxWidths(this.model.boxes.accounts);
    this.canvas.setBoxWidths(this.model.boxes.regions);
    this.canvas.hideUnreadableLabels();
    this.routeEdges();
    this.renderFilterChoices();
    this.canvas.afterNextPaint(() => performance.mark('topology:init-painted'));
  }

  /** The regions to draw in full, and the accounts among theirs to draw as summaries. */
  private chooseExpanded(): { regions: Set<string>; accounts: Set<string> } {
    if (!this.canvas) return { regions: new Set(), accounts: new Set() };
    const viewport = this.canvas.extent();
    const regions = chooseExpandedRegions({
      frames: this.model.boxes.regionFrames,
      counts: this.model.regionCounts,
      viewport,
      zoom: this.canvas.zoom(),
      budget: this.options.detailBudget,
      readableZoom: DETAIL_READABLE_ZOOM,
    });
    // Only a region over the budget by itself has accounts drawn as summaries: a graph without one
    // never counts its accounts.
    const budget = this.options.detailBudget ?? DEFAULT_DETAIL_BUDGET;
    if (![...regions].some((region) => (this.model.regionCounts.get(region) ?? 0) > budget)) return { regions, accounts: new Set() };
    const accounts = chooseCollapsedAccounts({
      expanded: regions,
      regionCounts: this.model.regionCounts,
      accountBoxes: this.model.boxes.accounts,
      accounts: this.model.accountCounts,
      viewport,
      budget: this.options.detailBudget,
    });
    return { regions, accounts };
  }

  /** Recomputes what to draw and applies the difference (edges are routed again where their geometry changed). */
  private updateView(): void {
    if (!this.canvas) return;
    ({ regions: this.expanded, accounts: this.collapsedAccounts } = this.chooseExpanded());
    const next = this.model.view(this.expanded, this.collapsedAccounts);
    const delta = diffGraph(this.view, next);
    this.canvas.apply(delta, this.model.positions, next.summaryPositions);
    this.view = next;
    this.indexView();
    this.canvas.setBoxWidths(this.model.boxes.accounts);
    this.canvas.setBoxWidths(this.model.boxes.regions);
    this.canvas.hideUnreadableLabels();
    this.routeEdges(delta.addedEdges.map((edge) => edge.id));
    if (delta.addedNodes.length + delta.removedNodes.length > 0) this.canvas.afterNextPaint(() => performance.mark('topology:view-painted'));
    // Marks live on drawn elements; elements drawn just now need theirs.
    if (delta.addedNodes.length + delta.addedEdges.length > 0) {
      this.canvas.mark('search-match', this.matches);
      if (this.selectedId) this.canvas.select(this.selectedId);
    }
  }

  /**
   * Bends the drawn edges that would cross other nodes: edges drawn just now (`added`) and those
   * whose arc may have changed since (all of them after a change of geometry). Arcs are kept
   * across views, so an edge is routed when first drawn and again only when its geometry changes.
   */
  private routeEdges(added: string[] = []): void {
    if (!this.canvas) return;
    const changes = this.model.takeArcChanges();
    const ids = changes === 'all' ? this.canvas.edgeIds() : [...new Set([...added, ...changes])];
    if (ids.length > 0) this.canvas.setArcs(this.model.arcs(ids), ids);
  }

  private indexView(): void {
    this.viewElements = new Map<string, ViewNode | ViewEdge>([...this.view.nodes, ...this.view.edges].map((e) => [e.id, e]));
  }

  private viewportChanged(): void {
    clearTimeout(this.viewportTimer);
    this.viewportTimer = setTimeout(() => {
      const next = this.chooseExpanded();
      if (!sameSet(next.regions, this.expanded) || !sameSet(next.accounts, this.collapsedAccounts)) this.updateView();
      else this.canvas?.hideUnreadableLabels();
      this.saveState({ viewport: this.canvas?.viewport() });
    }, VIEWPORT_SETTLE_MS);
  }

  private fitViewport(): void {
    const extent = this.model.extent();
    if (extent && this.canvas) this.canvas.showArea(extent, this.freeInsets(), 1.25);
  }

  /**
   * A fresh open fits the graph when that reads; otherwise it opens at the readable zoom on the
   * busiest region, since a fit below it would draw only summaries and no VPC at all.
   */
  private openingViewport(): void {
    this.fitViewport();
    if (!this.canvas || this.canvas.zoom() >= DETAIL_READABLE_ZOOM) return;
    const frames = this.model.boxes.regionFrames;
    const region = busiestRegion(this.model.visible, frames.keys());
    const frame = region ? frames.get(region) : undefined;
    if (frame) this.canvas.centreAt(center(frame), DETAIL_READABLE_ZOOM);
  }

  /** Panes sit beside the canvas, never over it: the whole canvas is free but for a margin. */
  private freeInsets(): Insets {
    return FIT_INSETS;
  }

  /** A pane opened or closed beside the canvas: the selection stays in view. */
  private canvasResized(): void {
    const area = this.selectedId ? this.model.areaOf(this.selectedId) ?? this.summaryArea(this.selectedId) : undefined;
    if (area) this.canvas?.keepInView(area);
    this.viewportChanged();
  }

  private fit(): void {
    this.fitViewport();
    this.updateView();
  }

  /** Shows an element: its area centred, zoomed in enough to draw it in full. */
  private reveal(id: string): void {
    if (!this.canvas) return;
    const area = this.model.areaOf(id) ?? this.summaryArea(id);
    if (area) {
      this.canvas.showArea(pad(area, 160), this.freeInsets(), 1);
      this.updateView();
    }
    this.keyboard?.focus(id);
  }

  private summaryArea(id: string): Rect | undefined {
    const element = this.viewElements.get(id);
    if (element?.kind === 'regionSummary') return this.model.boxes.regions.get(regionNodeId(element.regionId));
    if (element?.kind === 'accountSummary') return this.model.boxes.accounts.get(element.account);
    if (element?.kind === 'aggregate') {
      const a = this.model.areaOf(element.source) ?? this.summaryArea(element.source);
      const b = this.model.areaOf(element.target) ?? this.summaryArea(element.target);
      if (a && b) return { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
    }
    return undefined;
  }

  // ── selection, details, actions ─────────────────────────────────────────────────────────────

  private drawnElement(id: string): DrawnElement | undefined {
    return this.model.element(id) ?? this.viewElements.get(id);
  }

  private select(id: string | undefined): void {
    const element = id ? this.drawnElement(id) : undefined;
    this.selectedId = element ? id : undefined;
    this.canvas?.select(this.selectedId);
    if (!element || !id) {
      this.chrome.details.hide();
      this.bridge.post({ type: 'selected' });
      return;
    }
    this.showDetails(element);
    this.bridge.post({ type: 'selected', elementId: id, kind: element.kind as SelectedKind, ...elementIdentity(element) });
  }

  private showDetails(element: DrawnElement): void {
    const titleOf = (id: string) => {
      const end = this.drawnElement(id);
      return end ? describeElement(end, (uid) => this.accountName(uid)).title : undefined;
    };
    const details = describeElement(element, (uid) => this.accountName(uid), Date.now(), titleOf);
    this.chrome.details.show(details, actionsFor(element, this.readOnly, (uid) => this.accountProfile(uid)), (action) => this.run(element.id, action));
  }

  private refreshDetails(): void {
    if (!this.selectedId || !this.chrome.details.isOpen) return;
    const element = this.drawnElement(this.selectedId);
    if (element) this.showDetails(element);
    else this.select(undefined);
  }

  private accountName(uid: string): string | undefined {
    return this.accountNode(uid)?.accountName;
  }

  /** The active profile holding the account: what commands name their acting account by. */
  private accountProfile(uid: string): string | undefined {
    return this.accountNode(uid)?.profileId;
  }

  private accountNode(uid: string): AccountNode | undefined {
    const account = this.model.all.nodes.find((node) => node.kind === 'account' && node.accountUid === uid);
    return account?.kind === 'account' ? account : undefined;
  }

  private openMenu(id: string, at: { x: number; y: number }): void {
    const element = this.drawnElement(id);
    if (!element) return;
    this.keyboard?.focus(id);
    const title = describeElement(element, (uid) => this.accountName(uid)).title;
    this.chrome.menu.open(title, actionsFor(element, this.readOnly, (uid) => this.accountProfile(uid)), at, (action) => this.run(id, action), this.chrome.graph);
  }

  private run(id: string, action: ElementAction): void {
    if (action.local === 'details') this.select(id);
    else if (action.local === 'zoomIn') this.reveal(id);
    else if (action.run && !this.readOnly) this.bridge.post({ type: 'action', ...action.run });
  }

  private announceFocus(id: string | undefined): void {
    const element = id ? this.drawnElement(id) : undefined;
    this.chrome.status.announce(element ? announcement(describeElement(element, (uid) => this.accountName(uid))) : '');
  }

  // ── positions ───────────────────────────────────────────────────────────────────────────────

  private dropped(ids: string[]): void {
    if (!this.canvas || this.readOnly) return;
    const moved: Positions = {};
    for (const id of ids) {
      const summary = this.viewElements.get(id);
      if (summary?.kind === 'regionSummary' || summary?.kind === 'accountSummary') {
        // A collapsed region or account moves as a whole: every leaf by the summary node's displacement.
        const before = this.view.summaryPositions[id];
        const after = this.canvas.position(id);
        if (!before || !after) continue;
        const leaves = summary.kind === 'regionSummary' ? this.model.leavesOfRegion(summary.regionId) : this.model.leavesOfAccount(summary.account);
        for (const leaf of leaves) {
          const p = this.model.positions[leaf];
          if (p) moved[leaf] = { x: p.x + after.x - before.x, y: p.y + after.y - before.y };
        }
      } else {
        Object.assign(moved, this.canvas.leafPositions([id]));
      }
    }
    if (Object.keys(moved).length === 0) return;
    this.model.movePositions(moved);
    this.updateView();
    this.reportPositions(moved, 'drag');
    // Undo puts back a re-layout's starting point; after a drag that would also undo the drag.
    this.setUndo(undefined);
  }

  /** Moves leaves to `positions`, shows the whole picture, and tells the host. */
  private placeAll(positions: Positions, reason: 'relayout' | 'undo' | 'reset'): void {
    this.model.movePositions(positions);
    this.canvas?.moveNodes(positions);
    this.fitViewport();
    this.updateView();
    this.reportPositions(positions, reason);
  }

  private setUndo(positions: Positions | undefined): void {
    this.beforeRelayout = positions;
    this.chrome.toolbar.showUndoRelayout(positions !== undefined);
  }

  /** Every leaf back where it was before the last re-layout; false when there is none to undo. */
  private undoRelayout(): boolean {
    const before = this.beforeRelayout;
    if (!before || !this.canvas || this.readOnly || this.relayouter.running) {
      this.chrome.status.flash('There is no re-layout to undo.');
      return false;
    }
    // Leaves added since the re-layout keep the place they were given.
    const restored: Positions = {};
    for (const id of Object.keys(this.model.positions)) if (before[id]) restored[id] = before[id];
    this.setUndo(undefined);
    this.placeAll(restored, 'undo');
    this.chrome.status.flash('Re-layout undone');
    return true;
  }

  /**
   * The layout a fresh open draws: the deterministic layout of the whole graph, with nothing kept.
   * The host drops the positions it saved when it hears of it.
   */
  private resetLayout(): boolean {
    if (!this.canvas || this.readOnly) return false;
    if (this.relayouter.running) this.relayouter.stop();
    this.setUndo(undefined);
    this.placeAll(layoutGraph(this.model.all), 'reset');
    this.chrome.status.flash('Layout reset');
    return true;
  }

  private reportPositions(positions: Positions, reason: PositionsReason): void {
    // A reset replaces everything before it: what was still waiting to be reported is dropped.
    if (reason === 'reset') this.pendingPositions = {};
    // One batch, one reason: a reset must reach the host as a reset even if a drag follows it.
    else if (this.pendingReason && this.pendingReason !== reason) this.flushPositions();
    Object.assign(this.pendingPositions, positions);
    this.pendingReason = reason;
    clearTimeout(this.positionsTimer);
    this.positionsTimer = setTimeout(() => this.flushPositions(), POSITIONS_DEBOUNCE_MS);
  }

  private flushPositions(): void {
    clearTimeout(this.positionsTimer);
    const batch = this.pendingPositions;
    const reason = this.pendingReason;
    this.pendingPositions = {};
    this.pendingReason = undefined;
    if (reason) this.bridge.post({ type: 'positionsChanged', positions: batch, reason });
  }

  /** The toolbar's Re-layout; the host hears how it ended (`relayoutDone`). */
  private relayoutFromToolbar(): void {
    void this.relayout().then((result) => this.bridge.post({ type: 'relayoutDone', ...result }));
  }

  /** Re-layout from the toolbar, or for the host's request; `signal` stops it (nothing moves). */
  private async relayout(signal?: AbortSignal): Promise<RelayoutResult> {
    const canvas = this.canvas;
    if (!canvas || this.readOnly || this.relayouter.running) {
      const message = !canvas ? 'Nothing is drawn yet.' : this.readOnly ? 'This view is read-only.' : 'A re-layout is already running.';
      return { outcome: 'unavailable', moved: 0, message };
    }
    if (signal?.aborted) return { outcome: 'stopped', moved: 0, message: 'Stopped before it started.' };
    this.chrome.toolbar.showRelayoutRunning(true);
    const stop = () => this.relayouter.stop();
    signal?.addEventListener('abort', stop);
    try {
      const { positions, engine } = await this.relayouter.run(this.model.visible, this.model.positions, (done, total, regionId) =>
        this.chrome.status.show(done < total ? `Re-laying out ${regionId} (${done + 1} of ${total})…` : 'Re-layout done', done / total),
      );
      // The graph may have changed while the layout ran: leaves removed since then stay removed.
      const kept: Positions = {};
      for (const [id, point] of Object.entries(positions)) if (this.model.positions[id]) kept[id] = point;
      const before = { ...this.model.positions };
      this.placeAll(kept, 'relayout');
      this.setUndo(before);
      const message = engine === 'page' ? this.relayouter.workerProblem : undefined;
      return { outcome: 'done', engine, moved: Object.keys(kept).length, ...(message ? { message } : {}) };
    } catch (error) {
      const stopped = error instanceof RelayoutStopped;
      const message = error instanceof Error ? error.message : String(error);
      this.chrome.status.show(stopped ? 'Re-layout stopped; nothing moved' : `Re-layout failed: ${message}`);
      return { outcome: stopped ? 'stopped' : 'failed', moved: 0, message };
    } finally {
      signal?.removeEventListener('abort', stop);
      this.chrome.toolbar.showRelayoutRunning(false);
      setTimeout(() => this.chrome.status.clear(), 1500);
    }
  }

  // ── search and filters ──────────────────────────────────────────────────────────────────────

  private search(query: string): void {
    this.matches = searchGraph(this.model.visible, query);
    this.matchIndex = -1;
    this.chrome.toolbar.showMatches(this.matches.length);
    if (this.matches.length > 0 && this.canvas) {
      let area: Rect | undefined;
      for (const id of this.matches) {
        const a = this.model.areaOf(id);
        if (a) area = area ? { left: Math.min(area.left, a.left), top: Math.min(area.top, a.top), right: Math.max(area.right, a.right), bottom: Math.max(area.bottom, a.bottom) } : a;
      }
      if (area) this.canvas.showArea(pad(area, 120), this.freeInsets(), 1);
      this.updateView();
    }
    this.canvas?.mark('search-match', this.matches);
  }

  private searchNext(backwards: boolean): void {
    if (this.matches.length === 0) return;
    this.matchIndex = (this.matchIndex + (backwards ? -1 : 1) + this.matches.length) % this.matches.length;
    this.chrome.toolbar.showMatches(this.matches.length, this.matchIndex);
    this.reveal(this.matches[this.matchIndex]);
  }

  private toggleFilters(): void {
    const open = !this.chrome.filters.isOpen;
    this.chrome.filters.setOpen(open);
    this.chrome.toolbar.filtersButton.setAttribute('aria-expanded', String(open));
  }

  private toggleLegend(): void {
    const open = this.chrome.legend.element.hidden;
    this.chrome.legend.element.hidden = !open;
    this.chrome.toolbar.legendButton.setAttribute('aria-expanded', String(open));
    this.saveState({ legendOpen: open });
  }

  private applyFilters(filters: GraphFilters): void {
    this.model.setFilters(filters);
    this.updateView();
    this.renderFilterChoices();
    this.saveState({ filters });
    if (this.chrome.toolbar.searchInput.value) this.search(this.chrome.toolbar.searchInput.value);
  }

  private renderFilterChoices(): void {
    this.chrome.toolbar.showActiveFilters(activeFilterCount(this.model.filters));
    this.chrome.filters.render(filterChoicesOf(this.model.all), this.model.filters, (filters) => this.applyFilters(filters));
  }

  // ── exports ─────────────────────────────────────────────────────────────────────────────────

  /** The graph as drawn now: a PNG data URL or SVG text. */
  private exportImage(format: ExportFormat): string {
    if (!this.canvas) throw new Error('Nothing is drawn yet.');
    return drawImage(this.canvas.cy, format, this.palette);
  }

  /**
   * In VS Code the export command runs (it asks where to save, then requests the image from this
   * page); an exported file opened in a browser draws the image itself and downloads it.
   */
  private exportFromToolbar(format: ExportFormat | 'html'): void {
    if (this.bridge.standalone) {
      if (format !== 'html') downloadImage(this.chrome.graph.ownerDocument, format, this.exportImage(format));
    } else {
      this.bridge.post({ type: 'action', command: 'vpcPeering.exportTopology', args: { format } });
    }
  }

  // ── state ───────────────────────────────────────────────────────────────────────────────────

  private savedState(): SavedPageState {
    return this.bridge.getState<SavedPageState>() ?? {};
  }

  private saveState(patch: Partial<SavedPageState>): void {
    this.bridge.setState<SavedPageState>({ ...this.savedState(), ...patch });
  }
}

function pad(rect: Rect, by: number): Rect {
  return { left: rect.left - by, top: rect.top - by, right: rect.right + by, bottom: rect.bottom + by };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
