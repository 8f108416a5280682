import assert from 'node:assert/strict';
import { CreateRouteEntryRequest, CreateRouteEntryRequestNextHopList, DeleteRouteEntryRequest, DescribeRouteEntryListRequest } from '@alicloud/vpc20160428';
import type VpcClient from '@alicloud/vpc20160428';
import { ManualClock, type RunningEmulator } from '../../../../../src/emulator';
import type { Vpc } from '../../../../../src/model/types';
import { accountOf, expectApiError, genericClient, peerCall, useEmulator, vpcClient } from '../../fixture';

const REGION = 'cn-hangzhou';
const TRANSITION_MS = 1000;
// Transitions happen only when a test moves this clock, so in-between statuses are always seen.
const clock = new ManualClock(Date.now());

function elapse(): void {
  clock.advance(TRANSITION_MS);
}

interface Pair {
  a: Vpc;
  /** The CIDR of the vSwitch in `a`. */
  vSwitchCidr: string;
  b: Vpc;
  peerId: string;
  client: VpcClient;
}

let block = 0;
async function activePair(emulator: RunningEmulator): Promise<Pair> {
  const n = block++;
  const a = emulator.world.addVpc('network-hub', REGION, { cidrBlock: `10.${100 + n}.0.0/16`, vSwitches: [{ cidrBlock: `10.${100 + n}.1.0/24` }] });
  const b = emulator.world.addVpc('network-hub', REGION, { cidrBlock: `10.${150 + n}.0.0/16`, vSwitches: [{ cidrBlock: `10.${150 + n}.1.0/24` }] });
  const hub = accountOf(emulator, 'network-hub');
  const { InstanceId } = await peerCall(genericClient(emulator, hub), 'CreateVpcPeerConnection', {
    RegionId: REGION,
    VpcId: a.id,
    AcceptingAliUid: hub.uid,
    AcceptingRegionId: REGION,
    AcceptingVpcId: b.id,
  });
  elapse();
  assert.equal(emulator.world.peerConnection(InstanceId)?.status, 'Activated');
  return { a, vSwitchCidr: `10.${100 + n}.1.0/24`, b, peerId: InstanceId, client: vpcClient(emulator, hub) };
}

function route(pair: Pair, destination: string, extra: Partial<CreateRouteEntryRequest> = {}): Promise<unknown> {
  return pair.client.createRouteEntry(
    new CreateRouteEntryRequest({ regionId: REGION, routeTableId: pair.a.routeTableIds[0], destinationCidrBlock: destination, nextHopType: 'VpcPeer', nextHopId: pair.peerId, ...extra }),
  );
}

async function entries(pair: Pair): Promise<Array<{ id: string; destination: string; status: string }>> {
  const body = (await pair.client.describeRouteEntryList(new DescribeRouteEntryListRequest({ regionId: REGION, routeTableId: pair.a.routeTableIds[0], maxResult: 100 }))).body!;
  return body.routeEntrys!.routeEntry!.map((e) => ({ id: e.routeEntryId!, destination: e.destinationCidrBlock!, status: e.status! }));
}

describe('emulator: route entries', () => {
  const emulator = useEmulator({ scenario: 'empty', transitionMs: TRANSITION_MS, quotas: { customRouteEntriesPerTable: 4 }, clock });

  it('creates a route via a peer connection: Pending, then Available, with the far end in NextHopRelatedInfo', async () => {
    const pair = await activePair(emulator());
    const created = (await route(pair, pair.b.cidrBlock, { routeEntryName: 'to-b', description: 'B side' })) as { body: { routeEntryId: string } };
    assert.match(created.body.routeEntryId, /^rte-bp1/);
    assert.equal((await entries(pair)).find((e) => e.id === created.body.routeEntryId)?.status, 'Pending');
    elapse();
    assert.ok((await entries(pair)).every((e) => e.status === 'Available'));
    const raw = (await pair.client.describeRouteEntryList(new DescribeRouteEntryListRequest({ regionId: REGION, routeTableId: pair.a.routeTableIds[0], routeEntryType: 'Custom' }))).body!;
    const [entry] = raw.routeEntrys!.routeEntry!;
    assert.equal(entry.routeEntryName, 'to-b');
    assert.equal(entry.type, 'Custom');
    assert.deepEqual(
      entry.nextHops!.nextHop!.map((h) => [h.nextHopType, h.nextHopId, h.nextHopRelatedInfo?.instanceId, h.nextHopRelatedInfo?.regionId]),
      [['VpcPeer', pair.peerId, pair.b.id, REGION]],
    );
    assert.equal((await entries(pair)).filter((e) => e.destination === pair.vSwitchCidr).length, 1, 'the vSwitch CIDR has its system route');
  });

  it('refuses conflicting, reserved, malformed and busy destinations with the documented codes', async () => {
    const pair = await activePair(emulator());
    await route(pair, '192.168.0.0/16');
    await expectApiError(route(pair, '172.20.0.0/16'), 'IncorrectRouteEntryStatus');
    elapse();
    assert.ok((await entries(pair)).every((e) => e.status === 'Available'));
    await expectApiError(route(pair, '192.168.0.0/16'), 'InvalidCIDRBlock.Duplicate');
    await expectApiError(route(pair, pair.vSwitchCidr), 'InvalidCidrBlock');
    await expectApiError(route(pair, pair.vSwitchCidr.replace('.0/24', '.128/25')), 'InvalidCidrBlock');
    await expectApiError(route(pair, '100.64.0.0/10'), 'InvalidCidrBlock');
    await expectApiError(route(pair, '224.0.0.0/8'), 'InvalidDestinationCidrBlock');
    await expectApiError(route(pair, '10.1.2.3/16'), 'InvalidCidrBlock.Malformed');
    await expectApiError(route(pair, '10.1.2.0/33'), 'InvalidCidrBlock.Malformed');
    await expectApiError(route(pair, 'fd00::/8'), 'UnsupportedFeature.VpcPeerIpv6');
    await expectApiError(route(pair, '172.30.0.0/16', { dryRun: true }), 'DryRunOperation');
    assert.ok(!(await entries(pair)).some((e) => e.destination === '172.30.0.0/16'));
    // A destination may contain a vSwitch CIDR (the more specific local route wins).
    await route(pair, '10.0.0.0/8');
  });

  it('checks the next hop: it must exist, be Activated and connect the table’s VPC', async () => {
    const pair = await activePair(emulator());
    const other = await activePair(emulator());
    await expectApiError(route(pair, '172.21.0.0/16', { nextHopId: other.peerId }), 'ResourceNotFound.VpcPeer');
    await expectApiError(route(pair, '172.21.0.0/16', { nextHopId: 'pcc-nothere' }), 'ResourceNotFound.VpcPeer');
    emulator().world.setPeerStatus(pair.peerId, 'Updating');
    await expectApiError(route(pair, '172.21.0.0/16'), 'IncorrectStatus.VpcPeer');
    elapse();
    await expectApiError(route(pair, '172.21.0.0/16', { nextHopType: 'Instance', nextHopId: 'i-bp1abc' }), 'InvalidNextHopId.NotFound', 404);
    await expectApiError(route(pair, '172.21.0.0/16', { nextHopType: 'Teleporter' }), 'InvalidNextHopType');
    await expectApiError(
      route(pair, '172.21.0.0/16', {
        nextHopList: [new CreateRouteEntryRequestNextHopList({ nextHopType: 'VpcPeer', nextHopId: pair.peerId })],
      }),
      'InvalidNexthopTypeAndList.BothNotNull',
    );
    await expectApiError(route(pair, '172.21.0.0/16', { nextHopType: undefined, nextHopId: undefined }), 'InvalidNexthopTypeAndList.BothNull');
    await expectApiError(route(pair, '172.21.0.0/16', { routeTableId: 'vtb-notmine' }), 'InvalidRouteTableId.NotFound', 404);
  });

  it('enforces the custom route quota of a table', async () => {
    const pair = await activePair(emulator());
    for (const second of [1, 2, 3, 4]) {
      await route(pair, `172.${second}.0.0/16`);
      elapse();
    assert.ok((await entries(pair)).every((e) => e.status === 'Available'));
    }
    const error = await expectApiError(route(pair, '172.5.0.0/16'), 'QuotaExceeded');
    assert.match(error.message, /usage 4\/4/);
  });

  it('deletes by id or by destination and next hop through Deleting; system routes stay', async () => {
    const pair = await activePair(emulator());
    const first = ((await route(pair, '172.16.0.0/16')) as { body: { routeEntryId: string } }).body.routeEntryId;
    elapse();
    assert.ok((await entries(pair)).every((e) => e.status === 'Available'));
    await expectApiError(pair.client.deleteRouteEntry(new DeleteRouteEntryRequest({ regionId: REGION, routeEntryId: first, dryRun: true })), 'DryRunOperation');
    await pair.client.deleteRouteEntry(new DeleteRouteEntryRequest({ regionId: REGION, routeEntryId: first }));
    assert.equal((await entries(pair)).find((e) => e.id === first)?.status, 'Deleting');
    await expectApiError(pair.client.deleteRouteEntry(new DeleteRouteEntryRequest({ regionId: REGION, routeEntryId: first })), 'IncorrectRouteEntryStatus');
    elapse();
    assert.ok(!(await entries(pair)).some((e) => e.id === first));

    await route(pair, '172.17.0.0/16');
    elapse();
    assert.ok((await entries(pair)).every((e) => e.status === 'Available'));
    await pair.client.deleteRouteEntry(
      new DeleteRouteEntryRequest({ regionId: REGION, routeTableId: pair.a.routeTableIds[0], destinationCidrBlock: '172.17.0.0/16', nextHopId: pair.peerId }),
    );
    elapse();
    assert.ok(!(await entries(pair)).some((e) => e.destination === '172.17.0.0/16'));

    const system = (await entries(pair)).find((e) => e.status === 'Available')!;
    await expectApiError(pair.client.deleteRouteEntry(new DeleteRouteEntryRequest({ regionId: REGION, routeEntryId: system.id })), 'OperationDenied.SystemRouteEntry');
    await expectApiError(pair.client.deleteRouteEntry(new DeleteRouteEntryRequest({ regionId: REGION, routeEntryId: 'rte-gone' })), 'InvalidRouteEntry.NotFound', 404);
  });
});
