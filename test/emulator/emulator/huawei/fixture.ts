// Shared set-up for the Huawei emulator's tests: a running emulator and the REAL Huawei SDK
// clients pointed at it — `v2.VpcClient` with a region whose project the SDK looks up through
// IAM, as it does against the cloud — plus a helper to read the SDK's exceptions.
// The SDK writes ~/.huaweicloud/application_id on its first build and logs failures with their
// Authorization header, so the suite gets its own HOME and the SDK's logger is turned off.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BasicCredentials, GlobalCredentials, Region } from '@huaweicloud/huaweicloud-sdk-core';
// The package's top-level entry fails to load (its v5 part requires a file it does not ship); v3 is
// the Keystone API and loads on its own.
import { IamClient } from '@huaweicloud/huaweicloud-sdk-iam/v3/public-api';
import { VpcClient } from '@huaweicloud/huaweicloud-sdk-vpc';
import log4js from 'log4js';
import { startEmulator, type EmulatorOptions, type HuaweiEmulatorAccount, type RunningEmulator } from '../../../../src/emulator';

log4js.configure({ appenders: { off: { type: 'stdout' } }, categories: { default: { appenders: ['off'], level: 'off' } } });

/** The suite runs in a temporary HOME: the SDK writes ~/.huaweicloud on its first build. */
export function useTemporaryHome(): void {
  let savedHome: string | undefined;
  let home: string | undefined;
  before(() => {
    savedHome = process.env.HOME;
    home = mkdtempSync(path.join(os.tmpdir(), 'huawei-sdk-home-'));
    process.env.HOME = home;
  });
  after(() => {
    process.env.HOME = savedHome;
    if (home) rmSync(home, { recursive: true, force: true });
  });
}

/** Starts an emulator (in a temporary HOME) before the suite and closes it after. */
export function useHuaweiEmulator(options: EmulatorOptions = {}): () => RunningEmulator {
  let emulator: RunningEmulator | undefined;
  useTemporaryHome();
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

export function tenant(emulator: RunningEmulator, name: string): HuaweiEmulatorAccount {
  const found = emulator.huawei.accounts.find((a) => a.name === name);
  if (!found) throw new Error(`no Huawei tenant ${name}`);
  return found;
}

export function endpointOf(emulator: RunningEmulator): string {
  return `http://${emulator.endpoint}`;
}

/** The v2 VPC client of a tenant in a region: the SDK finds the project through IAM. */
export function vpcClient(emulator: RunningEmulator, who: HuaweiEmulatorAccount, regionId: string, secret = who.secretAccessKey): { client: VpcClient; credentials: BasicCredentials } {
  const endpoint = endpointOf(emulator);
  const credentials = new BasicCredentials().withAk(who.accessKeyId).withSk(secret).withIamEndpoint(endpoint);
  const client = VpcClient.newBuilder()
    .withCredential(credentials)
    .withRegion(new Region(regionId, [endpoint]))
    .withOptions({ axiosRequestConfig: { timeout: 10_000 } })
    .build();
  return { client, credentials };
}

/** A v2 VPC client pinned to a given project id (no lookup). */
export function vpcClientInProject(emulator: RunningEmulator, who: HuaweiEmulatorAccount, projectId: string): VpcClient {
  const credentials = new BasicCredentials().withAk(who.accessKeyId).withSk(who.secretAccessKey).withProjectId(projectId);
  return VpcClient.newBuilder().withCredential(credentials).withEndpoint(endpointOf(emulator)).build();
}

export function iamClient(emulator: RunningEmulator, who: HuaweiEmulatorAccount): IamClient {
  const credentials = new GlobalCredentials().withAk(who.accessKeyId).withSk(who.secretAccessKey).withIamEndpoint(endpointOf(emulator));
  return IamClient.newBuilder().withCredential(credentials).withEndpoint(endpointOf(emulator)).build();
}

/** The SDK's answers are plain wire JSON; tests read them as such. */
export type Wire = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A request object with the snake_case keys the SDK reads from plain objects. */
export function req<T>(value: Record<string, unknown>): T {
  return value as T;
}

export interface SdkFailure {
  exception: string;
  status: number;
  code: string;
  message: string;
  requestId: string;
}

/** Awaits a call that must fail and returns what the SDK's exception carries. */
export async function sdkFailure(call: Promise<unknown>): Promise<SdkFailure> {
  try {
    await call;
  } catch (error) {
    const e = error as { constructor: { name: string }; httpStatusCode: number; errorCode: string; errorMsg: string; requestId: string };
    return { exception: e.constructor.name, status: e.httpStatusCode, code: e.errorCode, message: e.errorMsg, requestId: e.requestId };
  }
  assert.fail('the call succeeded');
}

export const CN_NORTH = 'cn-north-4';
export const SINGAPORE = 'ap-southeast-1';

/** Demo ids (src/emulator/huawei/demo.ts). */
export const DEMO = {
  hub: '3f1a0001-5b2c-4d7e-8a90-0000000000a1',
  app: '3f1a0002-5b2c-4d7e-8a90-0000000000a2',
  legacy: '3f1a0003-5b2c-4d7e-8a90-0000000000a3',
  sgHub: '3f1a0004-5b2c-4d7e-8a90-0000000000a4',
  partnerData: '7c2b0001-9d3e-4f10-b2a4-0000000000b1',
  partnerEdge: '7c2b0002-9d3e-4f10-b2a4-0000000000b2',
  sgPartner: '7c2b0003-9d3e-4f10-b2a4-0000000000b3',
  hubApp: 'c0de0001-0000-4000-8000-000000000001',
  hubPartnerData: 'c0de0002-0000-4000-8000-000000000002',
  edgeApp: 'c0de0003-0000-4000-8000-000000000003',
  legacyEdge: 'c0de0004-0000-4000-8000-000000000004',
  legacyData: 'c0de0005-0000-4000-8000-000000000005',
  sgPartnerHub: 'c0de0006-0000-4000-8000-000000000006',
};
