// The peer connection tests' view of a private emulator (support/privateSandbox.ts): the demo
// accounts by name, VPCs added to the world and loaded into the store, the connections between
// two VPCs, and how many calls of an action reached the service.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EmulatorOptions, RunningEmulator } from '../../../src/emulator';
import type { Vpc } from '../../../src/model/types';
import type { VpcPeeringApi } from '../../../src/extension';
import type { ScriptedAnswer, ScriptedPrompter } from '../../../src/commands/wizard/scriptedPrompter';
import { usePrivateSandbox } from './privateSandbox';
import { waitFor } from './wait';

export type DemoAccount = 'network-hub' | 'app-team' | 'partner';

export interface PeerFixture {
  api: VpcPeeringApi;
  emulator: RunningEmulator;
  /** The sandbox profile id of a demo account. */
  profile(account: DemoAccount): string;
  uid(account: DemoAccount): string;
  /** Adds a VPC to the world and reloads that region in the store. */
  addVpc(account: DemoAccount, regionId: string, cidrBlock: string, name: string): Promise<Vpc>;
  /** Makes only these accounts' profiles active (and waits for them to load). */
  activate(accounts: readonly DemoAccount[]): Promise<void>;
  /** Answers the next prompts. */
  script(answers: ScriptedAnswer[]): ScriptedPrompter;
  /** Connections in the world between two VPCs, in either direction. */
  peersBetween(vpcA: string, vpcB: string): string[];
  /** How many calls of an action (e.g. `CreateVpcPeerConnection`) reached the emulator. */
  calls(action: string): number;
  close(): Promise<void>;
}

export async function startPeerFixture(options: EmulatorOptions = {}): Promise<PeerFixture> {
  const sandbox = await usePrivateSandbox(options);
  const { api, emulator } = sandbox;
  const profile = (account: DemoAccount) => sandbox.profileOf(account);
  return {
    api,
    emulator,
    profile,
    uid: (account) => sandbox.uidOf(account),
    async activate(accounts) {
      await api.registry.setActive(accounts.map(profile));
      await waitFor('the store to know every active account', () =>
        accounts.every((a) => api.store.account(profile(a))?.identity.status === 'loaded') ? true : undefined,
      20_000);
      await sandbox.settled();
    },
    async addVpc(account, regionId, cidrBlock, name) {
      const vpc = emulator.world.addVpc(account, regionId, { cidrBlock, name, vSwitches: [{ cidrBlock }] });
      await api.store.refreshRegion(profile(account), regionId);
      return vpc;
    },
    script: (answers) => api.useScriptedPrompts(answers),
    peersBetween(vpcA, vpcB) {
      return (emulator.world.toDocument().peerConnections ?? [])
        .filter((p) => (p.requesterVpcId === vpcA && p.accepterVpcId === vpcB) || (p.requesterVpcId === vpcB && p.accepterVpcId === vpcA))
        .map((p) => p.id);
    },
    calls: (action) => emulator.stats.byAction[action] ?? 0,
    close: () => sandbox.restore(),
  };
}

/** Runs a command as a keybinding or a test would: with an arguments object. */
export function run<T = unknown>(command: string, args: Record<string, unknown>): Promise<T> {
  return Promise.resolve(vscode.commands.executeCommand<T>(command, args));
}

/** The command must fail with a message matching every pattern; resolves to that message. */
export async function refused(promise: Promise<unknown>, ...patterns: RegExp[]): Promise<string> {
  let message: string | undefined;
  try {
    await promise;
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  assert.ok(message !== undefined, 'the command succeeded but was expected to be refused');
  for (const pattern of patterns) assert.match(message, pattern);
  return message;
}
