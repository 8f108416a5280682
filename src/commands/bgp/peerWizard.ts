// Create and Modify BGP Peer as one wizard: the peer questions, a review (the new peer's values,
// or what changes, old → new), then the write as the execute phase. A refusal by the service
// returns to the review with its hint and every answer kept; closed early, the next run offers to
// continue. After the write the peer is followed until Available again.

import * as vscode from 'vscode';
import type { BgpPeer } from '../../model/types';
import type { CommandContext } from '../shared/commandContext';
import { titleOf } from '../shared/resourceText';
import { followToStatus } from '../operation/followWrite';
import type { OperationControl } from '../operation/operationControl';
import { runCommandWizard, unfinishedKey } from '../wizard/commandWizard';
import { pickStep } from '../wizard/steps';
import type { WizardStep } from '../wizard/wizard';
import { changesAnything, peerChanges, type PeerChanges } from './peerChanges';
import { peerSteps, type PeerState } from './peerSteps';

interface Place {
  profileId: string;
  regionId: string;
}

/** What a modify changes, from the answers so far. */
export function changesOf(s: PeerState): PeerChanges {
  return s.current ? peerChanges(s.current, s) : {};
}

function bfdText(enabled: boolean | undefined, hops: number | undefined): string {
  return enabled ? vscode.l10n.t('on, multi-hop {0}', hops ?? 255) : vscode.l10n.t('off');
}

function reviewLines(s: PeerState): string[] {
  const current = s.current;
  if (!current) {
    return [
      vscode.l10n.t('Peer IP address: {0}', s.peerIpAddress ?? ''),
      vscode.l10n.t('BFD: {0}', bfdText(s.enableBfd, s.bfdMultiHop)),
      vscode.l10n.t('BGP group: {0}', titleOf(s.group)),
    ];
  }
  const changes = changesOf(s);
  const lines: string[] = [];
  if (changes.peerIpAddress !== undefined) lines.push(vscode.l10n.t('Peer IP address: {0} → {1}', current.peerIpAddress, changes.peerIpAddress));
  if (changes.enableBfd !== undefined) lines.push(vscode.l10n.t('BFD: {0} → {1}', bfdText(current.enableBfd, current.bfdMultiHop), bfdText(changes.enableBfd, changes.bfdMultiHop)));
  return lines;
}

/** The review; a modify that changes nothing has none (nothing is sent). */
function reviewStep(): WizardStep<PeerState> {
  return pickStep<PeerState, 'send' | 'info'>({
    review: true,
    when: (s) => !s.programmatic && (!s.current || changesAnything(changesOf(s))),
    title: (s) => s.title,
    placeholder: (s) => (s.current ? vscode.l10n.t('Review what changes, then modify') : vscode.l10n.t('Review the values below, then create')),
    items: (s) => [
      { label: `$(check) ${s.current ? vscode.l10n.t('Modify') : vscode.l10n.t('Create')}`, value: 'send' as const },
      ...reviewLines(s).map((label) => ({ label, value: 'info' as const })),
    ],
    asksAgain: (value) => value === 'info',
    set: () => undefined,
  });
}

export interface PeerWrite {
  /** The progress title. */
  title(s: PeerState): string;
  /** False when there is nothing to send. */
  applies?(s: PeerState): boolean;
  /** Sends the write; resolves to the peer's id. */
  send(s: PeerState, control: OperationControl): Promise<string>;
}

/**
 * Runs the wizard for a peer at `place`, sends `write`, follows the peer until Available and
 * resolves to it (undefined when there was nothing to send). The region is read again at the end,
 * whatever happened.
 */
export async function runPeerWizard(context: CommandContext, commandId: string, place: Place, state: PeerState, write: PeerWrite): Promise<BgpPeer | undefined> {
  let settled: BgpPeer | undefined;
  try {
    await runCommandWizard(
      context,
      {
        promptSteps: [...peerSteps(), reviewStep()],
        executeSteps: [
          {
            shouldExecute: (s) => write.applies?.(s) ?? true,
            async execute(s, control) {
              const id = await write.send(s, control);
              control.markSent();
              await context.store.refreshRegion(place.profileId, place.regionId);
              settled = await followToStatus(context.store, control, { kind: 'bgpPeer', id, profileId: place.profileId, regionId: place.regionId }, ['Available']);
            },
          },
        ],
        operationTitle: (s) => write.title(s),
        unfinishedKey: unfinishedKey(commandId, { group: state.group.id, peer: state.current?.id, given: state.given }),
        title: state.title,
      },
      state,
    );
    return settled;
  } finally {
    await context.store.refreshRegion(place.profileId, place.regionId).catch(() => undefined);
  }
}
