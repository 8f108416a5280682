// Modifying peer connections inside VS Code: with an arguments object and through the pick of
// what to change; the world then holds the new values and the connection settles Activated.
import * as assert from 'node:assert/strict';
import { valueOf } from '../../../src/inventory/loadState';
import { run, startPeerFixture, type PeerFixture } from '../support/peerConnectionsFixture';

const HZ = 'cn-hangzhou';
const BJ = 'cn-beijing';

describe('peer connections: modify', function () {
  this.timeout(60_000);
  let f: PeerFixture;

  before(async () => {
    f = await startPeerFixture();
  });
  after(async () => {
    await f?.close();
  });

  async function interRegion(name: string, cidrs: [string, string]): Promise<string> {
    const a = await f.addVpc('network-hub', HZ, cidrs[0], `${name}-a`);
    const b = await f.addVpc('network-hub', BJ, cidrs[1], `${name}-b`);
    return run<string>('vpcPeering.createPeerConnection', {
      profileId: f.profile('network-hub'),
      regionId: HZ,
      vpcId: a.id,
      acceptingAccountUid: f.uid('network-hub'),
      acceptingRegionId: BJ,
      acceptingVpcId: b.id,
      name,
      bandwidthMbps: 100,
      linkType: 'Gold',
    });
  }

  it('changes name, description, bandwidth and link type from an arguments object and follows to Activated', async () => {
    const id = await interRegion('modify-args', ['10.151.0.0/16', '10.152.0.0/16']);
    assert.equal(
      await run('vpcPeering.modifyPeerConnection', { connectionId: id, name: 'modified-by-args', description: 'Changed by arguments', bandwidthMbps: 500, linkType: 'Platinum' }),
      id,
    );
    const inWorld = f.emulator.world.peerConnection(id);
    assert.equal(inWorld?.status, 'Activated');
    assert.equal(inWorld?.name, 'modified-by-args');
    assert.equal(inWorld?.description, 'Changed by arguments');
    assert.equal(inWorld?.bandwidthMbps, 500);
    assert.equal(inWorld?.linkType, 'Platinum');
    const inStore = valueOf(f.api.store.region(f.profile('network-hub'), HZ))?.peerConnections.find((c) => c.id === id);
    assert.equal(inStore?.name, 'modified-by-args');
    assert.equal(inStore?.status, 'Activated');
  });

  it('changes what the pick names through the prompts, current values filled in', async () => {
    const id = await interRegion('modify-prompts', ['10.153.0.0/16', '10.154.0.0/16']);
    const prompter = f.script([
      { pickMany: ['name', 'bandwidthMbps', 'linkType'] },
      { input: 'modified-by-prompts' },
      { back: true },
      { input: 'modified-by-prompts' },
      { input: '800' },
      { pick: 'Platinum' },
      // The review lists what changes, old → new (a line picked is only shown, and the review asked again).
      { pick: 'Name: modify-prompts → modified-by-prompts' },
      { pick: 'Bandwidth: 100 Mbit/s → 800 Mbit/s' },
      { pick: 'Link type: Gold → Platinum' },
      { pick: 'send' },
    ]);
    assert.equal(await run('vpcPeering.modifyPeerConnection', { connectionId: id }), id);
    assert.equal(prompter.remaining, 0);
    const inWorld = f.emulator.world.peerConnection(id);
    assert.equal(inWorld?.name, 'modified-by-prompts');
    assert.equal(inWorld?.bandwidthMbps, 800);
    assert.equal(inWorld?.linkType, 'Platinum');
    assert.equal(inWorld?.description, '', 'not picked, not changed');
  });

  it('sends nothing when the values are unchanged', async () => {
    const id = await interRegion('modify-same', ['10.155.0.0/16', '10.156.0.0/16']);
    const before = f.calls('ModifyVpcPeerConnection');
    f.script([{ pickMany: ['name'] }, { input: 'modify-same' }]);
    assert.equal(await run('vpcPeering.modifyPeerConnection', { connectionId: id }), undefined);
    assert.equal(f.calls('ModifyVpcPeerConnection'), before);
  });

  it('offers only name and description on an intra-region connection', async () => {
    const a = await f.addVpc('network-hub', HZ, '10.157.0.0/16', 'intra-modify-a');
    const b = await f.addVpc('network-hub', HZ, '10.158.0.0/16', 'intra-modify-b');
    const id = await run<string>('vpcPeering.createPeerConnection', {
      profileId: f.profile('network-hub'),
      regionId: HZ,
      vpcId: a.id,
      acceptingAccountUid: f.uid('network-hub'),
      acceptingRegionId: HZ,
      acceptingVpcId: b.id,
    });
    f.script([{ pickMany: ['bandwidthMbps'] }]);
    const error = await run('vpcPeering.modifyPeerConnection', { connectionId: id }).then(
      () => undefined,
      (e: unknown) => (e as Error).message,
    );
    assert.match(error ?? '', /has no item "bandwidthMbps"/, 'bandwidth is not offered');
    f.script([{ pickMany: ['description'] }, { input: 'Intra-region, renamed description' }, { pick: 'send' }]);
    await run('vpcPeering.modifyPeerConnection', { connectionId: id });
    assert.equal(f.emulator.world.peerConnection(id)?.description, 'Intra-region, renamed description');
  });
});
