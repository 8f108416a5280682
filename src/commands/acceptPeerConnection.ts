// "Accept Peer Connection": the accepter's answer to a cross-account request. Offered on
// connections waiting for acceptance whose accepter account an active profile holds (menus match
// `canAccept`); from the palette, a pick among those. Follows Accepting → Updating → Activated.
// Arguments object: { connectionId, profileId?, resourceGroupId?, tags?: {key, value}[] } — the
// profile defaults to the active one holding the accepter account; resource group and tags are
// the accepter's own for its side of the connection. Resolves to the connection id.

import * as vscode from 'vscode';
import { GONE } from '../inventory/follow';
import type { Tag } from '../model/types';
import { resourceIdProblem, tagsProblem } from '../model/validation';
import { ArgumentError, optionalString } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';
import { titleOf } from './shared/resourceText';
import { answerRequest } from './peerConnection/refusal';
import { announceActive } from './peerConnection/nextSteps';
import { resolvePeerTarget } from './peerConnection/target';

export const acceptPeerConnection: CommandDefinition = {
  id: 'vpcPeering.acceptPeerConnection',
  async run(context, argument): Promise<string | undefined> {
    const target = await resolvePeerTarget(context, argument, 'accept');
    if (!target) return undefined;
    const extra = acceptExtra(target.args);
    const { connection, client } = target;
    const settled = await answerRequest(context, target, vscode.l10n.t('Accepting {0}', titleOf(connection)), (options) =>
      client.operations.acceptPeerConnection(connection.id, options, extra),
    );
    if (settled !== GONE && settled?.status === 'Activated') void announceActive(titleOf(connection), connection.id).catch(() => undefined);
    return connection.id;
  },
};

function acceptExtra(args: Record<string, unknown> | undefined): { resourceGroupId?: string; tags?: Tag[] } | undefined {
  if (!args) return undefined;
  const resourceGroupId = optionalString(args, 'resourceGroupId');
  const groupProblem = resourceGroupId === undefined ? undefined : resourceIdProblem('resourceGroup', resourceGroupId);
  if (groupProblem) throw new ArgumentError(groupProblem);
  const tags = args.tags;
  if (tags === undefined || tags === null) return { resourceGroupId };
  if (!Array.isArray(tags) || tags.some((t: unknown) => typeof (t as Tag)?.key !== 'string' || typeof (t as Tag)?.value !== 'string')) {
    throw new ArgumentError('"tags" must be a list of { key, value } pairs of text values.');
  }
  const tagProblem = tagsProblem(tags as Tag[]);
  if (tagProblem) throw new ArgumentError(tagProblem);
  return { resourceGroupId, tags: tags as Tag[] };
}
