// The three accounts of the built-in scenarios: a central network team, an application team and
// an outside partner, the usual cast of a cross-account peering setup. Their keys are derived from
// their uids, so they stay the same from run to run.

import { derivedAccessKey } from './compilation';
import type { ScenarioAccount } from './document';

function account(name: string, uid: string, resourceGroups: Array<{ id: string; name: string }>): ScenarioAccount {
  return { name, uid, ...derivedAccessKey(uid), resourceGroups };
}

export function sandboxAccounts(): ScenarioAccount[] {
  return [
    account('network-hub', '1510203040506070', [
      { id: 'rg-acfmzhub7default', name: 'default' },
      { id: 'rg-acfmznetcore4k2q', name: 'network-core' },
    ]),
    account('app-team', '1420304050607080', [
      { id: 'rg-acfmzapp2default', name: 'default' },
      { id: 'rg-acfmzpayprod9xw1', name: 'payments-prod' },
    ]),
    account('partner', '1730405060708090', [{ id: 'rg-acfmznwl5default', name: 'default' }]),
  ];
}

export const SANDBOX_REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'ap-southeast-1'];
