// Shared set-up for the cloud layer's emulator tests: a running emulator, and account clients
// built exactly as the extension builds them (real SDK, real signatures, over HTTP).

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AccountClient, AccountClientOptions, InventoryReader, SecretProvider } from '../../../src/cloud/accountClient';
import { createAccountClient } from '../../../src/cloud/createAccountClient';
import { isCloudError } from '../../../src/cloud/errors';
import type { ProfileSpec } from '../../../src/cloud/profiles';
import { seededRandom } from '../../../src/model/seededRandom';
import { waitFor } from '../../../src/cloud/waitFor';
import type { EmulatorAccount, RunningEmulator } from '../../../src/emulator';
import type { PeerConnection, PeerStatus, RegionInventory, Vpc } from '../../../src/model/types';
import { accountOf, useEmulator } from '../emulator/fixture';

export type Emulator = RunningEmulator;
export type { EmulatorAccount };
/** The emulator's lifecycle and account look-up are the emulator tests' own (emulator-fixture). */
export { useEmulator };
export const account = accountOf;

/** The sandbox profile for an emulator account, as the extension builds it. */
export function sandboxProfile(emulator: Emulator, who: EmulatorAccount): ProfileSpec {
  const [host, port] = emulator.endpoint.split(':');
  return {
    id: `sandbox-${who.name}`,
    label: `Sandbox (${who.name})`,
    kind: 'sandbox',
    accessKeyId: who.accessKeyId,
    endpoint: { endpoint: `${host}:${port}`, protocol: 'http' },
  };
}

export function secretOf(secret: string | undefined): SecretProvider {
  return { accessKeySecret: async () => secret };
}

/** Small backoff so retries stay fast; seeded jitter so runs repeat. */
export const FAST_RETRY: AccountClientOptions['retry'] = { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 40, maxTotalMs: 10_000 };

/** A client for an emulator account. */
export function clientFor(emulator: Emulator, who: EmulatorAccount, options: AccountClientOptions = {}): AccountClient {
  return createAccountClient(sandboxProfile(emulator, who), secretOf(who.accessKeySecret), {
    retry: FAST_RETRY,
    random: seededRandom(42),
    readTimeoutMs: 5_000,
    ...options,
  });
}

/** One ClientToken per logical operation. */
export function token(): string {
  return randomUUID();
}

export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id));
}

/** Everything the reader returns for one account and region, shaped like the emulator's truth. */
export async function readInventory(reader: InventoryReader, accountUid: string, regionId: string): Promise<RegionInventory> {
  const [vpcs, peerConnections, routerInterfaces, vbrs, bgpGroups, bgpPeers] = await Promise.all([
    reader.listVpcs(regionId),
    reader.listPeerConnections(regionId),
    reader.listRouterInterfaces(regionId),
    reader.listVbrs(regionId),
    reader.listBgpGroups(regionId),
    reader.listBgpPeers(regionId, {}),
  ]);
  const routeTables = (
    await Promise.all([...vpcs.map((v) => reader.listRouteTables(regionId, v.id)), ...vbrs.map((v) => reader.listVbrRouteTables(regionId, v.id))])
  ).flat();
  const routeEntries = (await Promise.all(routeTables.map((t) => reader.listRouteEntries(regionId, t.id)))).flat();
  return { accountUid, regionId, vpcs, peerConnections, routerInterfaces, vbrs, bgpGroups, bgpPeers, routeTables, routeEntries };
}

export function sortedInventory(inventory: RegionInventory): RegionInventory {
  return {
    ...inventory,
    vpcs: byId(inventory.vpcs),
    peerConnections: byId(inventory.peerConnections),
    routerInterfaces: byId(inventory.routerInterfaces),
    vbrs: byId(inventory.vbrs),
    bgpGroups: byId(inventory.bgpGroups),
    bgpPeers: byId(inventory.bgpPeers),
    routeTables: byId(inventory.routeTables ?? []),
    routeEntries: byId(inventory.routeEntries ?? []),
  };
}


/** Fast polling for transitions of a few tens of milliseconds. */
export const POLL = { initialDelayMs: 5, maxDelayMs: 20, timeoutMs: 5_000 };

export function waitPeer(client: AccountClient, id: string, status: PeerStatus): Promise<PeerConnection | undefined> {
  return waitFor((signal) => client.reader.getPeerConnection(id, { signal }), (p) => p?.status === status, { ...POLL, description: `${id} ${status}` });
}

export function rejectsWith(code: string, hint?: RegExp) {
  return (e: unknown): boolean => {
    assert.ok(isCloudError(e), `not a CloudError: ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (hint) assert.match(e.hint, hint);
    return true;
  };
}

let vpcCounter = 0;
/** A fresh VPC with one vSwitch, in 172.16.0.0/12, away from the demo's address plan. */
export function freshVpc(emulator: Emulator, accountName: string, regionId: string): Vpc {
  const n = vpcCounter++;
  const prefix = `172.${16 + (n >> 8)}.${n & 255}`;
  return emulator.world.addVpc(accountName, regionId, {
    cidrBlock: `${prefix}.0/24`,
    name: `ops-${n}`,
    vSwitches: [{ cidrBlock: `${prefix}.0/26` }],
  });
}


/** Two fresh VPCs of one account, peered and Activated: a valid `VpcPeer` next hop for routes. */
export async function peeredPair(emulator: Emulator, client: AccountClient, accountName: string, regionId: string): Promise<{ a: Vpc; b: Vpc; pcc: string }> {
  const a = freshVpc(emulator, accountName, regionId);
  const b = freshVpc(emulator, accountName, regionId);
  const created = await client.operations.createPeerConnection(
    { regionId, vpcId: a.id, acceptingAccountUid: account(emulator, accountName).uid, acceptingRegionId: regionId, acceptingVpcId: b.id },
    { clientToken: token() },
  );
  const pcc = created.id ?? '';
  await waitPeer(client, pcc, 'Activated');
  return { a, b, pcc };
}
