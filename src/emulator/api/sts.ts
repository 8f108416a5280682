// STS GetCallerIdentity: how a client learns the account (UID) behind its access key.

import type { ActionResult, CallContext } from './context';

export function getCallerIdentity(ctx: CallContext): ActionResult {
  const uid = ctx.caller.uid;
  if (ctx.key.securityToken !== undefined) {
    const roleId = `3${uid.slice(1)}`;
    const session = `session-${ctx.key.accessKeyId.slice(-6)}`;
    return {
      AccountId: uid,
      UserId: `${roleId}:${session}`,
      RoleId: roleId,
      Arn: `acs:ram::${uid}:assumed-role/network-operator/${session}`,
      IdentityType: 'AssumedRoleUser',
      PrincipalId: `${roleId}:${session}`,
    };
  }
  return { AccountId: uid, UserId: uid, Arn: `acs:ram::${uid}:root`, IdentityType: 'Account', PrincipalId: uid };
}
