// Keeps one cloud client per active profile and hands them to the topology store. Changing the
// active profiles (or the settings that shape clients) replaces the store's sources, which
// aborts the old loads and drops their data at once. The store gets the profiles at once; their
// clients wait for the cloud layer, which loads on a later turn (deferredAccountClient.ts), so the
// account rows do not wait for it.

import type { AccountClient, AccountClientOptions, RequestEvent } from '../cloud/accountClient';
import type { ProfileSpec } from '../cloud/profiles';
import type { HuaweiTenantDirectory } from '../cloud/huawei/tenantDirectory';
import type { TopologyStore } from '../inventory/store';
import { cloudLayer } from './cloudLayer';
import { type DeferredAccountClient, deferredAccountClient } from './deferredAccountClient';
import type { ProfileRegistry } from './profileRegistry';

export interface ClientSettings {
  maxConcurrent: number;
  readTimeoutMs: number;
}

export class AccountSession {
  private clients = new Map<string, { spec: ProfileSpec; client: DeferredAccountClient }>();
  private huaweiTenants?: HuaweiTenantDirectory;
  private settings: ClientSettings;

  constructor(
    private readonly registry: ProfileRegistry,
    private readonly store: TopologyStore,
    settings: ClientSettings,
    private readonly onRequest: (event: RequestEvent) => void,
    /** Clients are built once this settles (extension.ts: once the explorer view has its first rows). */
    private readonly buildAfter?: Promise<void>,
  ) {
    this.settings = settings;
  }

  /** Brings clients and store in line with the registry's active profiles. */
  sync(): void {
    const active = this.registry.active();
    const next = new Map<string, { spec: ProfileSpec; client: DeferredAccountClient }>();
    for (const spec of active) {
      const existing = this.clients.get(spec.id);
      if (existing && sameSpec(existing.spec, spec)) {
        next.set(spec.id, existing);
      } else {
        next.set(spec.id, { spec, client: this.build(spec) });
      }
    }
    for (const [id, { client }] of this.clients) {
      if (next.get(id)?.client !== client) client.close();
    }
    const kept = [...next.keys()].filter((id) => this.clients.get(id) === next.get(id));
    const added = [...next.keys()].filter((id) => !kept.includes(id));
    this.clients = next;
    this.store.setSources([...next.values()].map(({ spec, client }) => ({ profile: spec, client })));
    // A Huawei peering names its far side by project until a profile of that tenant is known
    // (cloud/huawei/tenantDirectory.ts): a tenant that joins the session renames it in the other
    // tenants' listings, so those are read again.
    const provider = (id: string) => next.get(id)?.spec.provider;
    const huaweiJoined = added.some((id) => provider(id) === 'huawei');
    if (huaweiJoined) for (const id of kept.filter((k) => provider(k) === 'huawei')) void this.store.refreshAccount(id).catch(() => undefined);
  }

  /** New timeouts or concurrency: rebuild every client (their loads restart). */
  updateSettings(settings: ClientSettings): void {
    if (settings.maxConcurrent === this.settings.maxConcurrent && settings.readTimeoutMs === this.settings.readTimeoutMs) {
      return;
    }
    this.settings = settings;
    for (const { client } of this.clients.values()) client.close();
    this.clients.clear();
    this.sync();
  }

  client(profileId: string): AccountClient | undefined {
    return this.clients.get(profileId)?.client;
  }

  /** Settles once the active profiles' clients are built (the cloud layer loaded), or failed to be. */
  async built(): Promise<void> {
    await Promise.all([...this.clients.values()].map(({ client }) => client.built));
  }

  dispose(): void {
    for (const { client } of this.clients.values()) client.close();
    this.clients.clear();
  }

  private build(spec: ProfileSpec): DeferredAccountClient {
    const options: AccountClientOptions = {
      maxConcurrent: this.settings.maxConcurrent,
      readTimeoutMs: this.settings.readTimeoutMs,
      instrumented: this.onRequest,
      userAgent: 'vpc-peering-topology',
    };
    // The first client built loads the cloud layer (dist/cloud.js).
    return deferredAccountClient(
      spec,
      () => {
        const layer = cloudLayer();
        // One directory for the session's Huawei tenants: a peering between two of them names both accounts.
        this.huaweiTenants ??= new layer.HuaweiTenantDirectory();
        return layer.createAccountClient(spec, this.registry.secretProvider, options, this.huaweiTenants);
      },
      this.buildAfter,
    );
  }
}

function sameSpec(a: ProfileSpec, b: ProfileSpec): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
