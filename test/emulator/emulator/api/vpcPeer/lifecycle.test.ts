import assert from 'node:assert/strict';
import { CreateRouteEntryRequest, DescribeRouteEntryListRequest } from '@alicloud/vpc20160428';
import { ManualClock, type RunningEmulator } from '../../../../../src/emulator';
import type { Vpc } from '../../../../../src/model/types';
import { accountOf, expectApiError, genericClient, peerCall, useEmulator, vpcClient, type Body } from '../../fixture';

const HOUR = 3600_000;
const TRANSITION_MS = 1000;
// Transitions happen when a test moves this clock, never on their own, so a busy machine cannot
// let one finish before the test has looked at the status in between.
const clock = new ManualClock(Date.now());
let nextBlock = 0;

/** A VPC created out of band for one test, with a CIDR no other test uses. */
function freshVpc(emulator: RunningEmulator, account: string, regionId: string): Vpc {
  const block = nextBlock++;
  return emulator.world.addVpc(account, regionId, {
    name: `test-${block}`,
    cidrBlock: `10.${200 + Math.floor(block / 16)}.${(block % 16) * 16}.0/20`,
    vSwitches: [{ cidrBlock: `10.${200 + Math.floor(block / 16)}.${(block % 16) * 16}.0/24` }],
  });
}

function peerClient(emulator: RunningEmulator, account: string) {
  return genericClient(emulator, accountOf(emulator, account));
}

function create(emulator: RunningEmulator, requester: string, from: Vpc, to: Vpc, extra: Record<string, unknown> = {}): Promise<Body> {
  return peerCall(peerClient(emulator, requester), 'CreateVpcPeerConnection', {
    RegionId: from.regionId,
    VpcId: from.id,
    AcceptingAliUid: to.accountUid,
    AcceptingRegionId: to.regionId,
    AcceptingVpcId: to.id,
    ...extra,
  });
}

function get(emulator: RunningEmulator, account: string, id: string): Promise<Body> {
  return peerCall(peerClient(emulator, account), 'GetVpcPeerConnectionAttribute', { InstanceId: id });
}

/** Lets the transition time pass; the connection must then be in `status`. */
async function settled(emulator: RunningEmulator, account: string, id: string, status: string): Promise<Body> {
  clock.advance(TRANSITION_MS);
  const body = await get(emulator, account, id);
  assert.equal(body.Status, status, `${id} after the transition time`);
  return body;
}

async function gone(emulator: RunningEmulator, account: string, id: string): Promise<void> {
  clock.advance(TRANSITION_MS);
  await expectApiError(get(emulator, account, id), 'ResourceNotFound.InstanceId');
}

describe('emulator: VpcPeer state machine', () => {
  const emulator = useEmulator({ scenario: 'empty', transitionMs: TRANSITION_MS, acceptWindowMs: HOUR, clock });

  it('activates a same-account connection by itself: Creating → Activated', async () => {
    const a = freshVpc(emulator(), 'app-team', 'cn-hangzhou');
    const b = freshVpc(emulator(), 'app-team', 'cn-hangzhou');
    const { InstanceId } = await create(emulator(), 'app-team', a, b, { Name: 'app-mesh', Description: 'Mesh between two apps' });
    assert.match(InstanceId, /^pcc-bp1[a-z0-9]{18}$/);
    const first = await get(emulator(), 'app-team', InstanceId);
    assert.equal(first.Status, 'Creating');
    const done = await settled(emulator(), 'app-team', InstanceId, 'Activated');
    assert.equal(done.Bandwidth, -1, 'intra-region connections are unlimited');
    assert.equal(done.LinkType, undefined);
    assert.equal(done.GmtExpired, null);
    assert.equal(done.Name, 'app-mesh');
    assert.deepEqual(done.Vpc, { VpcId: a.id, Ipv4Cidrs: [a.cidrBlock], Ipv6Cidrs: [] });
    assert.deepEqual(done.AcceptingVpc, { VpcId: b.id, Ipv4Cidrs: [b.cidrBlock], Ipv6Cidrs: [] });
    assert.equal(done.OwnerId, Number(a.accountUid));
    assert.equal(done.AcceptingOwnerUid, Number(b.accountUid));
  });

  it('waits for the accepter across accounts; only the accepter can accept; a third account sees nothing', async () => {
    const a = freshVpc(emulator(), 'app-team', 'cn-hangzhou');
    const b = freshVpc(emulator(), 'network-hub', 'cn-shanghai');
    const { InstanceId } = await create(emulator(), 'app-team', a, b);
    const waiting = await settled(emulator(), 'app-team', InstanceId, 'Accepting');
    assert.equal(Date.parse(waiting.GmtExpired) - Date.parse(waiting.GmtCreate), HOUR, 'GmtExpired = creation + acceptance window');
    assert.equal(waiting.Bandwidth, 1024);
    assert.equal(waiting.LinkType, 'Gold');
    assert.equal((await get(emulator(), 'network-hub', InstanceId)).Status, 'Accepting', 'the accepter reads it too');

    await expectApiError(peerCall(peerClient(emulator(), 'app-team'), 'AcceptVpcPeerConnection', { InstanceId }), 'ResourceNotFound.InstanceId');
    await expectApiError(get(emulator(), 'partner', InstanceId), 'ResourceNotFound.InstanceId');
    await expectApiError(peerCall(peerClient(emulator(), 'partner'), 'DeleteVpcPeerConnection', { InstanceId }), 'ResourceNotFound.InstanceId');
    const partnerList = await peerCall(peerClient(emulator(), 'partner'), 'ListVpcPeerConnections', {});
    assert.ok(!partnerList.VpcPeerConnects.some((p: Body) => p.InstanceId === InstanceId));

    await peerCall(peerClient(emulator(), 'network-hub'), 'AcceptVpcPeerConnection', { InstanceId });
    assert.equal((await get(emulator(), 'network-hub', InstanceId)).Status, 'Updating');
    const active = await settled(emulator(), 'network-hub', InstanceId, 'Activated');
    assert.equal(active.GmtExpired, null);
    await expectApiError(peerCall(peerClient(emulator(), 'network-hub'), 'AcceptVpcPeerConnection', { InstanceId }), 'IncorrectStatus.VpcPeer');
  });

  it('rejects: Rejected blocks the pair until it is deleted', async () => {
    const a = freshVpc(emulator(), 'partner', 'cn-shanghai');
    const b = freshVpc(emulator(), 'network-hub', 'cn-shanghai');
    const { InstanceId } = await create(emulator(), 'partner', a, b);
    await settled(emulator(), 'partner', InstanceId, 'Accepting');
    await expectApiError(peerCall(peerClient(emulator(), 'partner'), 'RejectVpcPeerConnection', { InstanceId }), 'ResourceNotFound.InstanceId');
    await peerCall(peerClient(emulator(), 'network-hub'), 'RejectVpcPeerConnection', { InstanceId });
    assert.equal((await get(emulator(), 'partner', InstanceId)).Status, 'Rejected');
    await expectApiError(peerCall(peerClient(emulator(), 'network-hub'), 'AcceptVpcPeerConnection', { InstanceId }), 'IncorrectStatus.VpcPeer');

    const again = await expectApiError(create(emulator(), 'partner', a, b), 'ResourceAlreadyExist.VpcPeer');
    assert.match(again.message, /Rejected/);
    await expectApiError(create(emulator(), 'network-hub', b, a), 'ResourceAlreadyExist.VpcPeer');

    await peerCall(peerClient(emulator(), 'partner'), 'DeleteVpcPeerConnection', { InstanceId });
    await gone(emulator(), 'partner', InstanceId);
    const recreated = await create(emulator(), 'partner', a, b);
    assert.notEqual(recreated.InstanceId, InstanceId);
  });

  it('expires an unanswered request when the acceptance window closes', async () => {
    const a = freshVpc(emulator(), 'app-team', 'ap-southeast-1');
    const b = freshVpc(emulator(), 'partner', 'ap-southeast-1');
    const { InstanceId } = await create(emulator(), 'app-team', a, b);
    await settled(emulator(), 'app-team', InstanceId, 'Accepting');
    emulator().world.expirePeerRequest(InstanceId);
    const expired = await get(emulator(), 'partner', InstanceId);
    assert.equal(expired.Status, 'Expired');
    assert.ok(expired.GmtExpired, 'an expired request still shows when it expired');
    await expectApiError(peerCall(peerClient(emulator(), 'partner'), 'AcceptVpcPeerConnection', { InstanceId }), 'IncorrectStatus.VpcPeer');
  });

  it('modifies an active connection through Updating, and refuses writes mid-transition', async () => {
    const a = freshVpc(emulator(), 'network-hub', 'cn-hangzhou');
    const b = freshVpc(emulator(), 'network-hub', 'cn-beijing');
    const { InstanceId } = await create(emulator(), 'network-hub', a, b, { Bandwidth: 100, LinkType: 'Platinum' });
    await expectApiError(peerCall(peerClient(emulator(), 'network-hub'), 'ModifyVpcPeerConnection', { InstanceId, Bandwidth: 200 }), 'IncorrectStatus.VpcPeer');
    await expectApiError(peerCall(peerClient(emulator(), 'network-hub'), 'DeleteVpcPeerConnection', { InstanceId }), 'IncorrectStatus.VpcPeer');
    await settled(emulator(), 'network-hub', InstanceId, 'Activated');

    await peerCall(peerClient(emulator(), 'network-hub'), 'ModifyVpcPeerConnection', { InstanceId, Name: 'bj-link', Description: 'Renamed', Bandwidth: 300, LinkType: 'Gold' });
    assert.equal((await get(emulator(), 'network-hub', InstanceId)).Status, 'Updating');
    await expectApiError(peerCall(peerClient(emulator(), 'network-hub'), 'ModifyVpcPeerConnection', { InstanceId, Bandwidth: 400 }), 'IncorrectStatus.VpcPeer');
    const done = await settled(emulator(), 'network-hub', InstanceId, 'Activated');
    assert.deepEqual([done.Name, done.Description, done.Bandwidth, done.LinkType], ['bj-link', 'Renamed', 300, 'Gold']);
    await expectApiError(
      peerCall(peerClient(emulator(), 'network-hub'), 'ModifyVpcPeerConnection', { InstanceId, Bandwidth: 999999 }),
      'QuotaExceeded.Bandwidth',
    );

    const c = freshVpc(emulator(), 'network-hub', 'cn-hangzhou');
    const intra = await create(emulator(), 'network-hub', a, c);
    await settled(emulator(), 'network-hub', intra.InstanceId, 'Activated');
    await expectApiError(
      peerCall(peerClient(emulator(), 'network-hub'), 'ModifyVpcPeerConnection', { InstanceId: intra.InstanceId, Bandwidth: 100 }),
      'OperationFailed.BandwidthCannotBeChangedInSameRegion',
    );
    await expectApiError(
      peerCall(peerClient(emulator(), 'network-hub'), 'ModifyVpcPeerConnection', { InstanceId: intra.InstanceId, LinkType: 'Gold' }),
      'OperationFailed.InterRegionLinkTypeNotSupported',
    );
  });

  it('deletes through Deleting; afterwards the connection is not found', async () => {
    const a = freshVpc(emulator(), 'app-team', 'cn-beijing');
    const b = freshVpc(emulator(), 'app-team', 'cn-beijing');
    const { InstanceId } = await create(emulator(), 'app-team', a, b);
    await settled(emulator(), 'app-team', InstanceId, 'Activated');
    await peerCall(peerClient(emulator(), 'app-team'), 'DeleteVpcPeerConnection', { InstanceId });
    assert.equal((await get(emulator(), 'app-team', InstanceId)).Status, 'Deleting');
    await expectApiError(peerCall(peerClient(emulator(), 'app-team'), 'DeleteVpcPeerConnection', { InstanceId }), 'IncorrectStatus.VpcPeer');
    await gone(emulator(), 'app-team', InstanceId);
  });

  it('refuses to delete a connection routes point at, unless Force, which removes the routes in both accounts', async () => {
    const a = freshVpc(emulator(), 'app-team', 'cn-hangzhou');
    const b = freshVpc(emulator(), 'network-hub', 'cn-hangzhou');
    const { InstanceId } = await create(emulator(), 'app-team', a, b);
    await settled(emulator(), 'app-team', InstanceId, 'Accepting');
    await peerCall(peerClient(emulator(), 'network-hub'), 'AcceptVpcPeerConnection', { InstanceId });
    await settled(emulator(), 'app-team', InstanceId, 'Activated');

    const tableOf = (vpc: Vpc): string => vpc.routeTableIds[0];
    const appVpc = vpcClient(emulator(), accountOf(emulator(), 'app-team'));
    const hubVpc = vpcClient(emulator(), accountOf(emulator(), 'network-hub'));
    await appVpc.createRouteEntry(new CreateRouteEntryRequest({ regionId: 'cn-hangzhou', routeTableId: tableOf(a), destinationCidrBlock: b.cidrBlock, nextHopType: 'VpcPeer', nextHopId: InstanceId }));
    await hubVpc.createRouteEntry(new CreateRouteEntryRequest({ regionId: 'cn-hangzhou', routeTableId: tableOf(b), destinationCidrBlock: a.cidrBlock, nextHopType: 'VpcPeer', nextHopId: InstanceId }));

    const refused = await expectApiError(peerCall(peerClient(emulator(), 'app-team'), 'DeleteVpcPeerConnection', { InstanceId }), 'OperationDenied.RouteEntryExist');
    assert.match(refused.message, /2 route entries/);
    await peerCall(peerClient(emulator(), 'app-team'), 'DeleteVpcPeerConnection', { InstanceId, Force: true });
    for (const [client, vpc] of [[appVpc, a], [hubVpc, b]] as const) {
      const entries = await client.describeRouteEntryList(new DescribeRouteEntryListRequest({ regionId: 'cn-hangzhou', routeTableId: tableOf(vpc), nextHopId: InstanceId }));
      assert.equal(entries.body!.totalCount, 0, `routes via ${InstanceId} in ${vpc.accountUid}`);
    }
  });
});

describe('emulator: CreateVpcPeerConnection checks, DryRun, ClientToken and quotas', () => {
  const emulator = useEmulator({ scenario: 'empty', transitionMs: 0, quotas: { vpcPeerCountPerVpc: 2 }, clock });

  it('answers the documented codes for bad parameters and unknown VPCs', async () => {
    const a = freshVpc(emulator(), 'app-team', 'cn-hangzhou');
    const b = freshVpc(emulator(), 'app-team', 'cn-hangzhou');
    const far = freshVpc(emulator(), 'network-hub', 'cn-beijing');
    const cases: Array<[Record<string, unknown>, string, RegExp?]> = [
      [{ Name: '1starts-with-digit' }, 'InvalidParameter', /Name/],
      [{ Name: 'x' }, 'InvalidParameter', /Name/],
      [{ Name: 'has space' }, 'InvalidParameter', /Name/],
      // The documented name characters are letters, digits, `_` and `-`: no period.
      [{ Name: 'hub.peer' }, 'InvalidParameter', /Name may contain only letters/],
      [{ Description: 'https://example.com' }, 'InvalidParameter', /Description/],
      [{ Bandwidth: 100 }, 'InvalidParameter', /Bandwidth/],
      [{ LinkType: 'Gold' }, 'OperationFailed.InterRegionLinkTypeNotSupported'],
      [{ LinkType: 'Diamond' }, 'InvalidParameter', /LinkType/],
      [{ ResourceGroupId: 'rg-notmine' }, 'OperationFailed.NotExist.ResourceGroup'],
      [{ VpcId: 'vpc-doesnotexist' }, 'ResourceNotFound.VpcId'],
      [{ AcceptingVpcId: far.id }, 'ResourceNotFound.AcceptingVpcId'],
      [{ AcceptingVpcId: a.id }, 'InvalidParameter', /itself/],
      [{ AcceptingAliUid: 'not-a-number' }, 'InvalidParameter', /AcceptingAliUid/],
      [{ RegionId: 'xx-nowhere-1' }, 'InvalidRegionId.NotFound'],
      [{ AcceptingRegionId: '' }, 'MissingParameter', /AcceptingRegionId/],
    ];
    for (const [change, code, message] of cases) {
      const error = await expectApiError(create(emulator(), 'app-team', a, b, change), code);
      if (message) assert.match(error.message, message, `${JSON.stringify(change)} → ${error.message}`);
    }
    const made = await create(emulator(), 'app-team', a, b, { Name: '中文-peer_1_2', Description: 'Describe it' });
    assert.ok(made.InstanceId);
  });

  it('DryRun validates, answers DryRunOperation and creates nothing', async () => {
    const a = freshVpc(emulator(), 'partner', 'cn-shanghai');
    const b = freshVpc(emulator(), 'partner', 'cn-shanghai');
    const before = emulator().world.inventory('partner', 'cn-shanghai').peerConnections.length;
    await expectApiError(create(emulator(), 'partner', a, b, { DryRun: true }), 'DryRunOperation', 400);
    assert.equal(emulator().world.inventory('partner', 'cn-shanghai').peerConnections.length, before);
    await expectApiError(create(emulator(), 'partner', a, b, { DryRun: true, Name: '-bad' }), 'InvalidParameter');
  });

  it('returns the first answer for a repeated ClientToken and refuses the token with other parameters', async () => {
    const a = freshVpc(emulator(), 'partner', 'cn-hangzhou');
    const b = freshVpc(emulator(), 'partner', 'cn-hangzhou');
    const first = await create(emulator(), 'partner', a, b, { ClientToken: 'token-1', Name: 'once' });
    const second = await create(emulator(), 'partner', a, b, { ClientToken: 'token-1', Name: 'once' });
    assert.equal(second.InstanceId, first.InstanceId);
    assert.notEqual(second.RequestId, first.RequestId);
    assert.equal(emulator().world.inventory('partner', 'cn-hangzhou').peerConnections.filter((p) => p.name === 'once').length, 1);
    await expectApiError(create(emulator(), 'partner', a, b, { ClientToken: 'token-1', Name: 'twice' }), 'IdempotentParameterMismatch');
  });

  it('enforces the per-VPC quota with the documented message form', async () => {
    const hub = freshVpc(emulator(), 'network-hub', 'cn-shanghai');
    for (let i = 0; i < 2; i++) await create(emulator(), 'network-hub', hub, freshVpc(emulator(), 'network-hub', 'cn-shanghai'));
    const error = await expectApiError(create(emulator(), 'network-hub', hub, freshVpc(emulator(), 'network-hub', 'cn-shanghai')), 'QuotaExceeded.VpcPeerCountPerVpc');
    assert.match(error.message, /The quota of VpcPeerCountPerVpc of vpc-\S+ is exceeded, usage 2\/2\./);
  });
});

describe('emulator: tags and resource groups of peer connections', () => {
  const emulator = useEmulator({ scenario: 'empty', transitionMs: 0, clock });

  it('keeps each account its own tags and resource group', async () => {
    const a = freshVpc(emulator(), 'app-team', 'cn-hangzhou');
    const b = freshVpc(emulator(), 'network-hub', 'cn-hangzhou');
    const { InstanceId } = await create(emulator(), 'app-team', a, b, { Tag: [{ Key: 'team', Value: 'payments' }] });
    const app = peerClient(emulator(), 'app-team');
    const hub = peerClient(emulator(), 'network-hub');
    await peerCall(hub, 'TagResources', { RegionId: 'cn-hangzhou', ResourceType: 'PeerConnection', ResourceId: [InstanceId], Tag: [{ Key: 'owner', Value: 'net' }] });
    assert.deepEqual((await get(emulator(), 'app-team', InstanceId)).Tags, [{ Key: 'team', Value: 'payments' }]);
    assert.deepEqual((await get(emulator(), 'network-hub', InstanceId)).Tags, [{ Key: 'owner', Value: 'net' }]);

    const listed = await peerCall(app, 'ListTagResources', { RegionId: 'cn-hangzhou', ResourceType: 'PeerConnection', ResourceId: [InstanceId] });
    assert.deepEqual(listed.TagResources, [{ ResourceId: InstanceId, ResourceType: 'PeerConnection', RegionNo: 'cn-hangzhou', TagKey: 'team', TagValue: 'payments' }]);
    const byTag = await peerCall(app, 'ListVpcPeerConnections', { RegionId: 'cn-hangzhou' }, { Tags: [{ Key: 'team', Value: 'payments' }] });
    assert.deepEqual(byTag.VpcPeerConnects.map((p: Body) => p.InstanceId), [InstanceId]);

    await peerCall(app, 'UnTagResources', { RegionId: 'cn-hangzhou', ResourceType: 'PeerConnection', ResourceId: [InstanceId], TagKey: ['team'] });
    assert.deepEqual((await get(emulator(), 'app-team', InstanceId)).Tags, []);
    await expectApiError(
      peerCall(app, 'TagResources', { RegionId: 'cn-hangzhou', ResourceType: 'PeerConnection', ResourceId: [InstanceId], Tag: [{ Key: 'acs:reserved', Value: 'x' }] }),
      'Forbidden.TagKeys',
    );
    await expectApiError(peerCall(app, 'ListTagResources', { RegionId: 'cn-hangzhou', ResourceType: 'PeerConnection' }), 'BothEmpty.TagsAndResources');

    await peerCall(app, 'MoveResourceGroup', { RegionId: 'cn-hangzhou', ResourceType: 'PeerConnection', ResourceId: InstanceId, NewResourceGroupId: 'rg-acfmzpayprod9xw1' });
    assert.equal((await get(emulator(), 'app-team', InstanceId)).ResourceGroupId, 'rg-acfmzpayprod9xw1');
    assert.equal((await get(emulator(), 'network-hub', InstanceId)).ResourceGroupId, 'rg-acfmzhub7default');
    await expectApiError(
      peerCall(app, 'MoveResourceGroup', { RegionId: 'cn-hangzhou', ResourceType: 'PeerConnection', ResourceId: InstanceId, NewResourceGroupId: 'rg-acfmznetcore4k2q' }),
      'OperationFailed.NotExist.ResourceGroup',
    );
  });
});
