// Shared set-up for the emulator's own tests: a running emulator and the REAL SDK clients pointed
// at it (`@alicloud/vpc20160428` for VPC, openapi-core `callApi` for VpcPeer and STS), plus a
// helper to expect service errors.

import assert from 'node:assert/strict';
import OpenApi, { $OpenApiUtil, OpenApiUtil } from '@alicloud/openapi-core';
import VpcClient from '@alicloud/vpc20160428';
import * as $dara from '@darabonba/typescript';
import { startEmulator, type EmulatorAccount, type EmulatorOptions, type RunningEmulator } from '../../../src/emulator';

export type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Starts an emulator before the suite and closes it after. */
export function useEmulator(options: EmulatorOptions = {}): () => RunningEmulator {
  let emulator: RunningEmulator | undefined;
  before(async () => {
    emulator = await startEmulator(options);
  });
  after(async () => {
    await emulator?.close();
  });
  return () => {
    if (!emulator) throw new Error('emulator not started');
    return emulator;
  };
}

export function accountOf(emulator: RunningEmulator, name: string): EmulatorAccount {
  const found = emulator.accounts.find((a) => a.name === name);
  if (!found) throw new Error(`no account ${name} in ${emulator.accounts.map((a) => a.name).join(', ')}`);
  return found;
}

function config(emulator: RunningEmulator, who: EmulatorAccount, extra: Partial<$OpenApiUtil.Config> = {}): $OpenApiUtil.Config {
  return new $OpenApiUtil.Config({
    endpoint: emulator.endpoint,
    protocol: 'http',
    accessKeyId: who.accessKeyId,
    accessKeySecret: who.accessKeySecret,
    readTimeout: 10_000,
    connectTimeout: 5_000,
    ...extra,
  });
}

export function vpcClient(emulator: RunningEmulator, who: EmulatorAccount, extra?: Partial<$OpenApiUtil.Config>): VpcClient {
  return new VpcClient(config(emulator, who, extra));
}

export function genericClient(emulator: RunningEmulator, who: EmulatorAccount, extra?: Partial<$OpenApiUtil.Config>): OpenApi {
  return new OpenApi(config(emulator, who, extra));
}

function params(action: string, version: string): $OpenApiUtil.Params {
  return new $OpenApiUtil.Params({ action, version, protocol: 'HTTPS', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' });
}

/** A VpcPeer 2022-01-01 call as reference §1.10 makes it: parameters in the form body, `Tags` in the query. */
export async function peerCall(client: OpenApi, action: string, body: Record<string, unknown> = {}, query: Record<string, unknown> = {}): Promise<Body> {
  const request = new $OpenApiUtil.OpenApiRequest({ body, query: OpenApiUtil.query(query) });
  return (await client.callApi(params(action, '2022-01-01'), request, new $dara.RuntimeOptions({}))).body as Body;
}

/** A VPC 2016-04-28 call through the generic client, to see the raw JSON the SDK would cast. */
export async function rawVpcCall(client: OpenApi, action: string, query: Record<string, unknown>): Promise<Body> {
  const request = new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query(query) });
  return (await client.callApi(params(action, '2016-04-28'), request, new $dara.RuntimeOptions({}))).body as Body;
}

export async function stsCall(client: OpenApi, action: string): Promise<Body> {
  return (await client.callApi(params(action, '2015-04-01'), new $OpenApiUtil.OpenApiRequest({}), new $dara.RuntimeOptions({}))).body as Body;
}

export interface SdkError extends Error {
  code: string;
  statusCode: number;
  data?: Body;
}

/** Awaits `promise`, which must fail with the service error `code` (and `statusCode` when given). */
export async function expectApiError(promise: Promise<unknown>, code: string, statusCode?: number): Promise<SdkError> {
  let failure: unknown;
  try {
    await promise;
  } catch (error) {
    failure = error;
  }
  assert.ok(failure instanceof Error, `expected ${code}, but the call succeeded`);
  const error = failure as SdkError;
  assert.equal(error.code, code, `expected ${code}, got ${error.code}: ${error.message}`);
  if (statusCode !== undefined) assert.equal(error.statusCode, statusCode, `status of ${code}`);
  return error;
}

/** Runs `use` on an emulator started with `options`, and closes it whatever happens. */
export async function withEmulator<T>(options: EmulatorOptions, use: (emulator: RunningEmulator) => Promise<T>): Promise<T> {
  const emulator = await startEmulator(options);
  try {
    return await use(emulator);
  } finally {
    await emulator.close();
  }
}
