// Keeps one cloud client per active profile and hands them to the topology store. Changing the
// active profiles (or the settings that shape clients) replaces the store's sources, which
// aborts the old loads and drops their data at once.

import type { AccountClient, AccountClientOptions, RequestEvent } from '../cloud/accountClient';
import type { ProfileSpec } from '../cloud/profiles';
import type { TopologyStore } from '../inventory/store';
import { cloudLayer } from './cloudLayer';
import type { ProfileRegistry } from './profileRegistry';

export interface ClientSettings {
  maxConcurrent: number;
  readTimeoutMs: number;
}

export class AccountSession {
  private clients = new Map<string, { spec: ProfileSpec; client: AccountClient }>();
  private settings: ClientSettings;

  constructor(
    private readonly registry: ProfileRegistry,
    private readonly store: TopologyStore,
    settings: ClientSettings,
    private readonly onRequest: (event: RequestEvent) => void,
  ) {
    this.settings = settings;
  }

  /** Brings clients and store in line with the registry's active profiles. */
  sync(): void {
    const active = this.registry.active();
    const next = new Map<string, { spec: ProfileSpec; client: AccountClient }>();
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
    this.clients = next;
    this.store.setSources([...next.values()].map(({ spec, client }) => ({ profile: spec, client })));
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

  dispose(): void {
    for (const { client } of this.clients.values()) client.close();
    this.clients.clear();
  }

  private build(spec: ProfileSpec): AccountClient {
    const options: AccountClientOptions = {
      maxConcurrent: this.settings.maxConcurrent,
      readTimeoutMs: this.settings.readTimeoutMs,
      instrumented: this.onRequest,
      userAgent: 'vpc-peering-topology',
    };
    // The first client loads the cloud layer (dist/cloud.js).
    return cloudLayer().createAccountClient(spec, this.registry.secretProvider, options);
  }
}

function sameSpec(a: ProfileSpec, b: ProfileSpec): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
