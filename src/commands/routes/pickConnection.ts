// A wizard step that picks a peer connection the active profiles see: its name, id and status,
// and both ends as the engineer knows them (VPC name, CIDRs, region, account).

import * as vscode from 'vscode';
import type { PeerConnection, PeerEnd, PeerStatus } from '../../model/types';
import type { TopologyStore } from '../../inventory/store';
import { BACK, type PickItem } from '../wizard/prompter';
import type { WizardStep } from '../wizard/wizard';

/** Every connection the store knows, once each, in name order. */
export function knownConnections(store: TopologyStore, statuses: readonly PeerStatus[]): PeerConnection[] {
  const byId = new Map<string, PeerConnection>();
  for (const region of store.snapshot().regions) {
    for (const connection of region.peerConnections) {
      if (statuses.includes(connection.status) && !byId.has(connection.id)) byId.set(connection.id, connection);
    }
  }
  return [...byId.values()].sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id));
}

export function describeEnd(store: TopologyStore, end: PeerEnd): string {
  const resolved = store.resolveEnd(end);
  const name = resolved.kind === 'vpc' && resolved.vpc.name ? resolved.vpc.name : end.vpcId;
  const account = resolved.kind === 'vpc' ? store.account(resolved.profileId)?.profile.label ?? end.accountUid : end.accountUid;
  const cidrs = end.ipv4Cidrs.join(', ');
  return `${name}${cidrs ? ` ${cidrs}` : ''} (${end.regionId}, ${account})`;
}

export function connectionItem(store: TopologyStore, connection: PeerConnection): PickItem<string> {
  return {
    label: connection.name || connection.id,
    description: `${connection.id} · ${connection.status}`,
    detail: `${describeEnd(store, connection.requester)} ↔ ${describeEnd(store, connection.accepter)}`,
    value: connection.id,
  };
}

export interface ConnectionChoice {
  given: { connectionId?: string };
  connectionId?: string;
}

/**
 * Picks one of the connections in `statuses`; `afterPick` runs once a connection is chosen (e.g.
 * to load its route tables) before the wizard moves on.
 */
export function connectionStep<S extends ConnectionChoice>(
  store: TopologyStore,
  options: { title: string; statuses: readonly PeerStatus[]; none: string; afterPick: (state: S) => Promise<void> },
): WizardStep<S> {
  return {
    shouldPrompt: (s) => !s.given.connectionId,
    async prompt(s, prompter, position) {
      const connections = knownConnections(store, options.statuses);
      if (connections.length === 0) throw new Error(options.none);
      const chosen = await prompter.pick(
        connections.map((c) => connectionItem(store, c)),
        { ...position, title: options.title, placeholder: vscode.l10n.t('Peer connection (name, id, VPCs, CIDRs)') },
      );
      if (chosen === BACK) return BACK;
      s.connectionId = chosen;
      await options.afterPick(s);
    },
  };
}
