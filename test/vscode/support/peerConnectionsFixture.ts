// A private emulator for the peer connection tests: started in the extension host (so a test can
// read and change its world, inject faults and count calls), with the extension's sandbox
// profiles pointed at it. `close()` points them back at the suite's emulator.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type * as emulatorModule from '../../../src/emulator';
import type { EmulatorOptions, RunningEmulator } from '../../../src/emulator';
import type { Vpc } from '../../../src/model/types';
import type { VpcPeeringApi } from '../../../src/extension';
import type { ScriptedAnswer, ScriptedPrompter } from '../../../src/commands/wizard/scriptedPrompter';
import { activatedExtension } from './extension';
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
  /** How many CreateVpcPeerConnection (or other) calls reached the emulator. */
  calls(action: string): number;
  close(): Promise<void>;
}

interface ReadyLine {
  endpoint: string;
  accounts: RunningEmulator['accounts'];
}

export async function startPeerFixture(options: EmulatorOptions = {}): Promise<PeerFixture> {
  const api = (await activatedExtension()).exports as VpcPeeringApi;
  const { startEmulator } = (await import('../../../src/emulator')) as typeof emulatorModule;
  const emulator = await startEmulator({ scenario: 'demo', transitionMs: 50, ...options });
  const previouslyActive = api.registry.activeIds();
  const uidOf = (account: DemoAccount): string => {
    const found = emulator.accounts.find((a) => a.name === account);
    assert.ok(found, `the demo scenario has no account ${account}`);
    return found.uid;
  };
  const profile = (account: DemoAccount) => `sandbox:${uidOf(account)}`;
  const activate = async (accounts: readonly DemoAccount[]) => {
    await api.registry.setActive(accounts.map(profile));
    await waitFor('the store to know every active account', () =>
      accounts.every((a) => api.store.account(profile(a))?.identity.status === 'loaded') ? true : undefined,
    20_000);
    await api.store.whenIdle();
  };
  api.registry.setSandbox({ endpoint: emulator.endpoint, accounts: emulator.accounts, owned: false });
  await activate(['network-hub', 'app-team', 'partner']);

  return {
    api,
    emulator,
    profile,
    uid: uidOf,
    activate,
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
    async close() {
      const ready = parseReadyLine(process.env.VPC_PEERING_EMULATOR);
      api.registry.setSandbox(ready && { ...ready, owned: false });
      await api.registry.setActive(previouslyActive);
      await emulator.close();
    },
  };
}

function parseReadyLine(raw: string | undefined): ReadyLine | undefined {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as ReadyLine;
  } catch {
    return undefined;
  }
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
