// Following BGP groups and peers through Pending / Modifying / Deleting until they are Available
// or gone (Terraform waits up to 5 min), reporting each observed status.

import * as vscode from 'vscode';
import type { AccountClient } from '../../cloud/accountClient';
import { waitFor, waitUntilGone } from '../../cloud/waitFor';
import type { BgpGroup, BgpPeer } from '../../model/types';
import type { OperationControl } from '../operation/operationControl';

const TIMING = { initialDelayMs: 500, maxDelayMs: 5000, factor: 1.5 };

export interface BgpGroupHandle {
  client: AccountClient;
  regionId: string;
  vbrId: string;
  bgpGroupId: string;
}

export interface BgpPeerHandle {
  client: AccountClient;
  regionId: string;
  bgpPeerId: string;
}

export async function readBgpGroup(handle: BgpGroupHandle, signal?: AbortSignal): Promise<BgpGroup | undefined> {
  const groups = await handle.client.reader.listBgpGroups(handle.regionId, handle.vbrId, { signal });
  return groups.find((g) => g.id === handle.bgpGroupId);
}

export async function readBgpPeer(handle: BgpPeerHandle, signal?: AbortSignal): Promise<BgpPeer | undefined> {
  const peers = await handle.client.reader.listBgpPeers(handle.regionId, { bgpPeerId: handle.bgpPeerId }, { signal });
  return peers.find((p) => p.id === handle.bgpPeerId);
}

function observed(control: OperationControl, id: string) {
  return (value: { status: string } | undefined) => control.report(vscode.l10n.t('{0}: {1}', id, value?.status ?? vscode.l10n.t('gone')));
}

export async function followBgpGroupAvailable(handle: BgpGroupHandle, control: OperationControl): Promise<BgpGroup> {
  const group = await waitFor((signal) => readBgpGroup(handle, signal), (g) => g === undefined || g.status === 'Available', {
    ...TIMING,
    signal: control.signal,
    description: `${handle.bgpGroupId} to be Available`,
    onObserved: observed(control, handle.bgpGroupId),
  });
  if (!group) throw new Error(vscode.l10n.t('The BGP group {0} disappeared while waiting for it to be Available.', handle.bgpGroupId));
  return group;
}

export async function followBgpPeerAvailable(handle: BgpPeerHandle, control: OperationControl): Promise<BgpPeer> {
  const peer = await waitFor((signal) => readBgpPeer(handle, signal), (p) => p === undefined || p.status === 'Available', {
    ...TIMING,
    signal: control.signal,
    description: `${handle.bgpPeerId} to be Available`,
    onObserved: observed(control, handle.bgpPeerId),
  });
  if (!peer) throw new Error(vscode.l10n.t('The BGP peer {0} disappeared while waiting for it to be Available.', handle.bgpPeerId));
  return peer;
}

export async function followBgpPeerGone(handle: BgpPeerHandle, control: OperationControl): Promise<void> {
  await waitUntilGone((signal) => readBgpPeer(handle, signal), {
    ...TIMING,
    signal: control.signal,
    description: `${handle.bgpPeerId} to be deleted`,
    onObserved: observed(control, handle.bgpPeerId),
  });
}
