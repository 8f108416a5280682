// What the explorer should reveal for an element selected in the graph: the resources the element
// draws (`elementRefs`), in the order to try them; for an element the host's graph no longer has,
// or that only the page draws (a region summary), the ref the page sent. Pure, so it is tested
// without VS Code.

import { elementRefs, type GraphElement, type TopologyGraph } from '../../model/graph';
import type { ResourceRef } from '../../model/resourceRef';
import type { PageMessage } from '../../webview/protocol';

export type Selection = Extract<PageMessage, { type: 'selected' }>;

export function revealTargets(selected: Selection, graph: TopologyGraph | undefined): ResourceRef[] {
  if (selected.elementId === undefined) return [];
  const element: GraphElement | undefined = graph?.nodes.find((n) => n.id === selected.elementId) ?? graph?.edges.find((e) => e.id === selected.elementId);
  if (element) return elementRefs(element);
  return selected.ref ? [selected.ref] : [];
}
