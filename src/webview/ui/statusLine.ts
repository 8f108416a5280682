// The status corner: visible progress (re-layout), and a polite live region that tells screen
// reader users what keyboard focus landed on and what changed.

import { el } from './dom';

export class StatusLine {
  readonly element: HTMLElement;
  private readonly text: HTMLElement;
  private readonly progress: HTMLProgressElement;
  private readonly announcer: HTMLElement;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(document: Document) {
    this.text = el(document, 'span');
    this.progress = el(document, 'progress', { attrs: { max: '1', 'aria-label': 'Progress' } });
    this.progress.hidden = true;
    this.element = el(document, 'div', { className: 'status-line', attrs: { role: 'status' } }, this.text, this.progress);
    this.element.hidden = true;
    this.announcer = el(document, 'div', { className: 'sr-only', attrs: { 'aria-live': 'polite', 'data-role': 'announcer' } });
  }

  get liveRegion(): HTMLElement {
    return this.announcer;
  }

  show(message: string, fraction?: number): void {
    this.element.hidden = false;
    this.text.textContent = message;
    this.progress.hidden = fraction === undefined;
    if (fraction !== undefined) this.progress.value = fraction;
  }

  /** A short note that goes away by itself, also read out to screen reader users. */
  flash(message: string, ms = 1500): void {
    this.show(message);
    this.announce(message);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.clear(), ms);
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    this.element.hidden = true;
    this.text.textContent = '';
    this.progress.hidden = true;
  }

  announce(message: string): void {
    this.announcer.textContent = message;
  }
}
