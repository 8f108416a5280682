// What every write shares: the caller's ClientToken on every attempt, an optional dry run
// (refused up front where the API has no DryRun parameter), busy codes the write waits out, and
// codes that mean "already done" when met on a repeat of the same write.

import type VpcClient from '@alicloud/vpc20160428';
import type * as $dara from '@darabonba/typescript';
import type { Created, CreatedOrDryRun, DryRunnableCreate, WriteOptions } from './accountClient';
import type { ClientFactory, Product } from './clientFactory';
import { CloudError } from './errors';
import type { AttemptHistory, RequestRunner } from './requestRunner';

/** Busy codes any write may meet while another change runs on the same resource or VPC. */
export const COMMON_BUSY_CODES: readonly string[] = [
  'TaskConflict',
  'OperationConflict',
  'OperationFailed.DistibuteLock',
  'LastTokenProcessing',
];

/** When an error on a repeated attempt means the write already took effect (it then resolves to undefined). */
export type AlreadyDone =
  /** On any repeat (deletes: gone is gone, whoever finished it). */
  | { codes: (code: string) => boolean; when: 'anyRepeat' }
  /** Only when an earlier attempt may have reached the service (a lost answer, a 5xx). */
  | { codes: (code: string) => boolean; when: 'afterAmbiguous' };

/** A delete that finds its resource gone (any `…NotFound` code) on a repeat has done its work, whoever finished it. */
export const GONE_IS_DONE: AlreadyDone = { codes: (code) => code.endsWith('NotFound') || code.startsWith('ResourceNotFound'), when: 'anyRepeat' };

export interface WriteCall<T> {
  product: Product;
  action: string;
  regionId?: string;
  options: WriteOptions;
  /** Whether the API has a DryRun parameter. */
  dryRunSupported: boolean;
  /** A dry run asked for in the input rather than in the options. */
  dryRunRequested?: boolean;
  busyCodes?: readonly string[];
  alreadyDone?: AlreadyDone;
  secrets?: readonly (string | undefined)[];
  /** Sends one attempt; `dryRun` is true when the request must carry DryRun=true. */
  send: (runtime: $dara.RuntimeOptions, dryRun: boolean) => Promise<T>;
}

/** Marks a dry run that passed. */
export const DRY_RUN_PASSED: unique symbol = Symbol('dryRunPassed');

export function runWrite<T>(runner: RequestRunner, call: WriteCall<T>): Promise<T | undefined | typeof DRY_RUN_PASSED> {
  const dryRun = call.options.dryRun === true || call.dryRunRequested === true;
  if (dryRun && !call.dryRunSupported) {
    return Promise.reject(
      new CloudError({
        code: 'DryRunUnsupported',
        operation: call.action,
        kind: 'client',
        apiMessage: `${call.action} has no DryRun parameter; nothing was sent.`,
      }),
    );
  }
  return runner.run<T | undefined | typeof DRY_RUN_PASSED>({
    product: call.product,
    action: call.action,
    regionId: call.regionId,
    kind: 'write',
    clientToken: call.options.clientToken,
    busyCodes: [...COMMON_BUSY_CODES, ...(call.busyCodes ?? [])],
    secrets: call.secrets,
    signal: call.options.signal,
    send: (runtime) => call.send(runtime, dryRun),
    resultForError: (error, history) => {
      if (dryRun && error.code === 'DryRunOperation') return { value: DRY_RUN_PASSED };
      if (call.alreadyDone && alreadyDone(call.alreadyDone, error.code, history)) return { value: undefined };
      return undefined;
    },
  });
}

function alreadyDone(rule: AlreadyDone, code: string, history: AttemptHistory): boolean {
  if (history.attempt < 2 || !rule.codes(code)) return false;
  return rule.when === 'anyRepeat' || history.earlierMayHaveApplied;
}

/** The new id from a create's answer; an answer that names no resource is an invalid response. */
export function createdId(result: string | undefined | typeof DRY_RUN_PASSED, action: string): Created {
  if (typeof result !== 'string' || !result) {
    throw new CloudError({ code: 'InvalidResponse', operation: action, kind: 'response', apiMessage: 'The answer did not name the new resource.' });
  }
  return { id: result };
}

/** The answer of a create whose API has DryRun: the new id, or the dry-run confirmation. */
export function createdOrDryRun(result: string | undefined | typeof DRY_RUN_PASSED, action: string): CreatedOrDryRun {
  if (result === DRY_RUN_PASSED) return { dryRun: true };
  return { dryRun: false, ...createdId(result, action) };
}

/** What a VPC 2016-04-28 write names beyond its action, region and options; most name none of it. */
export type VpcWriteRules = Partial<Pick<WriteCall<unknown>, 'dryRunSupported' | 'busyCodes' | 'alreadyDone' | 'secrets'>>;

/** Sends one attempt of a VPC write with the client of the write's region. */
type VpcSend<B> = (client: VpcClient, runtime: $dara.RuntimeOptions, dryRun: boolean) => Promise<{ body?: B }>;

/** The VPC 2016-04-28 writes of an account (routes, router interfaces, Express Connect). */
export function vpcWriter(runner: RequestRunner, clients: ClientFactory) {
  /** A write in `regionId`; most VPC writes have no DryRun parameter, the route entry writes do. */
  const write = <B>(action: string, regionId: string, o: WriteOptions, rules: VpcWriteRules, send: VpcSend<B>) =>
    runWrite(runner, {
      product: 'vpc',
      action,
      regionId,
      options: o,
      dryRunSupported: false,
      ...rules,
      send: async (rt, dryRun) => (await send(clients.vpc(regionId), rt, dryRun)).body,
    });
  return {
    write,
    /** A create without DryRun: resolves to the id the answer names (`idOf`), and fails when it names none. */
    async create<B>(action: string, regionId: string, o: WriteOptions, rules: VpcWriteRules, send: VpcSend<B>, idOf: (body: B) => string | undefined): Promise<Created> {
      const body = await write(action, regionId, o, rules, send);
      return createdId(body === undefined || body === DRY_RUN_PASSED ? undefined : idOf(body), action);
    },
    /** A write whose answer holds nothing the caller reads: it resolves once the service took it. */
    async change(action: string, regionId: string, o: WriteOptions, rules: VpcWriteRules, send: VpcSend<unknown>): Promise<void> {
      await write(action, regionId, o, rules, send);
    },
  };
}

/**
 * Types a create with DryRun as `DryRunnableCreate`: `runWrite` answers DRY_RUN_PASSED only when
 * the input or the options asked for a dry run, which is what the overloads say.
 */
export function dryRunnable<I>(create: (input: I, o: WriteOptions) => Promise<CreatedOrDryRun>): DryRunnableCreate<I> {
  return create as DryRunnableCreate<I>;
}

/**
 * The fields of `input` that a request takes under the same names. Only those: an input object
 * may carry more at run time, and a request would send any field it knows.
 */
export function sameNamed<T, K extends keyof T>(input: T, keys: readonly K[]): Pick<T, K> {
  const fields = {} as Pick<T, K>;
  for (const key of keys) fields[key] = input[key];
  return fields;
}

/** Domain tags → the `Tag.N.Key/Value` list the APIs take. */
export function wireTags(tags: readonly { key: string; value: string }[] | undefined): { Key: string; Value: string }[] | undefined {
  return tags && tags.length > 0 ? tags.map((t) => ({ Key: t.key, Value: t.value })) : undefined;
}
