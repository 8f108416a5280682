// The questions about a BGP peer, shared by create and modify: the peer's address (of the group's
// IP version), BFD on or off, and BFD's multi-hop count (1–255) — asked only when BFD is on.
// Arguments objects are checked with the same functions (validateBgpPeer) before anything is sent.

import * as vscode from 'vscode';
import { BFD_MULTI_HOP_RANGE, bfdMultiHopProblem, bgpPeerIpProblem, type BgpIpVersion, hasProblems, problemMessages, validateBgpPeer } from '../../model/validation';
import type { BgpGroup, BgpPeer } from '../../model/types';
import { ArgumentError, argumentsObject, optionalBoolean, optionalNumber, optionalString } from '../shared/arguments';
import { titleOf } from '../../model/resourceTitle';
import { wholeNumberOrText } from '../shared/numberInput';
import type { PickItem } from '../wizard/prompter';
import { inputStep, pickStep } from '../wizard/steps';
import type { WizardStep } from '../wizard/wizard';

export interface PeerValues {
  peerIpAddress?: string;
  enableBfd?: boolean;
  bfdMultiHop?: number;
}

export interface PeerState extends PeerValues {
  /** With an arguments object, questions it leaves open keep their current (or default) value. */
  programmatic: boolean;
  given: PeerValues;
  group: BgpGroup;
  /** The peer being modified. */
  current?: BgpPeer;
  title: string;
}

export function groupIpVersion(group: Pick<BgpGroup, 'ipVersion'>): BgpIpVersion {
  return group.ipVersion.toLowerCase() === 'ipv6' ? 'IPv6' : 'IPv4';
}

/** Reads and checks the peer fields of an arguments object (create, or modify of `current`). */
export function peerValuesFromArguments(
  args: Record<string, unknown>,
  regionId: string,
  group: BgpGroup,
  current?: BgpPeer,
): PeerValues & { ipVersion?: BgpIpVersion } {
  const operation = current ? 'modify' : 'create';
  const input: Record<string, unknown> = {
    regionId,
    bgpGroupId: group.id,
    bgpPeerId: current?.id,
    peerIpAddress: args.peerIpAddress,
    enableBfd: args.enableBfd,
    bfdMultiHop: args.bfdMultiHop,
    ipVersion: args.ipVersion,
  };
  // BFD turned on without a hop count keeps the peer's count, else gets the API's default (255).
  const defaultHops = current?.bfdMultiHop ?? BFD_MULTI_HOP_RANGE[1];
  if (input.enableBfd === true && input.bfdMultiHop === undefined) input.bfdMultiHop = defaultHops;
  const problems = validateBgpPeer(input, operation, group);
  if (hasProblems(problems)) throw new ArgumentError(problemMessages(problems).join(' '));
  const enableBfd = optionalBoolean(args, 'enableBfd');
  const bfdMultiHop = optionalNumber(args, 'bfdMultiHop');
  // On modify, BfdMultiHop alone is judged against the peer's current BFD setting.
  if (current && enableBfd === undefined && bfdMultiHop !== undefined) {
    const problem = bfdMultiHopProblem(bfdMultiHop, current.enableBfd);
    if (problem) throw new ArgumentError(problem);
  }
  const ipVersion = optionalString(args, 'ipVersion') as BgpIpVersion | undefined;
  return {
    peerIpAddress: optionalString(args, 'peerIpAddress'),
    enableBfd,
    bfdMultiHop: enableBfd === true && bfdMultiHop === undefined ? defaultHops : bfdMultiHop,
    ipVersion,
  };
}

/**
 * The wizard's state for a new peer in `group`, or a change of `current`: what the arguments
 * object gives, checked. An arguments object that only names the peer to modify (the graph's
 * Modify…) answers nothing: then the questions are asked, as from the tree.
 */
export function peerState(argument: unknown, regionId: string, group: BgpGroup, title: string, current?: BgpPeer): PeerState {
  const args = argumentsObject(argument);
  const given = args ? peerValuesFromArguments(args, regionId, group, current) : {};
  const programmatic = current ? Object.values(given).some((value) => value !== undefined) : args !== undefined;
  return { ...given, given, programmatic, group, current, title };
}

export function peerSteps(): WizardStep<PeerState>[] {
  return [
    inputStep<PeerState>({
      // The address is asked even with an arguments object when creating: a peer needs one.
      when: (s) => s.given.peerIpAddress === undefined && (!s.programmatic || !s.current),
      title: (s) => s.title,
      prompt: (s) => vscode.l10n.t('Peer IP address: the customer-side router ({0}, as the group {1})', groupIpVersion(s.group), titleOf(s.group)),
      get: (s) => s.peerIpAddress ?? s.current?.peerIpAddress,
      validate: (text, s) => bgpPeerIpProblem(text.trim(), groupIpVersion(s.group)),
      set: (s, text) => {
        s.peerIpAddress = text.trim();
      },
    }),
    pickStep<PeerState, boolean>({
      when: (s) => !s.programmatic && s.given.enableBfd === undefined,
      title: (s) => s.title,
      placeholder: () => vscode.l10n.t('Bidirectional Forwarding Detection (BFD)'),
      items: (s): PickItem<boolean>[] => {
        const current = (on: boolean) => (s.current?.enableBfd === on ? vscode.l10n.t('current') : undefined);
        return [
          { label: vscode.l10n.t('BFD off'), description: current(false), detail: vscode.l10n.t('Failures are detected by BGP hold timers only'), value: false },
          { label: vscode.l10n.t('BFD on'), description: current(true), detail: vscode.l10n.t('Bidirectional Forwarding Detection: sub-second failover'), value: true },
        ];
      },
      get: (s) => s.enableBfd ?? s.current?.enableBfd,
      set: (s, on) => {
        s.enableBfd = on;
      },
    }),
    inputStep<PeerState>({
      when: (s) => s.enableBfd === true && s.given.bfdMultiHop === undefined && !s.programmatic,
      title: (s) => s.title,
      prompt: () => vscode.l10n.t('BFD multi-hop: {0} for a directly connected router, up to {1} (the default)', BFD_MULTI_HOP_RANGE[0], BFD_MULTI_HOP_RANGE[1]),
      get: (s) => String(s.bfdMultiHop ?? s.current?.bfdMultiHop ?? BFD_MULTI_HOP_RANGE[1]),
      validate: (text) => bfdMultiHopProblem(wholeNumberOrText(text), true),
      set: (s, text) => {
        s.bfdMultiHop = Number(text.trim());
      },
    }),
  ];
}
