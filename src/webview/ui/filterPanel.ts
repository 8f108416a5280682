// The filters panel: check boxes per account, region, connection status, edge kind and whether the
// workspace's Terraform manages a link, with All and None per group. Unchecking hides; the panel reports the complete filter state after every change.

import { type EdgeKind, type GraphFilters, TERRAFORM_FILTERS, type TerraformFilter, type TopologyGraph } from '../../model/graph';
import { capabilitiesOf } from '../../model/capabilities';
import { regionOfKey } from '../../model/graph/providerRegions';
import type { CloudProvider } from '../../model/resourceRef';
import { PEER_STATUSES, type PeerStatus } from '../../model/types';
import { button, el } from './dom';

export interface FilterChoices {
  accounts: Array<{ uid: string; name: string }>;
  /** The clouds the graph holds; offered as a group only when there are two. */
  providers: CloudProvider[];
  regions: string[];
  statuses: PeerStatus[];
  edgeKinds: EdgeKind[];
}

/** What there is to filter in a graph: its accounts, regions, statuses and kinds of link. */
export function filterChoicesOf(graph: TopologyGraph): FilterChoices {
  const accounts = new Map<string, string>();
  const regions = new Set<string>();
  const kinds = new Set<EdgeKind>();
  for (const node of graph.nodes) {
    if (node.kind === 'region') regions.add(node.regionId);
    if (node.kind === 'account' && !accounts.has(node.accountUid)) accounts.set(node.accountUid, node.accountName ?? `${node.accountUid} (no profile)`);
  }
  for (const edge of graph.edges) kinds.add(edge.kind);
  return {
    accounts: [...accounts].map(([uid, name]) => ({ uid, name })),
    providers: [...new Set([...regions].map((key) => regionOfKey(key).provider))].sort(),
    regions: [...regions].sort(),
    statuses: PEER_STATUSES.filter((status) => status !== 'Deleted'),
    edgeKinds: (['peer', 'routerInterface', 'bgp'] as EdgeKind[]).filter((kind) => kinds.has(kind)),
  };
}

const EDGE_KIND_NAMES: Record<EdgeKind, string> = { peer: 'Peer connections', routerInterface: 'Router interface links', bgp: 'BGP sessions' };
const TERRAFORM_NAMES: Record<TerraformFilter, string> = { managed: 'managed', unmanaged: 'not managed' };

export class FilterPanel {
  readonly element: HTMLElement;

  constructor(private readonly document: Document) {
    this.element = el(document, 'aside', { className: 'pane filters', attrs: { 'aria-label': 'Filters', role: 'region', id: 'topology-filters' } });
    this.element.hidden = true;
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  setOpen(open: boolean): void {
    this.element.hidden = !open;
    if (open) this.element.querySelector('input')?.focus();
  }

  render(choices: FilterChoices, filters: GraphFilters, onChange: (filters: GraphFilters) => void): void {
    const d = this.document;
    const hidden = {
      hiddenAccounts: new Set(filters.hiddenAccounts),
      hiddenRegions: new Set(filters.hiddenRegions),
      hiddenStatuses: new Set<string>(filters.hiddenStatuses),
      hiddenEdgeKinds: new Set<string>(filters.hiddenEdgeKinds),
      hiddenTerraform: new Set<string>(filters.hiddenTerraform ?? []),
      hiddenProviders: new Set<string>(filters.hiddenProviders ?? []),
    };
    const emit = () =>
      onChange({
        hiddenAccounts: [...hidden.hiddenAccounts].sort(),
        hiddenRegions: [...hidden.hiddenRegions].sort(),
        hiddenStatuses: [...hidden.hiddenStatuses].sort() as PeerStatus[],
        hiddenEdgeKinds: [...hidden.hiddenEdgeKinds].sort() as EdgeKind[],
        hiddenTerraform: [...hidden.hiddenTerraform].sort() as TerraformFilter[],
        hiddenProviders: [...hidden.hiddenProviders].sort() as CloudProvider[],
      });
    const showAll = (key: keyof typeof hidden, values: string[], show: boolean) => {
      for (const value of values) {
        if (show) hidden[key].delete(value);
        else hidden[key].add(value);
      }
      emit();
    };
    const group = (title: string, key: keyof typeof hidden, entries: Array<{ value: string; label: string }>) =>
      el(
        d,
        'fieldset',
        {},
        el(d, 'legend', { text: title }),
        el(
          d,
          'div',
          { className: 'group-actions' },
          button(d, 'All', () => showAll(key, entries.map((e) => e.value), true), { 'aria-label': `Show all ${title.toLowerCase()}` }),
          button(d, 'None', () => showAll(key, entries.map((e) => e.value), false), { 'aria-label': `Hide all ${title.toLowerCase()}` }),
        ),
        ...entries.map(({ value, label }) => {
          const box = el(d, 'input', { attrs: { type: 'checkbox', 'data-filter': key, value } });
          box.checked = !hidden[key].has(value);
          box.addEventListener('change', () => {
            if (box.checked) hidden[key].delete(value);
            else hidden[key].add(value);
            emit();
          });
          return el(d, 'label', { attrs: { title: label } }, box, d.createTextNode(` ${label}`));
        }),
      );
    this.element.replaceChildren(
      el(d, 'h2', { text: 'Show' }),
      ...(choices.providers.length > 1 ? [group('Clouds', 'hiddenProviders', choices.providers.map((p) => ({ value: p, label: capabilitiesOf(p).displayName })))] : []),
      group('Accounts', 'hiddenAccounts', choices.accounts.map((a) => ({ value: a.uid, label: a.name }))),
      group('Regions', 'hiddenRegions', choices.regions.map((r) => ({ value: r, label: regionLabel(r) }))),
      group('Connection status', 'hiddenStatuses', choices.statuses.map((s) => ({ value: s, label: s }))),
      group('Links', 'hiddenEdgeKinds', choices.edgeKinds.map((k) => ({ value: k, label: EDGE_KIND_NAMES[k] }))),
      // Always offered: ownership usually arrives in a delta after the page opened.
      group('Terraform', 'hiddenTerraform', TERRAFORM_FILTERS.map((t) => ({ value: t, label: TERRAFORM_NAMES[t] }))),
    );
  }
}

/** A region as the panel names it: its id, and its cloud when that is not Alibaba Cloud. */
function regionLabel(key: string): string {
  const { regionId, provider } = regionOfKey(key);
  return provider === 'alibaba' ? regionId : `${regionId} (${capabilitiesOf(provider).displayName})`;
}
