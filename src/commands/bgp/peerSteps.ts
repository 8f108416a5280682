// The questions about a BGP peer, shared by create and modify: the peer's address (of the group's
// IP version), BFD on or off, and BFD's multi-hop count (1–255) — asked only when BFD is on.
// Arguments objects are checked with the same functions (validateBgpPeer) before anything is sent.

import * as vscode from 'vscode';
import { BFD_MULTI_HOP_RANGE, bfdMultiHopProblem, bgpPeerIpProblem, type BgpIpVersion, hasProblems, problemMessages, validateBgpPeer } from '../../model/validation';
import type { BgpGroup, BgpPeer } from '../../model/types';
import { ArgumentError, optionalBoolean, optionalNumber, optionalString } from '../shared/arguments';
import { wholeNumberOrText } from '../shared/numberInput';
import { BACK, type PickItem } from '../wizard/prompter';
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

export function peerSteps(): WizardStep<PeerState>[] {
  return [
    {
      // The address is asked even with an arguments object when creating: a peer needs one.
      shouldPrompt: (s) => s.given.peerIpAddress === undefined && (!s.programmatic || !s.current),
      async prompt(s, prompter, position) {
        const version = groupIpVersion(s.group);
        const value = await prompter.input({
          ...position,
          title: s.title,
          prompt: vscode.l10n.t('Peer IP address: the customer-side router ({0}, as the group {1})', version, s.group.name || s.group.id),
          value: s.peerIpAddress ?? s.current?.peerIpAddress,
          validate: (text) => bgpPeerIpProblem(text.trim(), version),
        });
        if (value === BACK) return BACK;
        s.peerIpAddress = value.trim();
      },
    },
    {
      shouldPrompt: (s) => !s.programmatic && s.given.enableBfd === undefined,
      async prompt(s, prompter, position) {
        const now = s.enableBfd ?? s.current?.enableBfd;
        const current = (on: boolean) => (now === on ? vscode.l10n.t('current') : undefined);
        const items: PickItem<boolean>[] = [
          { label: vscode.l10n.t('BFD off'), description: current(false), detail: vscode.l10n.t('Failures are detected by BGP hold timers only'), value: false },
          { label: vscode.l10n.t('BFD on'), description: current(true), detail: vscode.l10n.t('Bidirectional Forwarding Detection: sub-second failover'), value: true },
        ];
        const picked = await prompter.pick(items, { ...position, title: s.title, placeholder: vscode.l10n.t('Bidirectional Forwarding Detection (BFD)') });
        if (picked === BACK) return BACK;
        s.enableBfd = picked;
      },
    },
    {
      shouldPrompt: (s) => s.enableBfd === true && s.given.bfdMultiHop === undefined && !s.programmatic,
      async prompt(s, prompter, position) {
        const [low, high] = BFD_MULTI_HOP_RANGE;
        const value = await prompter.input({
          ...position,
          title: s.title,
          prompt: vscode.l10n.t('BFD multi-hop: {0} for a directly connected router, up to {1} (the default)', low, high),
          value: String(s.bfdMultiHop ?? s.current?.bfdMultiHop ?? high),
          validate: (text) => bfdMultiHopProblem(wholeNumberOrText(text), true),
        });
        if (value === BACK) return BACK;
        s.bfdMultiHop = Number(value.trim());
      },
    },
  ];
}
