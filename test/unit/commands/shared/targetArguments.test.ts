import assert from 'node:assert/strict';
import { ArgumentError } from '../../../../src/commands/shared/arguments';
import { ID_ARGUMENTS, namedTarget } from '../../../../src/commands/shared/targetArguments';
import { resourceKey } from '../../../../src/model/resourceRef';

const accountOf = (profileId: string) => (profileId === 'hub' ? '1200000000000001' : undefined);

describe('target arguments (how an arguments object names a resource)', () => {
  it('reads every documented id key, with the place the arguments give', () => {
    assert.deepEqual(ID_ARGUMENTS, { vpc: 'vpcId', peerConnection: 'connectionId', routerInterface: 'routerInterfaceId', vbr: 'vbrId', bgpGroup: 'bgpGroupId', bgpPeer: 'bgpPeerId' });
    const named = namedTarget({ profileId: 'hub', regionId: 'cn-hangzhou', bgpPeerId: 'bgp-1' }, 'bgpPeer', accountOf);
    assert.equal(named?.profileId, 'hub');
    assert.equal(resourceKey(named!.ref), 'alibaba/1200000000000001/cn-hangzhou/bgpPeer/bgp-1');
    assert.equal(namedTarget({ connectionId: 'pcc-1' }, 'peerConnection', accountOf)?.ref.accountUid, '', 'no account named');
    assert.equal(namedTarget({ accountUid: '1300000000000002', vpcId: 'vpc-1' }, 'vpc', accountOf)?.ref.accountUid, '1300000000000002');
  });

  it('also reads { kind, id }, and nothing for another kind or without an id', () => {
    assert.equal(namedTarget({ kind: 'peerConnection', id: 'pcc-9' }, 'peerConnection', accountOf)?.ref.id, 'pcc-9');
    assert.equal(namedTarget({ kind: 'vpc', id: 'vpc-9' }, 'peerConnection', accountOf), undefined);
    assert.equal(namedTarget({ profileId: 'hub', regionId: 'cn-hangzhou' }, 'vbr', accountOf), undefined);
    assert.equal(namedTarget({ connectionId: 'pcc-1' }, 'vpc', accountOf), undefined);
  });

  it('refuses an id of another kind, a malformed region or account, and a value of the wrong type, naming the key', () => {
    const refused = (args: Record<string, unknown>, kind: Parameters<typeof namedTarget>[1], message: RegExp) =>
      assert.throws(() => namedTarget(args, kind, accountOf), (error: unknown) => error instanceof ArgumentError && message.test(error.message));
    refused({ connectionId: 'vpc-123' }, 'peerConnection', /"connectionId" must start with "pcc-"/);
    refused({ kind: 'bgpPeer', id: 'bgpg-1' }, 'bgpPeer', /"id" must start with "bgp-"/);
    refused({ vbrId: 'vbr-1', regionId: 'Hangzhou' }, 'vbr', /regionId/);
    refused({ vpcId: 'vpc-1', accountUid: 'abc' }, 'vpc', /accountUid/);
    refused({ routerInterfaceId: 42 }, 'routerInterface', /"routerInterfaceId" must be a string/);
  });
});
