// An account client whose calls wait until the cloud layer (dist/cloud.js) has loaded and the real
// client is built. The store can then take a profile's account at once — its row shows with its
// regions loading — instead of after the cloud layer's load, the longest step of a first start.
// The real client is built on a later turn of the event loop, so the change that made the profile
// active (the tree's rows with it) finishes first, and not before `after` settles (the session
// holds the first build until the explorer view has its rows: see extension.ts). Every method of
// a client returns a promise, so waiting inside one changes nothing for its callers.

import type { AccountClient, InventoryReader, Operations } from '../cloud/accountClient';
import type { ProfileSpec } from '../cloud/profiles';

/** Every method of T, named once; a member that does not return a promise does not type-check. */
type AsyncMethods<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => Promise<unknown> ? true : never };

const READER_METHODS: AsyncMethods<InventoryReader> = {
  describeRegions: true,
  listVpcsPage: true,
  listVpcs: true,
  listPeerConnectionsPage: true,
  listPeerConnections: true,
  getPeerConnection: true,
  listVSwitches: true,
  listRouteTables: true,
  listVbrRouteTables: true,
  listRouteEntries: true,
  listRouterInterfaces: true,
  listVbrs: true,
  listBgpGroups: true,
  listBgpPeers: true,
};

const OPERATION_METHODS: AsyncMethods<Operations> = {
  createPeerConnection: true,
  acceptPeerConnection: true,
  rejectPeerConnection: true,
  modifyPeerConnection: true,
  deletePeerConnection: true,
  createRouteEntry: true,
  deleteRouteEntry: true,
  createRouterInterface: true,
  modifyRouterInterfaceAttribute: true,
  connectRouterInterface: true,
  activateRouterInterface: true,
  deactivateRouterInterface: true,
  deleteRouterInterface: true,
  createBgpGroup: true,
  modifyBgpGroup: true,
  deleteBgpGroup: true,
  createBgpPeer: true,
  modifyBgpPeer: true,
  deleteBgpPeer: true,
};

export interface DeferredAccountClient extends AccountClient {
  /** Settles once the real client is built, or building it failed (its calls then reject). */
  readonly built: Promise<void>;
}

/**
 * `build` runs once, on a later turn of the event loop once `after` has settled; a client closed
 * before then is closed once built.
 */
export function deferredAccountClient(profile: ProfileSpec, build: () => AccountClient, after?: Promise<void>): DeferredAccountClient {
  let closed = false;
  let client: AccountClient | undefined;
  const real = new Promise<AccountClient>((resolve, reject) => {
    const buildNow = () => {
      try {
        client = build();
        if (closed) client.close();
        resolve(client);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    if (after) void after.finally(() => setImmediate(buildNow));
    else setImmediate(buildNow);
  });
  // Handled here too, so a build that fails before any call is no unhandled rejection.
  const built = real.then(
    () => undefined,
    () => undefined,
  );
  return {
    profile,
    identity: async (o) => (await real).identity(o),
    reader: forwarding(READER_METHODS, async () => (await real).reader),
    operations: forwarding(OPERATION_METHODS, async () => (await real).operations),
    close() {
      closed = true;
      client?.close();
    },
    built,
  };
}

/** An object with T's methods, each calling the same method of the object `target` resolves to. */
function forwarding<T>(methods: AsyncMethods<T>, target: () => Promise<T>): T {
  const forwarder: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of Object.keys(methods)) {
    forwarder[name] = async (...args) => {
      const object = await target();
      const method = object[name as keyof T] as (...args: unknown[]) => Promise<unknown>;
      return method.apply(object, args);
    };
  }
  return forwarder as T;
}
