// One Huawei Cloud profile's client: an access key pair, the endpoints (the public cloud's, or
// the emulator's one URL), one concurrency limit and retry policy for every request, and per
// region the SDK clients acting in the project IAM lists for that region. Its methods read and
// change VPCs, subnets, peerings and the routes through a peering, in the provider-neutral model.

import type { PeerConnection, RouteEntry, RouteTable, VSwitch, Vpc } from '../../model/types';
import type { RetryTuning } from '../accountClient';
import { ConcurrencyLimiter } from '../concurrencyLimiter';
import { DEFAULT_RETRY_TUNING } from '../retryPolicy';
import { HUAWEI_CLOUD_ENDPOINTS, type HuaweiCredentials, type HuaweiEndpoints } from './credentials';
import { listPeerings, listRouteTables, listSubnets, listVpcs, showPeeringWire, type PeeringFilter } from './inventoryReads';
import { toPeerConnection } from './mapping';
import { addPeeringRoute, removePeeringRoute, routesForPeering, type PeeringRoute, type PeeringRoutesOfVpc } from './peeringRoutes';
import { acceptPeering, createPeering, deletePeering, rejectPeering, updatePeering, type NewPeering, type PeeringChange } from './peeringWrites';
import { listProjects, projectOfRegion, type HuaweiProject } from './projects';
import type { RegionSession } from './regionSession';
import { HuaweiRequestRunner } from './requestRunner';
import { buildIamClient, buildRegionClients } from './sdk';

export interface HuaweiClientOptions {
  /**
   * The access key, or how to get it: asked on the first request (not when the client is built);
   * a failed attempt is asked again on the next request, so a secret stored later is picked up.
   */
  credentials: HuaweiCredentials | (() => Promise<HuaweiCredentials>);
  /** Default: the public cloud's. */
  endpoints?: HuaweiEndpoints;
  /** Most requests in flight at once (default 16). */
  maxConcurrent?: number;
  /** Time limit of one request, ms (default 15000). */
  timeoutMs?: number;
  retry?: Partial<RetryTuning>;
  /** Backoff jitter source in [0, 1); seed it in tests. */
  random?: () => number;
  /** `limit` of list pages (default 2000, the service's maximum). */
  pageSize?: number;
}

export class HuaweiCloudClient {
  readonly #options: HuaweiClientOptions;
  readonly #endpoints: HuaweiEndpoints;
  readonly #runner: HuaweiRequestRunner;
  readonly #closed = new AbortController();
  readonly #timeoutMs: number;
  #keys: Promise<HuaweiCredentials> | undefined;
  #secrets: readonly string[] = [];
  #projects: Promise<HuaweiProject[]> | undefined;
  readonly #sessions = new Map<string, Promise<RegionSession>>();

  constructor(options: HuaweiClientOptions) {
    this.#options = options;
    this.#endpoints = options.endpoints ?? HUAWEI_CLOUD_ENDPOINTS;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#runner = new HuaweiRequestRunner({
      limiter: new ConcurrencyLimiter(options.maxConcurrent ?? 16),
      tuning: { ...DEFAULT_RETRY_TUNING, ...options.retry },
      random: options.random ?? Math.random,
      endpoint: this.#endpoints.iam,
      secrets: () => this.#secrets,
      closed: this.#closed.signal,
    });
  }

  /** The account's projects (read once; a failed read is tried again next time). */
  projects(signal?: AbortSignal): Promise<HuaweiProject[]> {
    this.#projects ??= this.#credentials()
      .then((keys) => listProjects(this.#runner, buildIamClient(keys, this.#endpoints, this.#timeoutMs), signal))
      .catch((error: unknown) => {
        this.#projects = undefined;
        throw error;
      });
    return this.#projects;
  }

  /** The regions the account has a project in. */
  async regions(signal?: AbortSignal): Promise<string[]> {
    return (await this.projects(signal)).flatMap((project) => project.regionId ?? []);
  }

  /** The account ("domain") id. */
  async accountId(signal?: AbortSignal): Promise<string> {
    const [first] = await this.projects(signal);
    return first?.accountId ?? '';
  }

  /** The caller's project in a region, e.g. to give a peer who creates a peering with us. */
  async projectId(regionId: string, signal?: AbortSignal): Promise<string> {
    return (await this.#session(regionId, signal)).view.projectId;
  }

  async listVpcs(regionId: string, signal?: AbortSignal): Promise<Vpc[]> {
    return listVpcs(await this.#session(regionId, signal), signal);
  }

  async listSubnets(regionId: string, vpcId?: string, signal?: AbortSignal): Promise<VSwitch[]> {
    return listSubnets(await this.#session(regionId, signal), vpcId, signal);
  }

  async listRouteTables(regionId: string, vpcId: string, signal?: AbortSignal): Promise<{ tables: RouteTable[]; entries: RouteEntry[] }> {
    return listRouteTables(await this.#session(regionId, signal), vpcId, signal);
  }

  /** Every peering the caller's project is a side of, all pages; `ownVpcs` fill in their CIDRs. */
  async listPeerings(regionId: string, options: { filter?: PeeringFilter; ownVpcs?: readonly Vpc[]; signal?: AbortSignal } = {}): Promise<PeerConnection[]> {
    return listPeerings(await this.#session(regionId, options.signal), options.filter, options.ownVpcs, options.signal);
  }

  async showPeering(regionId: string, peeringId: string, signal?: AbortSignal): Promise<PeerConnection> {
    const session = await this.#session(regionId, signal);
    return toPeerConnection(await showPeeringWire(session, peeringId, signal), session.view);
  }

  async createPeering(regionId: string, input: NewPeering, signal?: AbortSignal): Promise<PeerConnection> {
    return createPeering(await this.#session(regionId, signal), input, signal);
  }

  /** As the peer tenant: its own client, in the same region. */
  async acceptPeering(regionId: string, peeringId: string, signal?: AbortSignal): Promise<PeerConnection> {
    return acceptPeering(await this.#session(regionId, signal), peeringId, signal);
  }

  async rejectPeering(regionId: string, peeringId: string, signal?: AbortSignal): Promise<PeerConnection> {
    return rejectPeering(await this.#session(regionId, signal), peeringId, signal);
  }

  async updatePeering(regionId: string, peeringId: string, change: PeeringChange, signal?: AbortSignal): Promise<PeerConnection> {
    return updatePeering(await this.#session(regionId, signal), peeringId, change, signal);
  }

  async deletePeering(regionId: string, peeringId: string, signal?: AbortSignal): Promise<void> {
    return deletePeering(await this.#session(regionId, signal), peeringId, signal);
  }

  async routesForPeering(regionId: string, peeringId: string, signal?: AbortSignal): Promise<PeeringRoutesOfVpc[]> {
    return routesForPeering(await this.#session(regionId, signal), peeringId, signal);
  }

  async addPeeringRoute(regionId: string, route: PeeringRoute, signal?: AbortSignal): Promise<RouteEntry> {
    return addPeeringRoute(await this.#session(regionId, signal), route, signal);
  }

  async removePeeringRoute(regionId: string, route: Pick<PeeringRoute, 'vpcId' | 'destination'>, signal?: AbortSignal): Promise<void> {
    return removePeeringRoute(await this.#session(regionId, signal), route, signal);
  }

  /** Ends every request in flight as aborted; the client takes no more. */
  close(): void {
    this.#closed.abort();
  }

  /** The access key, resolved once (a failure is tried again next time). */
  #credentials(): Promise<HuaweiCredentials> {
    const given = this.#options.credentials;
    this.#keys ??= (typeof given === 'function' ? given() : Promise.resolve(given)).then(
      (keys) => {
        this.#secrets = [keys.secretAccessKey, keys.securityToken ?? ''].filter(Boolean);
        return keys;
      },
      (error: unknown) => {
        this.#keys = undefined;
        throw error;
      },
    );
    return this.#keys;
  }

  #session(regionId: string, signal?: AbortSignal): Promise<RegionSession> {
    let session = this.#sessions.get(regionId);
    if (!session) {
      session = Promise.all([this.projects(signal), this.#credentials()]).then(([projects, keys]) => {
        const project = projectOfRegion(projects, regionId);
        const clients = buildRegionClients(keys, this.#endpoints, regionId, project.id, this.#timeoutMs);
        return {
          runner: this.#runner,
          clients,
          view: { regionId, projectId: project.id, accountId: project.accountId },
          pageSize: this.#options.pageSize ?? 2000,
        };
      });
      session.catch(() => this.#sessions.delete(regionId));
      this.#sessions.set(regionId, session);
    }
    return session;
  }
}
