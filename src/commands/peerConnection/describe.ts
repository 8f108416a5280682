// The account behind a profile, as the peer connection commands need it to tell which side of a
// connection a profile stands on (names and picker items are in commands/shared/resourceText.ts
// and resourcePicks.ts, the same for every command).

import { valueOf } from '../../inventory/loadState';
import type { CommandContext } from '../shared/commandContext';

/** The account UID behind an active profile, once its identity has loaded. */
export function loadedAccountUid(context: CommandContext, profileId: string): string | undefined {
  const account = context.store.account(profileId);
  return account ? valueOf(account.identity)?.accountUid : undefined;
}
