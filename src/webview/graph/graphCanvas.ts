// The cytoscape instance and the only code that touches it directly: loading a view, applying a
// view delta in one batch, positions in and out, viewport, marks, and the user's pointer gestures.
// Positions always come from outside (preset); no layout runs here.

import cytoscape from 'cytoscape';
import type { GraphDelta, Point, Positions, Rect, ViewEdge, ViewGraph, ViewNode } from '../../model/graph';
import type { Palette } from '../theme/palette';
import { LabelFitter } from './fittedLabel';
import { graphStyles } from './graphStyles';
import { readsAt } from './labelSizes';
import { pinBackgroundingState } from './stableBackgrounding';
import { zoomByWheel } from './wheelZoom';

export type ViewDelta = GraphDelta<ViewNode, ViewEdge>;

export interface CanvasEvents {
  /** Tap on an element, or on the background (`undefined`). */
  tap(id: string | undefined): void;
  /** Right-click / long press on an element, at client coordinates. */
  context(id: string, at: Point): void;
  /** The user dropped dragged nodes. */
  dropped(ids: string[]): void;
  viewport(): void;
  /** The canvas changed size (a pane opened or closed beside it, the panel was resized). */
  resized(): void;
}

export interface Insets {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CanvasOptions {
  /** Large graphs: draw a texture while panning/zooming instead of every element. */
  large: boolean;
  readOnly: boolean;
}

export class GraphCanvas {
  readonly cy: cytoscape.Core;
  private readonly fitter: LabelFitter;

  constructor(container: HTMLElement, palette: Palette, options: CanvasOptions, events: CanvasEvents) {
    this.fitter = new LabelFitter(container.ownerDocument);
    this.cy = cytoscape({
      container,
      style: graphStyles(palette, this.fitter),
      layout: { name: 'preset' },
      minZoom: 0.005,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: options.readOnly,
      textureOnViewport: options.large,
      hideEdgesOnViewport: options.large,
      motionBlur: false,
      selectionType: 'single',
    });
    pinBackgroundingState(this.cy);
    this.cy.on('tap', (event) => events.tap(event.target === this.cy ? undefined : (event.target as cytoscape.SingularElementReturnValue).id()));
    this.cy.on('cxttap', 'node, edge', (event) => {
      const original = event.originalEvent as MouseEvent | undefined;
      const at = original ? { x: original.clientX, y: original.clientY } : this.clientPointOf(event.target.id());
      events.context(event.target.id(), at);
    });
    this.cy.on('dragfree', 'node', (event) => events.dropped([event.target.id()]));
    this.cy.on('viewport', () => events.viewport());
    // A label cut to its box shows in full as the pointer's tooltip.
    this.cy.on('mouseover', 'node', (event) => {
      container.title = String((event.target as cytoscape.NodeSingular).data('label') ?? '');
    });
    this.cy.on('mouseout', 'node', () => container.removeAttribute('title'));
    zoomByWheel(container, this.cy);
    // Cytoscape follows window resizes only; panes docked beside it resize the container alone.
    if (typeof ResizeObserver !== 'undefined') {
      let width = container.clientWidth;
      let height = container.clientHeight;
      new ResizeObserver(() => {
        if (container.clientWidth === width && container.clientHeight === height) return;
        width = container.clientWidth;
        height = container.clientHeight;
        this.cy.resize();
        events.resized();
      }).observe(container);
    }
  }

  setPalette(palette: Palette): void {
    this.cy.style(graphStyles(palette, this.fitter));
  }

  /**
   * Summary and merged-link text has its own size, fitted to the whole picture: hides what would
   * be too small to read at the current zoom, shows it again once it reads.
   */
  hideUnreadableLabels(): void {
    const zoom = this.cy.zoom();
    this.cy.batch(() => {
      this.cy.elements('[kind = "regionSummary"], [kind = "accountSummary"], [kind = "aggregate"]').forEach((element) => {
        const unreadable = !readsAt(Number(element.data('fontSize')), zoom);
        if (unreadable !== element.hasClass('label-unreadable')) element.toggleClass('label-unreadable', unreadable);
      });
    });
  }

  /** Gives drawn group nodes the width of their box, which their label is fitted to. */
  setBoxWidths(boxes: ReadonlyMap<string, Rect>): void {
    this.cy.batch(() => {
      for (const [id, box] of boxes) {
        const node = this.cy.getElementById(id);
        const width = Math.round(box.right - box.left);
        if (node.nonempty() && node.data('boxWidth') !== width) node.data('boxWidth', width);
      }
    });
  }

  /** Pans (without zooming) so that `area` is on screen, when it is not. */
  keepInView(area: Rect, margin = 24): void {
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const screen = { left: area.left * zoom + pan.x, top: area.top * zoom + pan.y, right: area.right * zoom + pan.x, bottom: area.bottom * zoom + pan.y };
    const shift = (low: number, high: number, size: number) => (low < margin ? margin - low : high > size - margin ? Math.max(margin - low, size - margin - high) : 0);
    const dx = shift(screen.left, screen.right, this.cy.width());
    const dy = shift(screen.top, screen.bottom, this.cy.height());
    if (dx !== 0 || dy !== 0) this.cy.panBy({ x: dx, y: dy });
  }

  /** Replaces everything drawn with `view`. */
  load(view: ViewGraph, positions: Positions): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([...view.nodes.map((node) => nodeDefinition(node, positions, view.summaryPositions)), ...view.edges.map(edgeDefinition)]);
    });
  }

  /** Applies the difference between two views in one batch (one redraw). */
  apply(delta: ViewDelta, positions: Positions, summaryPositions: Positions): void {
    const cy = this.cy;
    cy.batch(() => {
      if (delta.addedNodes.length > 0) cy.add(delta.addedNodes.map((node) => nodeDefinition(node, positions, summaryPositions)));
      for (const change of delta.changed) {
        let element = cy.getElementById(change.id);
        if (element.empty()) continue;
        const { parent, ...data } = change.set;
        if (typeof parent === 'string' && element.isNode()) element = element.move({ parent }) as unknown as cytoscape.CollectionReturnValue;
        if (Object.keys(data).length > 0) element.data(data);
        if (change.unset.length > 0) element.removeData(change.unset.join(' '));
      }
      for (const id of delta.removedEdges) cy.getElementById(id).remove();
      for (const id of delta.removedNodes) cy.getElementById(id).remove();
      if (delta.addedEdges.length > 0) cy.add(delta.addedEdges.map(edgeDefinition));
      // Setting a position dirties the node and every edge on it even when nothing moved, and
      // cytoscape then recomputes and redraws them all: only moved summaries are set.
      for (const [id, point] of Object.entries(summaryPositions)) {
        const node = cy.getElementById(id);
        if (node.empty()) continue;
        const now = node.position();
        if (now.x !== point.x || now.y !== point.y) node.position(point);
      }
    });
  }

  /** Sets or clears the bend of each drawn edge in `ids` (`arcs` holds the bent ones). */
  setArcs(arcs: Record<string, number>, ids: Iterable<string>): void {
    this.cy.batch(() => {
      for (const id of ids) {
        const edge = this.cy.getElementById(id);
        if (edge.empty()) continue;
        const arc = arcs[id];
        if (arc === undefined) {
          if (edge.data('arc') !== undefined) edge.removeData('arc');
        } else if (edge.data('arc') !== arc) {
          edge.data('arc', arc);
        }
      }
    });
  }

  /** Ids of the drawn edges. */
  edgeIds(): string[] {
    return this.cy.edges().map((edge) => edge.id());
  }

  /** Moves drawn leaves (absent ones are ignored: they take their position when drawn). */
  moveNodes(positions: Positions): void {
    this.cy.batch(() => {
      for (const [id, point] of Object.entries(positions)) {
        const node = this.cy.getElementById(id);
        if (node.nonempty() && node.isNode() && !node.isParent()) node.position(point);
      }
    });
  }

  /** Current positions of the given nodes' leaves (a dragged group moves all of its leaves). */
  leafPositions(ids: string[]): Positions {
    const positions: Positions = {};
    for (const id of ids) {
      const node = this.cy.getElementById(id);
      if (node.empty() || !node.isNode()) continue;
      const leaves = node.isParent() ? node.descendants().filter((d) => !d.isParent()) : node;
      leaves.forEach((leaf) => {
        const p = leaf.position();
        positions[leaf.id()] = { x: p.x, y: p.y };
      });
    }
    return positions;
  }

  position(id: string): Point | undefined {
    const node = this.cy.getElementById(id);
    return node.nonempty() && node.isNode() ? { ...node.position() } : undefined;
  }

  /** The part of the graph on screen, in graph coordinates. */
  extent(): Rect {
    const e = this.cy.extent();
    return { left: e.x1, top: e.y1, right: e.x2, bottom: e.y2 };
  }

  zoom(): number {
    return this.cy.zoom();
  }

  viewport(): { zoom: number; pan: Point } {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  setViewport(zoom: number, pan: Point): void {
    this.cy.viewport({ zoom, pan });
  }

  /**
   * Shows `area` (graph coordinates) centred in the screen minus `insets` (room kept free for
   * panes), zoomed to fit but no closer than `maxZoom`.
   */
  showArea(area: Rect, insets: Insets = { left: 40, top: 40, right: 40, bottom: 40 }, maxZoom = 1.25): void {
    const width = Math.max(50, this.cy.width() - insets.left - insets.right);
    const height = Math.max(50, this.cy.height() - insets.top - insets.bottom);
    const areaWidth = Math.max(1, area.right - area.left);
    const areaHeight = Math.max(1, area.bottom - area.top);
    const zoom = Math.max(this.cy.minZoom(), Math.min(maxZoom, width / areaWidth, height / areaHeight));
    const pan = {
      x: insets.left + width / 2 - zoom * (area.left + areaWidth / 2),
      y: insets.top + height / 2 - zoom * (area.top + areaHeight / 2),
    };
    this.cy.viewport({ zoom, pan });
  }

  /** Shows graph point `at` in the middle of the screen at exactly `zoom`. */
  centreAt(at: Point, zoom: number): void {
    this.cy.viewport({ zoom, pan: { x: this.cy.width() / 2 - zoom * at.x, y: this.cy.height() / 2 - zoom * at.y } });
  }

  /** Where an element is on screen, in client coordinates (for menus opened from the keyboard). */
  clientPointOf(id: string): Point {
    const element = this.cy.getElementById(id);
    const box = this.cy.container()?.getBoundingClientRect();
    const bb = element.nonempty() ? element.renderedBoundingBox({ includeLabels: false }) : { x1: 0, y1: 0, x2: 0, y2: 0 };
    return { x: (box?.left ?? 0) + (bb.x1 + bb.x2) / 2, y: (box?.top ?? 0) + (bb.y1 + bb.y2) / 2 };
  }

  /** Replaces the class on all elements with exactly `ids`. */
  mark(className: string, ids: Iterable<string>): void {
    this.cy.batch(() => {
      this.cy.elements(`.${className}`).removeClass(className);
      for (const id of ids) this.cy.getElementById(id).addClass(className);
    });
  }

  select(id: string | undefined): void {
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      if (id) this.cy.getElementById(id).select();
    });
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /**
   * Calls `callback` once the frame showing the current elements has been painted. Cytoscape draws
   * in an animation-frame callback; a task queued from there runs after that frame's paint.
   */
  afterNextPaint(callback: () => void): void {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      setTimeout(callback, 0);
    };
    this.cy.one('render', finish);
    // Nothing visible may have changed, in which case cytoscape draws nothing: two frames later
    // the page has painted whatever there was to paint.
    requestAnimationFrame(() => requestAnimationFrame(finish));
  }

  destroy(): void {
    this.cy.destroy();
  }
}

function nodeDefinition(node: ViewNode, positions: Positions, summaryPositions: Positions): cytoscape.ElementDefinition {
  const position = positions[node.id] ?? summaryPositions[node.id];
  return { group: 'nodes', data: { ...node }, ...(position ? { position: { ...position } } : {}) };
}

function edgeDefinition(edge: ViewEdge): cytoscape.ElementDefinition {
  return { group: 'edges', data: { ...edge } };
}
