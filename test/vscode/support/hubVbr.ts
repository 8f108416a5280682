// The BGP suites' setting: a private emulator, the network-hub profile and its first virtual
// border router in Hangzhou, with what the emulated cloud holds there read fresh each time.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BgpGroup, BgpPeer } from '../../../src/model/types';
import { usePrivateSandbox, type PrivateSandbox } from './privateSandbox';

export const HZ = 'cn-hangzhou';

export interface HubVbr {
  readonly sandbox: PrivateSandbox;
  /** The network-hub profile's id. */
  readonly hub: string;
  readonly vbrId: string;
  world(): ReturnType<PrivateSandbox['emulator']['world']['inventory']>;
  group(id: string): BgpGroup | undefined;
  peer(id: string): BgpPeer | undefined;
  groupNamed(name: string): BgpGroup;
}

/** Starts the private emulator before the suite's tests and restores the sandbox after them. */
export function useHubVbr(): HubVbr {
  let sandbox: PrivateSandbox | undefined;
  let vbrId = '';
  before(async () => {
    sandbox = await usePrivateSandbox();
    vbrId = sandbox.emulator.world.inventory('network-hub', HZ).vbrs[0].id;
  });
  after(async () => {
    await sandbox?.restore();
  });
  const started = (): PrivateSandbox => {
    assert.ok(sandbox, 'the private emulator has started');
    return sandbox;
  };
  const world = () => started().emulator.world.inventory('network-hub', HZ);
  return {
    get sandbox() {
      return started();
    },
    get hub() {
      return started().profileOf('network-hub');
    },
    get vbrId() {
      return vbrId;
    },
    world,
    group: (id) => world().bgpGroups.find((g) => g.id === id),
    peer: (id) => world().bgpPeers.find((p) => p.id === id),
    groupNamed: (name) => {
      const found = world().bgpGroups.find((g) => g.name === name);
      assert.ok(found, `BGP group ${name}`);
      return found;
    },
  };
}

/** The command fails, and its message says what `expected` says. */
export async function rejectsWith(command: string, args: unknown, expected: RegExp, what: string): Promise<void> {
  await assert.rejects(
    Promise.resolve(vscode.commands.executeCommand(command, args)),
    (error: Error) => {
      assert.match(error.message, expected, what);
      return true;
    },
    what,
  );
}
