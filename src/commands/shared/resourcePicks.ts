// One picker item per kind of resource, the same in every command: the name as the label (the id
// when there is none), then the id and the facts that tell similar resources apart, then where
// it is (router, region, account). The value is the id, so a script can pick by id or by label.

import * as vscode from 'vscode';
import { valueOf } from '../../inventory/loadState';
import type { TopologyStore } from '../../inventory/store';
import { expiryHint } from '../../model/timeText';
import type { BgpPeer, Vpc } from '../../model/types';
import { oppositeTitle } from '../../views/explorer/routerInterfaceNodes';
import type { PickItem } from '../wizard/prompter';
import type { LoadedResource, TargetKind, TargetResources } from './loadedResources';
import { endText, profileName, routerTitle, titleOf, vbrTitle, vpcCidrs } from './resourceText';

/** Label and description: `name` / `id · facts…`, or `id` / `facts…` without a name. */
export function namedItem(resource: { id: string; name?: string }, facts: ReadonlyArray<string | undefined>, detail: string | undefined, label?: string): PickItem<string> {
  const shown = label || resource.name || resource.id;
  return {
    label: shown,
    description: [shown === resource.id ? '' : resource.id, ...facts].filter(Boolean).join(' · '),
    detail,
    value: resource.id,
  };
}

type ItemOf<K extends TargetKind> = (store: TopologyStore, loaded: LoadedResource<K>) => PickItem<string>;

const ITEMS: { [K in TargetKind]: ItemOf<K> } = {
  vpc: (store, loaded) => {
    const vpc: TargetResources['vpc'] = loaded.resource;
    return vpcItem(vpc, [vpc.regionId, profileName(store, loaded.profileId)].join(' · '));
  },
  peerConnection: (store, loaded) => {
    const c = loaded.resource;
    const expiry = c.expiresAt ? (expiryHint(c.expiresAt, Date.now()) ?? '') : '';
    return namedItem(c, [c.status, expiry], `${endText({ store }, c.requester)}  →  ${endText({ store }, c.accepter)}`);
  },
  routerInterface: (store, loaded) => {
    const ri = loaded.resource;
    const role = ri.role === 'InitiatingSide' ? vscode.l10n.t('initiating') : vscode.l10n.t('accepting');
    const opposite = oppositeTitle(store, ri) ?? vscode.l10n.t('no opposite set');
    const where = `${routerTitle(store, loaded.profileId, ri)} → ${opposite} (${ri.opposite.regionId ?? '?'})`;
    return namedItem(ri, [ri.status, role, ri.spec], [where, ri.regionId, profileName(store, loaded.profileId)].join(' · '));
  },
  vbr: (store, loaded) => {
    const vbr = loaded.resource;
    const gateways = vbr.localGatewayIp && vbr.peerGatewayIp ? `${vbr.localGatewayIp} ↔ ${vbr.peerGatewayIp}` : '';
    return namedItem(vbr, [vbr.vlanId !== undefined ? `VLAN ${vbr.vlanId}` : '', gateways, vbr.status], [vbr.regionId, profileName(store, loaded.profileId)].join(' · '));
  },
  bgpGroup: (store, loaded) => {
    const group = loaded.resource;
    const peers = bgpPeersOnVbr(store, loaded.profileId, group.regionId, group.vbrId).length;
    const detail = vscode.l10n.t('{0} · {1} · {2} · {3} of 8 peers on the VBR', vbrTitle(store, loaded.profileId, group.regionId, group.vbrId), group.regionId, profileName(store, loaded.profileId), peers);
    return namedItem(group, [`AS${group.localAsn} ↔ AS${group.peerAsn}`, group.ipVersion, group.status], detail);
  },
  bgpPeer: (store, loaded) => {
    const peer = loaded.resource;
    const bfd = peer.enableBfd ? vscode.l10n.t('BFD multi-hop {0}', peer.bfdMultiHop ?? 255) : vscode.l10n.t('BFD off');
    const group = valueOf(store.region(loaded.profileId, peer.regionId))?.bgpGroups.find((g) => g.id === peer.bgpGroupId);
    const where = [group ? titleOf(group) : peer.bgpGroupId, `AS${peer.localAsn} ↔ AS${peer.peerAsn}`, vbrTitle(store, loaded.profileId, peer.regionId, peer.vbrId), peer.regionId, profileName(store, loaded.profileId)];
    return namedItem(peer, [peer.bgpStatus, peer.status, bfd], where.join(' · '), peer.peerIpAddress);
  },
};

/** A VPC's item with the detail the picker needs (where it is, what it is joined to). */
export function vpcItem(vpc: Pick<Vpc, 'id' | 'name' | 'cidrBlock' | 'secondaryCidrs' | 'ipv6Cidrs'>, detail?: string): PickItem<string> {
  return namedItem(vpc, [vpcCidrs(vpc).join(', ')], detail);
}

/** The picker item of a loaded resource; its value is the resource's id. */
export function pickItem<K extends TargetKind>(store: TopologyStore, kind: K, loaded: LoadedResource<K>): PickItem<string> {
  return (ITEMS[kind] as ItemOf<K>)(store, loaded);
}

/** BGP peers on the VBR, whatever their group (the group's item, and the quota's hint when a create is refused). */
export function bgpPeersOnVbr(store: TopologyStore, profileId: string, regionId: string, vbrId: string): BgpPeer[] {
  return valueOf(store.region(profileId, regionId))?.bgpPeers.filter((p) => p.vbrId === vbrId) ?? [];
}
