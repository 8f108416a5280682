import assert from 'node:assert/strict';
import { huaweiCloudError } from '../../../../src/cloud/huawei/errors';
import { isoTime, peerStatus, toPeerConnection } from '../../../../src/cloud/huawei/mapping';

const view = { regionId: 'cn-north-4', projectId: 'a'.repeat(32), accountId: 'd'.repeat(32) };

describe('huawei cloud: mapping to the model', () => {
  it('maps every peering status and refuses an unknown one', () => {
    assert.deepEqual(['PENDING_ACCEPTANCE', 'ACTIVE', 'REJECTED', 'EXPIRED', 'DELETED'].map(peerStatus), ['Accepting', 'Activated', 'Rejected', 'Expired', 'Deleted']);
    assert.throws(() => peerStatus('CREATING'));
  });

  it('reads zone-less UTC times as UTC', () => {
    assert.equal(isoTime('2026-12-02T01:52:31'), '2026-12-02T01:52:31Z');
    assert.equal(isoTime('2026-12-02T01:52:31Z'), '2026-12-02T01:52:31Z');
    assert.equal(isoTime(undefined), undefined);
  });

  it('names the own side by the account and the far side by its project', () => {
    const peering = toPeerConnection(
      {
        id: 'p1',
        name: 'n',
        status: 'PENDING_ACCEPTANCE',
        request_vpc_info: { vpc_id: 'v1', tenant_id: view.projectId },
        accept_vpc_info: { vpc_id: 'v2', tenant_id: 'b'.repeat(32) },
      },
      view,
      (vpcId) => (vpcId === 'v1' ? ['10.0.0.0/16'] : undefined),
    );
    assert.deepEqual(peering.requester, { accountUid: view.accountId, regionId: 'cn-north-4', vpcId: 'v1', ipv4Cidrs: ['10.0.0.0/16'], ipv6Cidrs: [], projectId: view.projectId });
    assert.equal(peering.accepter.accountUid, 'b'.repeat(32));
    assert.deepEqual([peering.status, peering.description, peering.bandwidthMbps, peering.tags], ['Accepting', '', -1, []]);
  });
});

describe('huawei cloud: errors', () => {
  const context = { operation: 'listVpcPeerings', endpoint: 'https://vpc.cn-north-4.myhuaweicloud.com' };

  it('takes the code of the reference and its hint; throttling is transient', () => {
    const throttled = huaweiCloudError({ httpStatusCode: 429, errorCode: 'APIG.0308', errorMsg: 'The throttling threshold has been reached', requestId: 'r1' }, context);
    assert.deepEqual([throttled.code, throttled.kind, throttled.retryClass, throttled.requestId], ['APIG.0308', 'api', 'transient', 'r1']);
    const signature = huaweiCloudError({ httpStatusCode: 401, errorCode: 'APIGW.0301', errorMsg: 'verify aksk signature fail' }, context);
    assert.equal(signature.retryable, false);
    assert.match(signature.hint, /AK/);
  });

  it('falls back on the HTTP status where the body names no code the SDK could parse', () => {
    const conflict = huaweiCloudError({ httpStatusCode: 409, errorMsg: 'Request failed with status code 409' }, context);
    assert.deepEqual([conflict.code, conflict.retryClass], ['Http409', 'final']);
    assert.match(conflict.hint, /current state/);
    const server = huaweiCloudError({ httpStatusCode: 503 }, context);
    assert.equal(server.retryClass, 'transient');
  });

  it('tells timeouts and network failures from API errors', () => {
    assert.equal(huaweiCloudError({ errorMsg: 'timeout of 500ms exceeded' }, context).kind, 'timeout');
    assert.equal(huaweiCloudError({ errorMsg: 'connect ECONNREFUSED 127.0.0.1:1' }, context).kind, 'network');
  });
});
