// Who the profile's credentials belong to: STS GetCallerIdentity (2015-04-01). The account UID
// it returns is the owner of everything the reads list, and the "own account" in peering.

import { raceAbort } from './abort';
import type { CallerIdentity, ReadOptions } from './accountClient';
import type { ClientFactory } from './clientFactory';
import { CloudError } from './errors';
import type { RequestRunner } from './requestRunner';
import { accountId, optionalText } from './mapping/wireValues';

interface WireCallerIdentity {
  AccountId?: string | number;
  Arn?: string;
  IdentityType?: string;
  PrincipalId?: string;
}

async function getCallerIdentity(runner: RequestRunner, clients: ClientFactory): Promise<CallerIdentity> {
  const body = await runner.run({
    product: 'sts',
    action: 'GetCallerIdentity',
    kind: 'read',
    send: (rt) => clients.callRpc<WireCallerIdentity>('sts', 'GetCallerIdentity', rt),
  });
  const accountUid = accountId(body.AccountId);
  if (!accountUid) {
    throw new CloudError({ code: 'InvalidResponse', operation: 'GetCallerIdentity', kind: 'response', apiMessage: 'The answer named no account.' });
  }
  return {
    accountUid,
    arn: optionalText(body.Arn),
    identityType: optionalText(body.IdentityType),
    principalId: optionalText(body.PrincipalId),
  };
}

/**
 * The account's identity, asked for once: remembered after the first success; concurrent callers
 * share one request, and a failure is not remembered (the next call asks again).
 */
export function cachedCallerIdentity(runner: RequestRunner, clients: ClientFactory): (o?: ReadOptions) => Promise<CallerIdentity> {
  let value: CallerIdentity | undefined;
  let pending: Promise<CallerIdentity> | undefined;
  return (o) => {
    if (value) return Promise.resolve(value);
    // Shared by every caller, so it is not tied to one caller's signal.
    pending ??= getCallerIdentity(runner, clients).then(
      (identity) => (value = identity),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return raceAbort(pending, o?.signal, 'GetCallerIdentity');
  };
}
