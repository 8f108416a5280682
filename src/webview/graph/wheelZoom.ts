// Wheel zoom at a steady 1.2× per mouse-wheel notch, towards the pointer. Cytoscape's own wheel
// zoom moves about 3–5 % per notch (it damps wheels it takes for coarse), which makes zooming
// into a large graph a long scroll. Touchpads send many small deltas and zoom smoothly in
// proportion.

import type cytoscape from 'cytoscape';

/** The zoom factor of one notch (a wheel delta of 100 pixels, Chromium's notch). */
export const WHEEL_NOTCH_FACTOR = 1.2;
const PIXELS_PER_NOTCH = 100;
/** `deltaMode` 1 counts lines (Firefox on some systems); a notch is 3 lines. */
const PIXELS_PER_LINE = PIXELS_PER_NOTCH / 3;

export function zoomByWheel(container: HTMLElement, cy: cytoscape.Core): void {
  // Listening on the container's parent in the capture phase runs before cytoscape's own handler,
  // which is bound to the container itself; stopping the event there keeps cytoscape's away.
  const target = container.parentElement ?? container;
  target.addEventListener(
    'wheel',
    (event) => {
      if (!container.contains(event.target as Node)) return;
      event.preventDefault();
      event.stopPropagation();
      if (!cy.userZoomingEnabled()) return;
      const pixels = event.deltaY * (event.deltaMode === 1 ? PIXELS_PER_LINE : event.deltaMode === 2 ? PIXELS_PER_NOTCH * 3 : 1);
      if (pixels === 0) return;
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * Math.pow(WHEEL_NOTCH_FACTOR, -pixels / PIXELS_PER_NOTCH)));
      const box = container.getBoundingClientRect();
      cy.zoom({ level, renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top } });
    },
    { capture: true, passive: false },
  );
}
