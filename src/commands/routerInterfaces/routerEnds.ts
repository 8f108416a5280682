// The routers a router interface can sit on: every VPC's vRouter and every virtual border router
// the active profiles have loaded, with what a network engineer recognises them by (name, id,
// CIDR, account, region). Also reads an end from an arguments object.

import * as vscode from 'vscode';
import { capabilitiesOf } from '../../model/capabilities';
import { regionIdProblem, resourceIdProblem } from '../../model/validation';
import type { RouterInterface, RouterType } from '../../model/types';
import { valueOf } from '../../inventory/loadState';
import type { TopologyStore } from '../../inventory/store';
import { ArgumentError } from '../shared/arguments';
import type { PickItem } from '../wizard/prompter';
import { titleOf } from '../shared/resourceText';

export interface RouterEnd {
  profileId: string;
  /** The profile's label, e.g. `Sandbox · network-hub`. */
  accountName: string;
  accountUid: string;
  regionId: string;
  routerType: RouterType;
  /** `vrt-…` for a VPC, the `vbr-…` id itself for a VBR. */
  routerId: string;
  /** The VPC behind a vRouter. */
  vpcId?: string;
  name: string;
  /** VPC CIDRs, or the VBR's VLAN and gateway addresses. */
  addressing: string;
  /** VPC `Available`…, VBR `active`…. */
  status: string;
}

/** Every VPC and VBR of the active profiles whose cloud has router interfaces, as far as loaded. */
export function routerEnds(store: TopologyStore): RouterEnd[] {
  const ends: RouterEnd[] = [];
  for (const account of store.accounts()) {
    const accountUid = valueOf(account.identity)?.accountUid;
    if (!accountUid || !capabilitiesOf(account.profile.provider).expressConnect) continue;
    for (const region of valueOf(account.regions) ?? []) {
      const inventory = valueOf(store.region(account.profile.id, region.id));
      if (!inventory) continue;
      const base = { profileId: account.profile.id, accountName: account.profile.label, accountUid, regionId: region.id };
      for (const vpc of inventory.vpcs) {
        ends.push({
          ...base,
          routerType: 'VRouter',
          routerId: vpc.vRouterId,
          vpcId: vpc.id,
          name: vpc.name,
          addressing: [vpc.cidrBlock, ...vpc.secondaryCidrs].filter(Boolean).join(', '),
          status: vpc.status,
        });
      }
      for (const vbr of inventory.vbrs) {
        const vlan = vbr.vlanId !== undefined ? `VLAN ${vbr.vlanId}` : '';
        const gateways = vbr.localGatewayIp && vbr.peerGatewayIp ? `${vbr.localGatewayIp} ↔ ${vbr.peerGatewayIp}` : '';
        ends.push({ ...base, routerType: 'VBR', routerId: vbr.id, name: vbr.name, addressing: [vlan, gateways].filter(Boolean).join(' · '), status: vbr.status });
      }
    }
  }
  return ends;
}

/** `hub-transit-hz (vpc-…)` / `idc-dc1 (vbr-…)`. */
export function endLabel(end: RouterEnd): string {
  return titleOf({ id: end.vpcId ?? end.routerId, name: end.name });
}

/** `hub-transit-hz (vpc-…) in cn-hangzhou, Sandbox · network-hub`. */
export function endPlace(end: RouterEnd): string {
  return vscode.l10n.t('{0} in {1}, {2}', endLabel(end), end.regionId, end.accountName);
}

export function endItem(end: RouterEnd): PickItem<RouterEnd> {
  const kind = end.routerType === 'VBR' ? vscode.l10n.t('VBR') : vscode.l10n.t('VPC');
  return {
    label: end.name || (end.vpcId ?? end.routerId),
    description: [end.vpcId ?? end.routerId, end.addressing].filter(Boolean).join(' · '),
    detail: `${kind} · ${end.regionId} · ${end.accountName} · ${end.status}`,
    value: end,
  };
}

/** The router interfaces the store knows on this router. */
export function interfacesOnRouter(store: TopologyStore, end: RouterEnd): RouterInterface[] {
  return (valueOf(store.region(end.profileId, end.regionId))?.routerInterfaces ?? []).filter((ri) => ri.routerId === end.routerId);
}

/** An interface pair that already links these two routers (one pair is allowed between two routers). */
export function existingLink(store: TopologyStore, a: RouterEnd, b: RouterEnd): RouterInterface | undefined {
  return (
    interfacesOnRouter(store, a).find((ri) => ri.opposite.routerId === b.routerId) ??
    interfacesOnRouter(store, b).find((ri) => ri.opposite.routerId === a.routerId)
  );
}

/**
 * An end from an arguments object: `{ profileId, regionId, routerType?, routerId? | vpcId? }`.
 * The router must be loaded in that profile (refresh first if it was just created).
 */
export function endFromArguments(store: TopologyStore, value: unknown, field: string): RouterEnd {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArgumentError(vscode.l10n.t('"{0}" must be an object such as { "profileId": "…", "regionId": "cn-hangzhou", "vpcId": "vpc-…" }.', field));
  }
  const raw = value as Record<string, unknown>;
  const text = (key: string): string | undefined => {
    const v = raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw new ArgumentError(vscode.l10n.t('"{0}.{1}" must be a string.', field, key));
    return v;
  };
  const profileId = text('profileId');
  const regionId = text('regionId');
  const routerType = text('routerType');
  const routerId = text('routerId');
  const vpcId = text('vpcId');
  if (!profileId) throw new ArgumentError(vscode.l10n.t('"{0}.profileId" is required: the profile whose account owns the router.', field));
  const account = store.account(profileId);
  if (!account) throw new ArgumentError(vscode.l10n.t('The profile "{0}" is not active.', profileId));
  const cloud = capabilitiesOf(account.profile.provider);
  if (!cloud.expressConnect) throw new ArgumentError(vscode.l10n.t('{0} has no router interfaces: the profile "{1}" cannot be an end of a router interface connection.', cloud.displayName, account.profile.label));
  if (regionId === undefined) throw new ArgumentError(vscode.l10n.t('"{0}.regionId" is required.', field));
  const regionProblem = regionIdProblem(regionId, `"${field}.regionId"`);
  if (regionProblem) throw new ArgumentError(regionProblem);
  if (routerType !== undefined && routerType !== 'VRouter' && routerType !== 'VBR') {
    throw new ArgumentError(vscode.l10n.t('"{0}.routerType" must be VRouter or VBR; got "{1}".', field, routerType));
  }
  if (routerId === undefined && vpcId === undefined) throw new ArgumentError(vscode.l10n.t('"{0}" needs "routerId" (vrt-… or vbr-…) or "vpcId".', field));
  const type: RouterType = routerType === 'VBR' || (routerType === undefined && routerId?.startsWith('vbr-')) ? 'VBR' : 'VRouter';
  if (vpcId !== undefined) {
    if (type === 'VBR') throw new ArgumentError(vscode.l10n.t('"{0}.vpcId" cannot be given for a VBR; give "routerId" (vbr-…).', field));
    const problem = resourceIdProblem('vpc', vpcId, `"${field}.vpcId"`);
    if (problem) throw new ArgumentError(problem);
  }
  if (routerId !== undefined) {
    const problem = resourceIdProblem(type === 'VBR' ? 'vbr' : 'vRouter', routerId, `"${field}.routerId"`);
    if (problem) throw new ArgumentError(problem);
  }
  const end = routerEnds(store).find(
    (e) =>
      e.profileId === profileId &&
      e.regionId === regionId &&
      e.routerType === type &&
      (routerId === undefined || e.routerId === routerId) &&
      (vpcId === undefined || e.vpcId === vpcId),
  );
  if (!end) {
    throw new ArgumentError(
      vscode.l10n.t('{0} {1} is not among the loaded resources of {2} in {3}: check the id and the region, or refresh.', field, vpcId ?? routerId ?? '', profileId, regionId),
    );
  }
  return end;
}
