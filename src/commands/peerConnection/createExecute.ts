// What "Create Peer Connection…" does once the review is answered, as execute steps of one
// operation: delete the blocking record first (when chosen), validate with a dry run (when
// chosen), create, then follow the new connection until it settles (or only read it once, with
// `wait: false`). A refusal before anything was sent returns to the review.

import * as vscode from 'vscode';
import { GONE } from '../../inventory/follow';
import type { RegionPlace } from '../../inventory/store';
import { PEER_WRITE_SETTLED } from '../../model/transitions';
import type { PeerConnection } from '../../model/types';
import { failureLine } from '../../views/failureText';
import type { CommandContext } from '../shared/commandContext';
import { titleOf } from '../shared/resourceText';
import { valueOf } from '../../inventory/loadState';
import type { TopologyStore } from '../../inventory/store';
import { followTakenWrite } from '../operation/followWrite';
import { clientFor } from '../operation/runOperation';
import type { ExecuteStep } from '../wizard/wizard';
import { createInput, type CreateState, type ReviewChoice } from './createState';
import { afterEarlierStep } from './errorHints';

/** What the execute phase found out: the new connection, and how it settled. */
export interface CreateOutcome {
  id?: string;
  settled?: PeerConnection;
}

export function reviewChoice(s: CreateState): ReviewChoice {
  return s.given.dryRun ? 'dryRunOnly' : (s.review ?? 'create');
}

const deletesDuplicate = (s: CreateState): boolean => reviewChoice(s) === 'deleteDuplicateThenCreate' && s.duplicateId !== undefined;

export function createOperationTitle(store: TopologyStore, s: CreateState): string {
  return reviewChoice(s) === 'dryRunOnly'
    ? vscode.l10n.t('Validating the peer connection (dry run)')
    : vscode.l10n.t('Creating the peer connection {0} → {1}', ...endTitles(store, s));
}

/** The two VPCs as `name (vpc-…)` where an active profile has loaded them, else their ids. */
export function endTitles(store: TopologyStore, s: CreateState): [string, string] {
  const vpcTitle = (profileId: string | undefined, regionId: string | undefined, vpcId: string): string => {
    const vpc = profileId && regionId ? valueOf(store.region(profileId, regionId))?.vpcs.find((v) => v.id === vpcId) : undefined;
    return vpc ? titleOf(vpc) : vpcId;
  };
  return [vpcTitle(s.profileId, s.regionId, s.vpcId!), vpcTitle(s.acceptingProfileId, s.acceptingRegionId, s.acceptingVpcId!)];
}

/** The record deleted before creating, as the store still knows it. */
function duplicateTitle(store: TopologyStore, s: CreateState): string {
  const found = store.findPeerConnection(s.duplicateId!)[0]?.connection;
  return found ? titleOf(found) : s.duplicateId!;
}

function places(s: CreateState): RegionPlace[] {
  const result: RegionPlace[] = [{ profileId: s.profileId!, regionId: s.regionId! }];
  if (s.acceptingProfileId) result.push({ profileId: s.acceptingProfileId, regionId: s.acceptingRegionId! });
  return result;
}

export function createExecuteSteps(context: CommandContext, outcome: CreateOutcome): ExecuteStep<CreateState>[] {
  return [
    {
      shouldExecute: deletesDuplicate,
      progress: (s) => vscode.l10n.t('Deleting {0} first', duplicateTitle(context.store, s)),
      async execute(s, control) {
        // The deletion changes the cloud: a later failure is reported, not sent back to the review.
        control.markSent();
        await vscode.commands.executeCommand('vpcPeering.deletePeerConnection', { connectionId: s.duplicateId, profileId: s.profileId, confirm: false });
      },
    },
    {
      shouldExecute: (s) => reviewChoice(s) === 'dryRunOnly' || reviewChoice(s) === 'dryRunThenCreate',
      progress: () => vscode.l10n.t('Validating (dry run)'),
      async execute(s, control) {
        const input = createInput(s);
        // Its own token: the create that follows must not look like a repeat of the dry run.
        await clientFor(context, s.profileId!).operations.createPeerConnection(input, { clientToken: `${control.clientToken}-dry-run`, signal: control.signal, dryRun: true });
        if (reviewChoice(s) === 'dryRunThenCreate') {
          void vscode.window.setStatusBarMessage(vscode.l10n.t('Validation passed: the service would create the peer connection {0} → {1}.', ...endTitles(context.store, s)), 5000);
        }
      },
    },
    {
      shouldExecute: (s) => reviewChoice(s) !== 'dryRunOnly',
      progress: (s) => vscode.l10n.t('Creating {0} → {1}', ...endTitles(context.store, s)),
      async execute(s, control) {
        const input = createInput(s);
        try {
          const created = await clientFor(context, s.profileId!).operations.createPeerConnection(input, { clientToken: control.clientToken, signal: control.signal });
          control.markSent();
          outcome.id = created.id;
          context.log.info(`created peer connection ${created.id} (${input.vpcId} → ${input.acceptingVpcId})`);
        } catch (error) {
          if (!deletesDuplicate(s)) throw error;
          throw afterEarlierStep(error, vscode.l10n.t('{0} was deleted first, but the new connection was not created.', s.duplicateId!));
        }
      },
    },
    {
      shouldExecute: (s) => outcome.id !== undefined && s.given.wait === false,
      async execute(s) {
        const id = outcome.id!;
        void context.store.refreshPeerConnection(id, places(s)).catch((error: unknown) => context.log.warn(`could not read ${id}: ${failureLine(error)}`));
      },
    },
    {
      shouldExecute: (s) => outcome.id !== undefined && s.given.wait !== false,
      async execute(s, control) {
        const ref = { kind: 'peerConnection', id: outcome.id!, profileId: s.profileId!, regionId: s.regionId! } as const;
        const settled = await followTakenWrite(context, control, ref, PEER_WRITE_SETTLED.create);
        outcome.settled = settled === GONE ? undefined : settled;
      },
    },
  ];
}
