// Keyboard use of the graph: arrow keys move focus between nodes, Tab / Shift+Tab walk nodes and
// edges in reading order (and leave the graph past either end), Enter opens the details, the
// context-menu key or Shift+F10 opens the actions, Escape clears, + / - / 0 zoom and fit.
// The focused element carries a visible ring and is announced in the live region.

import type cytoscape from 'cytoscape';
import { SLOT } from '../../model/graph/geometry';
import { nearestInDirection, readingOrder, type Direction, type Placed } from './spatialNavigation';

export interface KeyboardHandlers {
  focused(id: string | undefined): void;
  activate(id: string): void;
  openMenu(id: string): void;
  escape(): void;
  fit(): void;
}

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export class KeyboardNavigation {
  private current: string | undefined;

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly container: HTMLElement,
    private readonly handlers: KeyboardHandlers,
  ) {
    container.addEventListener('keydown', (event) => this.onKey(event));
    container.addEventListener('focus', () => {
      if (!this.current || this.cy.getElementById(this.current).empty()) {
        const selected = this.cy.$(':selected');
        this.focus(selected.nonempty() ? selected.first().id() : this.order()[0]);
      } else {
        this.handlers.focused(this.current);
      }
    });
  }

  get focusedId(): string | undefined {
    return this.current;
  }

  /** Moves focus to `id` (or clears it), keeping the element on screen. */
  focus(id: string | undefined): void {
    this.current = id && this.cy.getElementById(id).nonempty() ? id : undefined;
    this.cy.batch(() => {
      this.cy.elements('.keyboard-focus').removeClass('keyboard-focus');
      if (this.current) this.cy.getElementById(this.current).addClass('keyboard-focus');
    });
    if (this.current) this.keepInView(this.current);
    this.handlers.focused(this.current);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.target !== this.container) return;
    const direction = ARROWS[event.key];
    if (direction) {
      this.focus(this.current ? this.nearest(direction) ?? this.current : this.order()[0]);
    } else if (event.key === 'Tab') {
      const order = this.order();
      const index = this.current ? order.indexOf(this.current) : -1;
      const next = event.shiftKey ? (index < 0 ? order.length - 1 : index - 1) : index + 1;
      // Past either end, Tab leaves the graph as it would leave any other control.
      if (next < 0 || next >= order.length) {
        this.focus(undefined);
        return;
      }
      this.focus(order[next]);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.current) {
      this.handlers.activate(this.current);
    } else if ((event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) && this.current) {
      this.handlers.openMenu(this.current);
    } else if (event.key === 'Escape') {
      this.focus(undefined);
      this.handlers.escape();
    } else if (event.key === '+' || event.key === '=') {
      this.zoomBy(1.25);
    } else if (event.key === '-') {
      this.zoomBy(0.8);
    } else if (event.key === '0') {
      this.handlers.fit();
    } else {
      return;
    }
    event.preventDefault();
  }

  private focusables(): { nodes: Placed[]; edges: Array<{ id: string; source: string }> } {
    const nodes: Placed[] = [];
    this.cy.nodes().forEach((node) => {
      if (!node.isParent() && node.visible()) nodes.push({ id: node.id(), ...node.position() });
    });
    const edges: Array<{ id: string; source: string }> = [];
    this.cy.edges().forEach((edge) => {
      if (edge.visible()) edges.push({ id: edge.id(), source: edge.source().id() });
    });
    return { nodes, edges };
  }

  private order(): string[] {
    const { nodes, edges } = this.focusables();
    return readingOrder(nodes, edges, SLOT.height / 2);
  }

  private nearest(direction: Direction): string | undefined {
    const id = this.current ?? '';
    const { nodes } = this.focusables();
    return nearestInDirection({ id, ...this.centerOf(id) }, nodes, direction);
  }

  private centerOf(id: string): { x: number; y: number } {
    const element = this.cy.getElementById(id);
    if (element.isEdge()) {
      const edge = element as unknown as cytoscape.EdgeSingular;
      return midpoint(edge.source().position(), edge.target().position());
    }
    return { ...(element as unknown as cytoscape.NodeSingular).position() };
  }

  private keepInView(id: string): void {
    const box = this.cy.getElementById(id).renderedBoundingBox({ includeLabels: false });
    const width = this.cy.width();
    const height = this.cy.height();
    const margin = 30;
    if (box.x1 >= margin && box.y1 >= margin && box.x2 <= width - margin && box.y2 <= height - margin) return;
    const center = this.centerOf(id);
    const zoom = this.cy.zoom();
    this.cy.pan({ x: width / 2 - center.x * zoom, y: height / 2 - center.y * zoom });
  }

  private zoomBy(factor: number): void {
    const zoom = this.cy.zoom() * factor;
    this.cy.zoom({ level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }
}

function midpoint(a: { x: number; y: number }, b: { x: number; y: number }): { x: number; y: number } {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
