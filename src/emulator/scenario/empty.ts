// The `empty` scenario: the sandbox accounts with no resources, in the sandbox regions.

import { SCENARIO_VERSION, type ScenarioDocument } from './document';
import { SANDBOX_REGIONS, sandboxAccounts } from './sandboxAccounts';

export function emptyScenario(): ScenarioDocument {
  return {
    version: SCENARIO_VERSION,
    description: 'Three accounts without any network resources.',
    regions: [...SANDBOX_REGIONS],
    accounts: sandboxAccounts(),
  };
}
