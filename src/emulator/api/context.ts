// What an action handler receives: the verified caller, the parameters and the world, already
// settled to the moment the call arrived.

import type { RequestParams } from '../params';
import type { AccessKeyRecord, AccountRecord } from '../world/records';
import type { World } from '../world/world';

export type Product = 'Vpc' | 'VpcPeer' | 'Sts';

export const API_VERSIONS: Record<Product, string> = {
  Vpc: '2016-04-28',
  VpcPeer: '2022-01-01',
  Sts: '2015-04-01',
};

/** The host each product's errors name as `HostId`. */
export const PRODUCT_HOSTS: Record<Product, string> = {
  Vpc: 'vpc.aliyuncs.com',
  VpcPeer: 'vpcpeer.aliyuncs.com',
  Sts: 'sts.aliyuncs.com',
};

export interface CallContext {
  requestId: string;
  action: string;
  caller: AccountRecord;
  key: AccessKeyRecord;
  params: RequestParams;
  world: World;
  now: number;
}

/** The answer body without `RequestId`, which the server adds. */
export type ActionResult = Record<string, unknown>;

export interface ActionDefinition {
  product: Product;
  action: string;
  /** Whether the call can change state (and so honours ClientToken and after-apply faults). */
  writes: boolean;
  handler: (ctx: CallContext) => ActionResult;
}
