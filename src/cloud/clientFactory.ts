// The one place SDK clients are built for a profile: the VPC client per region (the SDK's own
// endpoint rules pick the host from the region), the generic openapi-core client for VpcPeer
// (one central endpoint) and for STS. An endpoint override (the sandbox emulator, a private
// gateway) sends every product to that host instead. No retry options are given to the SDK:
// retrying happens in requestRunner.ts, where it is uniform and observable.

import type Credential from '@alicloud/credentials';
import OpenApi, { $OpenApiUtil } from '@alicloud/openapi-core';
import VpcClient from '@alicloud/vpc20160428';
import * as $dara from '@darabonba/typescript';
import type { EndpointOverride } from './profiles';

export type Product = 'vpc' | 'vpcpeer' | 'sts';

/** VpcPeer is served from one central endpoint for every region; the region is a parameter. */
export const VPCPEER_ENDPOINT = 'vpcpeer.aliyuncs.com';
export const STS_ENDPOINT = 'sts.aliyuncs.com';
export const VPCPEER_VERSION = '2022-01-01';
export const STS_VERSION = '2015-04-01';

export interface ClientFactoryOptions {
  credential: Credential;
  endpoint?: EndpointOverride;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  userAgent?: string;
}

/** Request shape every VpcPeer and STS action uses (the official SDKs' values). */
export function rpcParams(action: string, version: string): $OpenApiUtil.Params {
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
  #vpcPeer?: OpenApi;
  #sts?: OpenApi;

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

  /** The generic client for VpcPeer 2022-01-01 (call with `rpcParams(action, VPCPEER_VERSION)`). */
  vpcPeer(): OpenApi {
    this.#vpcPeer ??= new OpenApi(this.#config({ endpoint: VPCPEER_ENDPOINT }));
    return this.#vpcPeer;
  }

  /** The generic client for STS 2015-04-01. */
  sts(): OpenApi {
    this.#sts ??= new OpenApi(this.#config({ endpoint: STS_ENDPOINT }));
    return this.#sts;
  }

  /** Host a product's requests go to, for error hints and logs. */
  endpointFor(product: Product, regionId?: string): string {
    if (this.#options.endpoint) return this.#options.endpoint.endpoint;
    if (product === 'vpcpeer') return VPCPEER_ENDPOINT;
    if (product === 'sts') return STS_ENDPOINT;
    return regionId ? this.vpc(regionId)._endpoint : 'vpc.aliyuncs.com';
  }

  /** Per-request runtime options: the time limits (the SDK's default would be 3 s each). */
  runtime(): $dara.RuntimeOptions {
    return new $dara.RuntimeOptions({
      connectTimeout: this.#options.connectTimeoutMs,
      readTimeout: this.#options.readTimeoutMs,
    });
  }

  /** Forgets every client. */
  clear(): void {
    this.#vpcByRegion.clear();
    this.#vpcPeer = undefined;
    this.#sts = undefined;
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
