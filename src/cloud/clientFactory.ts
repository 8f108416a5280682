// The one place SDK clients are built for a profile: the VPC client per region (the SDK's own
// endpoint rules pick the host from the region), the generic openapi-core client for VpcPeer
// (one central endpoint; no product SDK is available) and for STS. An endpoint override (the
// sandbox emulator, a private gateway) sends every product to that host instead. No retry
// options are given to the SDK: retrying happens in requestRunner.ts, where it is uniform and
// observable.

import type Credential from '@alicloud/credentials';
import OpenApi, { $OpenApiUtil } from '@alicloud/openapi-core';
import VpcClient from '@alicloud/vpc20160428';
import * as $dara from '@darabonba/typescript';
import type { EndpointOverride } from './profiles';

/**
 * The products called through the generic client: each is served from one central endpoint for
 * every region (the region is a parameter), in one API version.
 */
const RPC_PRODUCTS = {
  vpcpeer: { endpoint: 'vpcpeer.aliyuncs.com', version: '2022-01-01' },
  sts: { endpoint: 'sts.aliyuncs.com', version: '2015-04-01' },
} as const;

export type RpcProduct = keyof typeof RPC_PRODUCTS;
export type Product = 'vpc' | RpcProduct;

/** Parameters of a VpcPeer or STS action. */
export type WireParams = Record<string, unknown>;

export interface ClientFactoryOptions {
  credential: Credential;
  endpoint?: EndpointOverride;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  userAgent?: string;
}

/** Request shape every VpcPeer and STS action uses (the official SDKs' values). */
function rpcParams(action: string, version: string): $OpenApiUtil.Params {
  return new $OpenApiUtil.Params({
    action,
    version,
    protocol: 'HTTPS',
    pathname: '/',
    method: 'POST',
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json',
  });
}

export class ClientFactory {
  readonly #options: ClientFactoryOptions;
  readonly #vpcByRegion = new Map<string, VpcClient>();
  readonly #rpcClients = new Map<RpcProduct, OpenApi>();
  #runtime: $dara.RuntimeOptions | undefined;

  constructor(options: ClientFactoryOptions) {
    this.#options = options;
  }

  /** The VPC 2016-04-28 client for a region, built once and cached. */
  vpc(regionId: string): VpcClient {
    let client = this.#vpcByRegion.get(regionId);
    if (!client) {
      client = new VpcClient(this.#config({ regionId }));
      this.#vpcByRegion.set(regionId, client);
    }
    return client;
  }

  /** The generic client for VpcPeer 2022-01-01 or STS 2015-04-01, built once and cached. */
  rpcClient(product: RpcProduct): OpenApi {
    let client = this.#rpcClients.get(product);
    if (!client) {
      client = new OpenApi(this.#config({ endpoint: RPC_PRODUCTS[product].endpoint }));
      this.#rpcClients.set(product, client);
    }
    return client;
  }

  /**
   * Sends one VpcPeer or STS action and resolves to its JSON body. Parameters go in the form
   * body, where the official VpcPeer SDK puts all but the list filters `Tags` and
   * `ResourceGroupId` (query; nothing here sends those). Undefined values are left out, so the
   * service applies its own defaults (the SDK would send them as the text "undefined").
   */
  async callRpc<T>(product: RpcProduct, action: string, runtime: $dara.RuntimeOptions, params?: WireParams): Promise<T> {
    const body = params && Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
    const response = await this.rpcClient(product).callApi(rpcParams(action, RPC_PRODUCTS[product].version), new $OpenApiUtil.OpenApiRequest({ body }), runtime);
    return response.body as T;
  }

  /** Host a product's requests go to, for error hints and logs. */
  endpointFor(product: Product, regionId?: string): string {
    if (this.#options.endpoint) return this.#options.endpoint.endpoint;
    if (product !== 'vpc') return RPC_PRODUCTS[product].endpoint;
    return regionId ? this.vpc(regionId)._endpoint : 'vpc.aliyuncs.com';
  }

  /**
   * The runtime options every request is sent with: the time limits (the SDK's default would be
   * 3 s each). One object for all requests: the SDK only reads it.
   */
  runtime(): $dara.RuntimeOptions {
    this.#runtime ??= new $dara.RuntimeOptions({
      connectTimeout: this.#options.connectTimeoutMs,
      readTimeout: this.#options.readTimeoutMs,
    });
    return this.#runtime;
  }

  /** Forgets every client. */
  clear(): void {
    this.#vpcByRegion.clear();
    this.#rpcClients.clear();
  }

  #config(target: { regionId?: string; endpoint?: string }): $OpenApiUtil.Config {
    const override = this.#options.endpoint;
    return new $OpenApiUtil.Config({
      credential: this.#options.credential,
      regionId: target.regionId,
      endpoint: override ? override.endpoint : target.endpoint,
      protocol: override ? override.protocol : 'https',
      connectTimeout: this.#options.connectTimeoutMs,
      readTimeout: this.#options.readTimeoutMs,
      userAgent: this.#options.userAgent,
    });
  }

  toString(): string {
    return '[ClientFactory]';
  }
}
