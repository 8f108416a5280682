// Works around a cytoscape 3.x renderer behaviour that restyles whole regions on every frame.
//
// When cytoscape draws a node directly (rather than from its texture cache, which is always the
// case for large group boxes), it checks whether the node's background images are still loading
// twice per draw, once for images inside the border and once for images over it. With no images
// at all the two checks disagree, so the node's `:backgrounding` state flips on each draw and
// cytoscape calls `updateStyle()` on the node, which for a group means on every element inside
// it. A region box drawn in full therefore throws away the computed style of hundreds of VPCs on
// every frame, and any single edge change costs a full style pass.
//
// The page never uses background images, so no node is ever loading one: the state is pinned to
// `false`, and cytoscape sees no change.

import type cytoscape from 'cytoscape';

interface WithPrivateState {
  _private?: Record<string, unknown>;
}

/** Keeps `:backgrounding` false on every node of `cy`, present and future. */
export function pinBackgroundingState(cy: cytoscape.Core): void {
  cy.nodes().forEach(pin);
  cy.on('add', 'node', (event) => pin(event.target as cytoscape.NodeSingular));
}

function pin(node: cytoscape.NodeSingular): void {
  const state = (node as unknown as WithPrivateState)._private;
  // Another cytoscape version may keep its state elsewhere: then there is nothing to pin.
  if (!state || !('backgrounding' in state)) return;
  Object.defineProperty(state, 'backgrounding', { get: () => false, set: () => undefined, configurable: true, enumerable: true });
}
