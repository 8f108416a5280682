// The demo inventory as the host would send it: graph, layout, and the `init` message.

import { buildGraph, layoutGraph, type Positions, type TopologyGraph } from '../../../src/model/graph';
import { displayGraph } from '../../../src/views/topology/displayGraph';
import type { HostMessage, PageOptions, ThemeKind } from '../../../src/webview/protocol';
import { demoSnapshot, type DemoOptions } from '../../unit/model/graph/fixtures/demoSnapshot';

export interface DemoGraph {
  graph: TopologyGraph;
  positions: Positions;
  init: HostMessage & { type: 'init' };
}

export function demoGraph(options: DemoOptions & { theme?: ThemeKind; page?: PageOptions } = {}): DemoGraph {
  const graph = displayGraph(buildGraph(demoSnapshot(options)));
  const positions = layoutGraph(graph);
  return { graph, positions, init: { type: 'init', graph, positions, theme: options.theme, options: options.page } };
}
