// Calls to VpcPeer 2022-01-01 through the generic openapi-core client (no product SDK is
// available). Parameters go where the official VpcPeer SDK puts them: the form body, except the
// list filters `Tags` and `ResourceGroupId`, which travel in the query. Undefined values are
// left out, so the service applies its own defaults.

import type OpenApi from '@alicloud/openapi-core';
import { $OpenApiUtil, OpenApiUtil } from '@alicloud/openapi-core';
import type * as $dara from '@darabonba/typescript';
import { rpcParams, VPCPEER_VERSION } from './clientFactory';

export type WireParams = Record<string, unknown>;

/** Drops undefined entries (the SDK would send them as the text "undefined"). */
export function definedOnly(params: WireParams): WireParams {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
}

/** Sends one VpcPeer action and resolves to its JSON body. */
export async function callVpcPeer<T>(
  client: OpenApi,
  action: string,
  runtime: $dara.RuntimeOptions,
  body: WireParams,
  query?: WireParams,
): Promise<T> {
  const request = new $OpenApiUtil.OpenApiRequest({
    body: definedOnly(body),
    query: query ? OpenApiUtil.query(definedOnly(query)) : undefined,
  });
  const response = await client.callApi(rpcParams(action, VPCPEER_VERSION), request, runtime);
  return response.body as T;
}
