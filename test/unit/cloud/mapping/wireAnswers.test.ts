import assert from 'node:assert/strict';
import {
  DescribeBgpGroupsResponseBodyBgpGroupsBgpGroup,
  DescribeRouteEntryListResponseBodyRouteEntrysRouteEntry,
  DescribeRouteEntryListResponseBodyRouteEntrysRouteEntryNextHops,
  DescribeRouteEntryListResponseBodyRouteEntrysRouteEntryNextHopsNextHop,
  DescribeVpcsResponseBodyVpcsVpc,
  DescribeVpcsResponseBodyVpcsVpcTags,
  DescribeVpcsResponseBodyVpcsVpcTagsTag,
  DescribeVpcsResponseBodyVpcsVpcVSwitchIds,
} from '@alicloud/vpc20160428';
import { toBgpGroup } from '../../../../src/cloud/mapping/expressConnect';
import { toPeerConnection } from '../../../../src/cloud/mapping/peerConnection';
import { toRouteEntry, toVpc } from '../../../../src/cloud/mapping/vpc';
import { accountId, optionalNumber } from '../../../../src/cloud/mapping/wireValues';

describe('cloud: mapping wire answers into the domain', () => {
  it('maps a VpcPeer connection (PascalCase JSON) with both ends, tags and an open acceptance window', () => {
    const peer = toPeerConnection({
      InstanceId: 'pcc-1',
      Name: 'hub-to-app',
      Description: 'd',
      OwnerId: 1210123456123456,
      AcceptingOwnerUid: '1420304050607080',
      RegionId: 'cn-hangzhou',
      AcceptingRegionId: 'cn-beijing',
      Bandwidth: 1024,
      Status: 'Accepting',
      BizStatus: 'Normal',
      LinkType: 'Gold',
      GmtCreate: '2026-01-01T00:00:00Z',
      GmtModified: '2026-01-01T00:00:00Z',
      GmtExpired: '2026-01-08T00:00:00Z',
      ResourceGroupId: 'rg-1',
      Vpc: { VpcId: 'vpc-a', Ipv4Cidrs: ['10.0.0.0/16'], Ipv6Cidrs: [] },
      AcceptingVpc: { VpcId: 'vpc-b', Ipv4Cidrs: ['10.1.0.0/16', '10.2.0.0/16'] },
      Tags: [{ Key: 'env', Value: 'prod' }],
    });
    assert.deepEqual(peer.requester, { accountUid: '1210123456123456', regionId: 'cn-hangzhou', vpcId: 'vpc-a', ipv4Cidrs: ['10.0.0.0/16'], ipv6Cidrs: [] });
    assert.deepEqual(peer.accepter, { accountUid: '1420304050607080', regionId: 'cn-beijing', vpcId: 'vpc-b', ipv4Cidrs: ['10.1.0.0/16', '10.2.0.0/16'], ipv6Cidrs: [] });
    assert.equal(peer.status, 'Accepting');
    assert.equal(peer.expiresAt, '2026-01-08T00:00:00Z');
    assert.equal(peer.linkType, 'Gold');
    assert.deepEqual(peer.tags, [{ key: 'env', value: 'prod' }]);
  });

  it('leaves out what the service leaves out: no expiry outside Accepting/Expired, unlimited bandwidth by default', () => {
    const peer = toPeerConnection({ InstanceId: 'pcc-2', Status: 'Activated', GmtExpired: null, LinkType: 'Unknown' });
    assert.equal(peer.expiresAt, undefined);
    assert.equal(peer.bandwidthMbps, -1);
    assert.equal(peer.linkType, undefined);
    assert.equal(peer.bizStatus, 'Normal');
  });

  it('keeps account ids as full digit strings', () => {
    assert.equal(accountId(1510203040506070), '1510203040506070');
    assert.equal(accountId('1730405060708090'), '1730405060708090');
    assert.equal(accountId(1e21), '1000000000000000000000');
    assert.equal(optionalNumber('65010'), 65010);
    assert.equal(optionalNumber('abc'), undefined);
  });

  it('maps a VPC SDK model, falling back to the caller for a missing owner', () => {
    const vpc = toVpc(
      new DescribeVpcsResponseBodyVpcsVpc({
        vpcId: 'vpc-1',
        vpcName: 'one',
        cidrBlock: '10.0.0.0/16',
        VRouterId: 'vrt-1',
        vSwitchIds: new DescribeVpcsResponseBodyVpcsVpcVSwitchIds({ vSwitchId: ['vsw-1', 'vsw-2'] }),
        tags: new DescribeVpcsResponseBodyVpcsVpcTags({ tag: [new DescribeVpcsResponseBodyVpcsVpcTagsTag({ key: 'k', value: '' })] }),
        isDefault: true,
      }),
      'cn-beijing',
      '1999000011112222',
    );
    assert.equal(vpc.accountUid, '1999000011112222');
    assert.equal(vpc.regionId, 'cn-beijing');
    assert.equal(vpc.vRouterId, 'vrt-1');
    assert.deepEqual(vpc.vSwitchIds, ['vsw-1', 'vsw-2']);
    assert.deepEqual(vpc.tags, [{ key: 'k', value: '' }]);
    assert.equal(vpc.isDefault, true);
  });

  it('maps route entries with their next hops', () => {
    const entry = toRouteEntry(
      new DescribeRouteEntryListResponseBodyRouteEntrysRouteEntry({
        routeEntryId: 'rte-1',
        routeTableId: 'vtb-1',
        destinationCidrBlock: '10.1.0.0/16',
        type: 'Custom',
        status: 'Available',
        nextHops: new DescribeRouteEntryListResponseBodyRouteEntrysRouteEntryNextHops({
          nextHop: [new DescribeRouteEntryListResponseBodyRouteEntrysRouteEntryNextHopsNextHop({ nextHopType: 'VpcPeer', nextHopId: 'pcc-1', nextHopRegionId: 'cn-beijing' })],
        }),
      }),
      'cn-hangzhou',
    );
    assert.deepEqual(entry.nextHops, [{ type: 'VpcPeer', id: 'pcc-1', regionId: 'cn-beijing' }]);
    assert.equal(entry.regionId, 'cn-hangzhou');
  });

  it('turns a BGP group auth key into a flag and its string numbers into numbers', () => {
    const group = toBgpGroup(
      new DescribeBgpGroupsResponseBodyBgpGroupsBgpGroup({ bgpGroupId: 'bgpg-1', routerId: 'vbr-1', peerAsn: '65010', localAsn: '45104', authKey: 'secret-key', routeLimit: '110' }),
      'cn-hangzhou',
    );
    assert.equal(group.hasAuthKey, true);
    assert.equal(group.peerAsn, 65010);
    assert.equal(group.localAsn, 45104);
    assert.equal(group.routeLimit, 110);
    assert.ok(!JSON.stringify(group).includes('secret-key'));
  });
});
