// The context menu of an element: opened by right-click, the context-menu key or Shift+F10.
// Arrow keys move between items, Enter runs one, Escape or Tab closes and returns focus.

import type { Point } from '../../model/graph';
import type { ElementAction } from '../elementActions';
import { button, el } from './dom';

export class ActionMenu {
  readonly element: HTMLElement;
  private returnFocus: HTMLElement | undefined;

  constructor(private readonly document: Document) {
    this.element = el(document, 'div', { className: 'menu', attrs: { role: 'menu', 'aria-label': 'Actions', id: 'topology-action-menu' } });
    this.element.hidden = true;
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    document.addEventListener('pointerdown', (event) => {
      if (!this.element.hidden && !this.element.contains(event.target as Node)) this.close();
    });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  open(title: string, actions: ElementAction[], at: Point, run: (action: ElementAction) => void, returnFocus?: HTMLElement): void {
    this.returnFocus = returnFocus;
    this.element.setAttribute('aria-label', `Actions for ${title}`);
    const items = actions.map((action) =>
      button(this.document, action.label, () => {
        this.close();
        run(action);
      }, { role: 'menuitem', tabindex: '-1', 'data-command': action.run?.command ?? action.local ?? '' }),
    );
    this.element.replaceChildren(...items);
    this.element.hidden = false;
    // Keep the menu inside the page.
    const parent = this.element.offsetParent?.getBoundingClientRect() ?? { left: 0, top: 0, width: innerWidth, height: innerHeight };
    const width = this.element.offsetWidth;
    const height = this.element.offsetHeight;
    const left = Math.max(0, Math.min(at.x - parent.left, parent.width - width - 4));
    const top = Math.max(0, Math.min(at.y - parent.top, parent.height - height - 4));
    this.element.style.left = `${left}px`;
    this.element.style.top = `${top}px`;
    items[0]?.focus();
  }

  /** Closes the menu and gives focus back to where it was opened from. */
  close(): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.element.replaceChildren();
    this.returnFocus?.focus();
  }

  private onKey(event: KeyboardEvent): void {
    const items = [...this.element.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const index = items.indexOf(this.document.activeElement as HTMLElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        this.close();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }
}
