// Every attribute of a graph element as label/value text rows, for the details pane and for the
// line a screen reader announces when keyboard focus lands on the element. Values are shown whole
// (the graph's labels may be cut), with bidirectional controls made visible (`displayText`).

import { type AccountSummaryNode, type AggregateEdge, type GraphEdge, type GraphNode, type PeerEdge, type RegionSummaryNode, type RouteCoverage, terraformMarkText } from '../model/graph';
import { capabilitiesOf } from '../model/capabilities';
import { regionOfKey } from '../model/graph/providerRegions';
import { countOf } from '../model/countText';
import { displayText } from '../model/displayText';
import { statusExplanation } from '../model/peerStatus';
import { titleOf } from '../model/resourceTitle';
import { expiryText, timeText } from '../model/timeText';

export type DrawnElement = GraphNode | GraphEdge | RegionSummaryNode | AccountSummaryNode | AggregateEdge;

export interface ElementDetails {
  /** e.g. "VPC", "Peer connection". */
  kindName: string;
  title: string;
  rows: Array<[string, string]>;
  warnings: string[];
}

export type AccountNames = (accountUid: string) => string | undefined;

type RowValue = string | number | boolean | undefined;
/** The keys of `E` whose values can be shown as a row as they are. */
type ShownField<E> = { [K in keyof E]: E[K] extends RowValue ? K : never }[keyof E];

const KIND_NAMES: Record<DrawnElement['kind'], string> = {
  region: 'Region',
  account: 'Account',
  vpc: 'VPC',
  externalVpc: 'External VPC',
  vbr: 'Virtual border router',
  bgpNeighbor: 'BGP neighbour',
  router: 'Router',
  peer: 'Peer connection',
  routerInterface: 'Router interface link',
  bgp: 'BGP session',
  regionSummary: 'Region (summary)',
  accountSummary: 'Account (summary)',
  aggregate: 'Connections between',
};

const COVERAGE_TEXT: Record<RouteCoverage, string> = {
  covered: 'covered',
  partial: 'partial — some blocks unrouted',
  missing: 'missing',
  unknown: 'unknown (route tables not loaded or account not managed)',
};

/** An element's title by its graph id (`hub-prod (vpc-…)`), for elements that name others. */
export type ElementTitles = (elementId: string) => string | undefined;

/**
 * `now` (ms since the epoch) is what times are shown relative to: "2025-01-10 16:00 (in 3 days)".
 * `titles` names the ends of a group of links; without it they show as graph ids.
 */
export function describeElement(element: DrawnElement, accountNames: AccountNames, now: number = Date.now(), titles?: ElementTitles): ElementDetails {
  const account = (uid: string) => {
    const name = accountNames(uid);
    return name ? `${name} (${uid})` : `${uid} (no profile)`;
  };
  const rows: Array<[string, string]> = [];
  const add = (label: string, value: RowValue) => {
    if (value === undefined || value === '') return;
    rows.push([label, typeof value === 'boolean' ? (value ? 'yes' : 'no') : displayText(String(value))]);
  };
  /** Fields shown as they are, each under its label. */
  const addFields = <E>(from: E, fields: ReadonlyArray<readonly [string, ShownField<E>]>) => {
    for (const [label, key] of fields) add(label, from[key] as RowValue);
  };
  /** Where an element is: the account (named by its profile when there is one) and the region. */
  const addPlace = (accountUid: string, regionId: string) => {
    add('Account', account(accountUid));
    addRegion(regionId);
  };
  /** A graph region key shown as the region, with its cloud when it is not Alibaba Cloud's (providerRegions.ts). */
  const addRegion = (regionKey: string) => {
    const { regionId, provider } = regionOfKey(regionKey);
    add('Region', provider === 'alibaba' ? regionId : `${regionId} (${capabilitiesOf(provider).displayName})`);
  };
  /** The rows every cloud resource with a name and a status starts with. */
  const addResource = (name: string, idLabel: string, id: string, accountUid: string, regionId: string, status: string) => {
    add('Name', name);
    add(idLabel, id);
    addPlace(accountUid, regionId);
    add('Status', status);
  };
  let title = element.label.split('\n')[0];
  let warnings: string[] = [];

  switch (element.kind) {
    case 'region':
      addRegion(element.regionId);
      break;
    case 'account':
      addPlace(element.accountUid, element.regionId);
      add('Profile active', element.active);
      break;
    case 'vpc':
      title = titleOf({ id: element.vpcId, name: element.name });
      addResource(element.name, 'VPC ID', element.vpcId, element.accountUid, element.regionId, element.status);
      add('CIDR block', element.cidrBlock);
      add('Secondary CIDRs', element.secondaryCidrs.join(', '));
      add('IPv6 CIDRs', element.ipv6Cidrs.join(', '));
      add('Default VPC', element.isDefault);
      add('vRouter', element.vRouterId);
      add('Description', element.description);
      break;
    case 'externalVpc':
      title = element.vpcId;
      add('VPC ID', element.vpcId);
      addPlace(element.accountUid, element.regionId);
      add('CIDRs', element.cidrs.join(', '));
      add('Why external', element.reason === 'noProfile' ? 'no profile for this account' : 'its region is not loaded');
      break;
    case 'vbr':
      title = titleOf({ id: element.vbrId, name: element.name });
      addResource(element.name, 'VBR ID', element.vbrId, element.accountUid, element.regionId, element.status);
      addFields(element, [['VLAN', 'vlanId'], ['Local gateway', 'localGatewayIp'], ['Peer gateway', 'peerGatewayIp'], ['Physical connection', 'physicalConnectionId']]);
      break;
    case 'bgpNeighbor':
      addFields(element, [['Peer IP', 'peerIpAddress'], ['Peer ASN', 'peerAsn'], ['BGP peer ID', 'bgpPeerId'], ['VBR', 'vbrId'], ['Region', 'regionId']]);
      break;
    case 'router':
      addFields(element, [['Router ID', 'routerId'], ['Router type', 'routerType']]);
      addPlace(element.accountUid, element.regionId);
      break;
    case 'peer':
      title = titleOf({ id: element.connectionId, name: element.name });
      addPeerRows(element, add, account, now);
      warnings = element.warnings;
      break;
    case 'routerInterface':
      title = titleOf({ id: element.interfaceIds.join(' ↔ '), name: element.name });
      add('Interfaces', element.interfaceIds.join(' ↔ '));
      add('Status', element.status);
      add('Opposite status', element.oppositeStatus);
      add('Paired', element.paired);
      add('Spec', element.spec);
      add('Bandwidth', element.bandwidthMbps !== undefined ? `${element.bandwidthMbps} Mbps` : undefined);
      add('Scope', element.scope === 'interRegion' ? 'inter-region' : 'intra-region');
      warnings = element.warnings;
      break;
    case 'bgp':
      title = titleOf({ id: element.bgpPeerId, name: element.name });
      addFields(element, [['BGP peer ID', 'bgpPeerId'], ['BGP group', 'bgpGroupId'], ['Session', 'bgpStatus'], ['Status', 'status']]);
      addFields(element, [['Peer IP', 'peerIpAddress'], ['Peer ASN', 'peerAsn'], ['Local ASN', 'localAsn'], ['BFD', 'enableBfd']]);
      warnings = element.warnings;
      break;
    case 'regionSummary':
      title = regionOfKey(element.regionId).regionId;
      add('VPCs', element.vpcCount);
      add('External VPCs', element.externalVpcCount);
      add('Accounts', element.accountCount);
      for (const [key, count] of Object.entries(element.inside)) add(`Inside: ${key}`, count);
      add('Need attention', element.attentionCount);
      break;
    case 'accountSummary':
      title = element.label.split('\n')[0];
      add('Region', regionOfKey(element.regionId).regionId);
      add('VPCs', element.vpcCount);
      add('External VPCs', element.externalVpcCount);
      for (const [key, count] of Object.entries(element.inside)) add(`Inside: ${key}`, count);
      add('Need attention', element.attentionCount);
      break;
    case 'aggregate':
      title = countOf(element.total, 'link', 'links');
      add('Between', `${titles?.(element.source) ?? element.source} and ${titles?.(element.target) ?? element.target}`);
      for (const [key, count] of Object.entries(element.counts)) add(key, count);
      add('Need attention', element.attentionCount);
      break;
  }
  // Every link kind can be managed in code; a change made here would be undone by its next apply.
  if ('terraform' in element && element.terraform) add('Terraform', terraformMarkText(element.terraform));
  return { kindName: KIND_NAMES[element.kind], title: displayText(title), rows, warnings: warnings.map((w) => displayText(w)) };
}

function addPeerRows(
  edge: PeerEdge,
  add: (label: string, value: RowValue) => void,
  account: (uid: string) => string,
  now: number,
): void {
  add('Name', edge.name);
  add('Connection ID', edge.connectionId);
  add('Status', edge.status);
  const viewer = [edge.requester, edge.accepter].filter((end) => end.managed).map((end) => end.accountUid);
  add('What next', statusExplanation({ ...edge, requester: asPeerEnd(edge.requester), accepter: asPeerEnd(edge.accepter) }, viewer, now));
  add('Business status', edge.bizStatus);
  for (const [side, end] of [['Requester', edge.requester], ['Accepter', edge.accepter]] as const) {
    add(side, `${titleOf({ id: end.vpcId, name: end.vpcName })} · ${regionOfKey(end.regionId).regionId}`);
    add(`${side} account`, account(end.accountUid));
    add(`${side} CIDRs`, end.cidrs.join(', '));
    add(`${side} routes`, COVERAGE_TEXT[end.routes]);
  }
  add('Scope', edge.scope === 'interRegion' ? 'inter-region' : 'intra-region');
  add('Cross-account', edge.crossAccount);
  add('Bandwidth', edge.bandwidthMbps < 0 ? 'unlimited' : `${edge.bandwidthMbps} Mbps`);
  add('Link type', edge.linkType);
  add('CIDR overlap', edge.overlap ? edge.overlappingCidrs.join(', ') : 'none');
  add('Managed service', edge.managedService);
  add('Created', edge.createdAt && timeText(edge.createdAt, now));
  add('Acceptance deadline', edge.expiresAt && expiryText(edge.expiresAt, now));
  add('Description', edge.description);
}

/** The connection-shaped view `peerStatus` asks for; the graph keeps only what it draws. */
export function asPeerEnd(end: PeerEdge['requester']): { accountUid: string; regionId: string; vpcId: string; ipv4Cidrs: string[]; ipv6Cidrs: string[] } {
  return { accountUid: end.accountUid, regionId: end.regionId, vpcId: end.vpcId, ipv4Cidrs: end.cidrs.filter((c) => !c.includes(':')), ipv6Cidrs: end.cidrs.filter((c) => c.includes(':')) };
}

/** One line for a screen reader: kind, title and the first few facts. */
export function announcement(details: ElementDetails): string {
  const facts = details.rows.slice(0, 4).map(([label, value]) => `${label} ${value}`);
  const warning = details.warnings.length > 0 ? `, ${countOf(details.warnings.length, 'warning', 'warnings')}` : '';
  return `${details.kindName} ${details.title}${warning}. ${facts.join('; ')}`;
}
