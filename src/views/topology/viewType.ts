// The topology panel's view type, on its own so that code looking for the panel's tab (a report
// that must not split the graph's group) does not load the panel host.
export const TOPOLOGY_VIEW_TYPE = 'vpcPeering.topology';
