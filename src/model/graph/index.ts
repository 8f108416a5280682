// The topology graph: built from an inventory snapshot, diffed into deltas, laid out outside the
// page, filtered, searched, and summarised per region for the zoomed-out view.

export * from './elements';
export * from './ids';
export { buildGraph, type BuildGraphOptions } from './buildGraph';
export { BuildMemo } from './buildMemo';
export { LiveGraph, type EdgePatch, type GraphChangeHint } from './liveGraph';
export { terraformMarkOf, terraformMarkText, type TerraformLookup } from './terraformMarks';
export { diffGraph, applyDelta, isEmptyDelta, type GraphDelta, type ElementChange } from './diffGraph';
export { arrangedLayout, layoutGraph, packRegions, type LayoutOptions } from './layout';
export { edgeArcs, EdgeRouter, type RoutedEdges } from './edgeRouting';
export { groupBoxes, NODE_SIZES, SLOT, type GroupBoxes, type Rect, type Size } from './geometry';
export { activeFilterCount, edgeFilter, filterGraph, hasFilters, NO_FILTERS, TERRAFORM_FILTERS, type GraphFilters, type TerraformFilter } from './filters';
export { searchGraph } from './search';
export {
  viewGraph,
  summaryNodeId,
  aggregateEdgeId,
  accountSummaryId,
  type AccountSummaryNode,
  type AggregateEdge,
  type RegionSummaryNode,
  type SummaryTone,
  type ViewEdge,
  type ViewGraph,
  type ViewNode,
} from './levelOfDetail';
export { RegionViews } from './regionViews';
export {
  accountElementCounts,
  chooseCollapsedAccounts,
  chooseExpandedRegions,
  regionElementCounts,
  DEFAULT_DETAIL_BUDGET,
  DETAIL_MIN_ZOOM,
  type AccountCounts,
  type AccountDetailRequest,
  type DetailRequest,
} from './detailChoice';
