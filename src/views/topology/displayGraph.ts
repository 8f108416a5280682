// The graph as the page may show it: every string the cloud gave (names, descriptions, labels,
// warnings) passed through `displayText`, and each label line cut to LABEL_LINE_MAX. The page, its
// image exports and the exported HTML file all draw from this; the element's own fields keep the
// whole (neutralised) text for the details pane.

import { displayText, LABEL_LINE_MAX } from '../../model/displayText';
import type { TopologyGraph } from '../../model/graph';

type Element = TopologyGraph['nodes'][number] | TopologyGraph['edges'][number];

/** Elements the graph builder reuses between builds are cleaned once (the diff then sees the same objects). */
const cleaned = new WeakMap<object, object>();

export function displayGraph(graph: TopologyGraph): TopologyGraph {
  return { ...graph, nodes: graph.nodes.map(displayElement), edges: graph.edges.map(displayElement) };
}

export function displayElement<T extends Element>(element: T): T {
  const known = cleaned.get(element);
  if (known) return known as T;
  const result = clean(element, true) as T;
  cleaned.set(element, result);
  return result;
}

function clean(value: unknown, top = false): unknown {
  if (typeof value === 'string') return displayText(value);
  if (Array.isArray(value)) return value.map((item) => clean(item));
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = top && key === 'label' && typeof item === 'string' ? labelText(item) : clean(item);
  }
  return result;
}

function labelText(label: string): string {
  return label
    .split('\n')
    .map((line) => displayText(line, LABEL_LINE_MAX))
    .join('\n');
}
