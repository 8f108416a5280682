import assert from 'node:assert/strict';
import { ClientError, ServerError, ThrottlingError } from '@alicloud/openapi-core';
import { ERROR_CATALOG, lookupError } from '../../../src/cloud/errorCatalog';
import { CloudError, toCloudError } from '../../../src/cloud/errors';

/** Every error code the API reference names (VpcPeer, VPC routes, router interfaces, BGP, SDK, Terraform). */
const REFERENCE_CODES = [
  // VpcPeer create
  'OperationFailed.CdtNotOpened', 'OperationFailed.CrossBorderCdtNotOpened', 'IncorrectStatus.Vpc',
  'IncorrectStatus.AcceptingVpc', 'ResourceAlreadyExist.RouterInterface', 'ResourceAlreadyExist.VpcPeer',
  'OperationDenied.CloudBoxExistsInVpc', 'OperationDenied.CloudBoxExistsInAcceptingVpc',
  'QuotaExceeded.VpcPeerCountPerVpc', 'UnsupportedRegion', 'QuotaExceeded.VpcPeerCountPerUserPerRegion',
  'IncorrectBusinessStatus.VpcPeer', 'OperationFailed.NotExist.ResourceGroup', 'OperationFailed.AcceptUserCdtNotOpened',
  'OperationFailed.AcceptUserCrossBorderCdtNotOpened', 'IncorrectBusinessStatus.AcceptUserVpcPeer',
  'OperationFailed.ViolativeVpcPeer', 'QuotaExceeded.CrossRegionVpcPeerCountPerVpc',
  'QuotaExceeded.IntraRegionVpcPeerCountPerVpc', 'OperationDenied.OperateShareResource',
  'IncorrectBusinessStatus.AcceptVpcPeer', 'OperationFailed.InterRegionLinkTypeNotSupported',
  'OperationFailed.RegionIdNotSupportLinkType', 'OperationFailed.SpecificLinkTypeNotSupported',
  'OperationFailed.CrossBusinessNotAllowed',
  // accept / reject / delete / modify / get
  'ResourceNotFound.InstanceId', 'IncorrectStatus.VpcPeer', 'OperationDenied.RouteEntryExist',
  'OperationDenied.ServiceManagedInstance', 'OperationFailed.BandwidthCannotBeChangedInSameRegion', 'QuotaExceeded.Bandwidth',
  // tags and resource groups
  'InvalidTagKey', 'NumberExceed.Tags', 'NumberExceed.ResourceIds', 'Forbidden.TagKeys', 'Forbidden.TagKey.Duplicated',
  'InvalidInstanceIds.NotFound', 'InvalidInstanceType.NotFound', 'BothEmpty.TagsAndResources', 'ResourceNotFound.VpcPeer',
  // routes
  'InvalidCIDRBlock.Duplicate', 'InvalidRouteEntry.Duplicate', 'RouteConflict.AlreadyExist', 'Duplicated.VpcNextHop',
  'OperationFailed.CidrConflictWithPrefixList', 'OperationUnsupported.DestinationCidrBlockOverlapWithVSwitch',
  'InvalidCidrBlock', 'InvalidCidrBlock.Malformed', 'IllegalParam.CidrBlock', 'InvalidDestinationCidrBlock', 'QuotaExceeded',
  'IncorrectRouteEntryStatus', 'IncorrectVpcStatus', 'TaskConflict', 'OperationFailed.DistibuteLock',
  'UnsupportedFeature.VpcPeerIpv6', 'IncorrectStatus.RouterInterface', 'InvalidRouterInterface', 'InvalidNextHop.NotFound',
  'InvalidNexthopTypeAndList.BothNull', 'InvalidNexthopTypeAndList.BothNotNull', 'InvalidNextHopType',
  'InvalidRouteTableId.NotFound', 'InvalidNextHopId.NotFound', 'InvalidVpc.NotFound', 'RouterEntryConflict.Duplicated',
  'InvalidRouteEntry.NotFound',
  // router interfaces, BGP, Terraform's retry set
  'IncorrectOppositeInterfaceInfo.NotSet', 'DependencyViolation.BgpPeer', 'OperationConflict', 'LastTokenProcessing',
  'IncorrectStatus', 'SystemBusy', 'ServiceUnavailable', 'UnknownError', 'Rejected.Throttling', 'Throttling',
  // SDK, signatures, dry run
  'InvalidCredentials', 'DryRunOperation', 'InvalidAccessKeyId.NotFound', 'SignatureDoesNotMatch',
];

describe('cloud: error catalog', () => {
  it('has its own hint for every error code the reference names', () => {
    const missing = REFERENCE_CODES.filter((code) => !ERROR_CATALOG[code]);
    assert.deepEqual(missing, []);
    for (const code of REFERENCE_CODES) {
      const hint = ERROR_CATALOG[code].hint;
      assert.ok(hint.length > 15 && /[.!]$/.test(hint), `${code}: "${hint}" is not a sentence`);
    }
  });

  it('says what to do for the codes people meet most', () => {
    assert.equal(ERROR_CATALOG['OperationFailed.CdtNotOpened'].hint, 'Open Cloud Data Transfer (CDT) for this account first, then try again.');
    assert.match(ERROR_CATALOG['IncorrectStatus.VpcPeer'].hint, /changing \(wait until it settles\)/);
    assert.equal(ERROR_CATALOG['OperationDenied.RouteEntryExist'].hint, 'Routes still point at this connection: remove them first, or delete with Force.');
    assert.match(ERROR_CATALOG['QuotaExceeded.VpcPeerCountPerVpc'].hint, /peer connections per VPC.*Quota Center/);
    assert.match(ERROR_CATALOG['InvalidAccessKeyId.NotFound'].hint, /profile's keys/);
    assert.match(ERROR_CATALOG.SignatureDoesNotMatch.hint, /profile's keys/);
  });

  it('classifies retry behaviour: throttling transient, busy codes busy, the rest final', () => {
    assert.equal(ERROR_CATALOG['Throttling.User'].retry, 'transient');
    assert.equal(ERROR_CATALOG.ServiceUnavailable.retry, 'transient');
    for (const code of ['IncorrectStatus.VpcPeer', 'TaskConflict', 'OperationConflict', 'OperationFailed.DistibuteLock', 'LastTokenProcessing', 'IncorrectRouteEntryStatus']) {
      assert.equal(ERROR_CATALOG[code].retry, 'busy', code);
    }
    assert.equal(ERROR_CATALOG['OperationFailed.CdtNotOpened'].retry, 'final');
  });

  it('falls back by family for codes it does not list', () => {
    assert.equal(lookupError('Throttling.Something')?.retry, 'transient');
    assert.match(lookupError('QuotaExceeded.NewThing')?.hint ?? '', /Quota Center/);
    assert.match(lookupError('InvalidFoo.NotFound')?.hint ?? '', /refresh/);
    assert.equal(lookupError('CompletelyNew'), undefined);
  });
});

describe('cloud: toCloudError', () => {
  it('keeps code, request id, status and the service message of a real ClientError', () => {
    const thrown = new ClientError({
      statusCode: 400,
      code: 'OperationFailed.CdtNotOpened',
      message: 'code: 400, CDT is not opened. request id: REQ-1',
      data: { Code: 'OperationFailed.CdtNotOpened', Message: 'CDT is not opened.', RequestId: 'REQ-1' },
      requestId: 'REQ-1',
    });
    const error = toCloudError(thrown, { operation: 'CreateVpcPeerConnection' });
    assert.ok(error instanceof CloudError);
    assert.equal(error.code, 'OperationFailed.CdtNotOpened');
    assert.equal(error.requestId, 'REQ-1');
    assert.equal(error.httpStatus, 400);
    assert.equal(error.apiMessage, 'CDT is not opened.');
    assert.equal(error.operation, 'CreateVpcPeerConnection');
    assert.equal(error.kind, 'api');
    assert.equal(error.retryable, false);
    assert.equal(error.hint, 'Open Cloud Data Transfer (CDT) for this account first, then try again.');
    assert.match(error.message, /CreateVpcPeerConnection: OperationFailed.CdtNotOpened: CDT is not opened. \(request id REQ-1\)/);
  });

  it('treats an unknown 5xx as transient and a real ThrottlingError as retryable', () => {
    const server = toCloudError(new ServerError({ statusCode: 502, code: 'BadGateway', message: 'code: 502, oops request id: r', requestId: 'r' }), { operation: 'X' });
    assert.equal(server.retryClass, 'transient');
    assert.equal(server.apiMessage, 'oops');
    const throttled = toCloudError(new ThrottlingError({ statusCode: 400, code: 'Throttling.User', message: 'm', requestId: 'r' }), { operation: 'X' });
    assert.equal(throttled.retryable, true);
  });

  it('maps transport failures to NetworkError with a hint naming the endpoint', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const error = toCloudError(refused, { operation: 'DescribeVpcs', endpoint: '127.0.0.1:1' });
    assert.equal(error.code, 'NetworkError');
    assert.equal(error.kind, 'network');
    assert.equal(error.hint, 'Cannot reach 127.0.0.1:1: check the network or proxy.');
    assert.equal(error.retryable, true);
  });

  it('maps the HTTP layer timeout and a non-JSON answer', () => {
    const timeout = Object.assign(new Error('ReadTimeout: 10. POST / failed.'), { name: 'RequestTimeoutError' });
    assert.equal(toCloudError(timeout, { operation: 'X' }).code, 'RequestTimeout');
    let syntax: unknown;
    try {
      JSON.parse('<html>');
    } catch (e) {
      syntax = e;
    }
    const invalid = toCloudError(syntax, { operation: 'X', endpoint: 'proxy:8080' });
    assert.equal(invalid.code, 'InvalidResponse');
    assert.equal(invalid.retryable, true);
  });

  it('never carries a secret in its message, apiMessage, toString or JSON', () => {
    const secret = 'S3cr3tValue-abcdefgh';
    const thrown = new ClientError({
      statusCode: 400,
      code: 'SignatureDoesNotMatch',
      message: `code: 400, bad signature for ${secret} request id: r`,
      data: { Message: `bad signature for ${secret}; "access_key_secret": "other-secret-1234"` },
    });
    const error = toCloudError(thrown, { operation: 'DescribeVpcs', secrets: [secret] });
    for (const text of [error.message, error.apiMessage, String(error), JSON.stringify(error), error.stack ?? '']) {
      assert.ok(!text.includes(secret), text);
      assert.ok(!text.includes('other-secret-1234'), text);
    }
  });

  it('gives a copy with another hint that keeps everything else, attempts included', () => {
    const original = new CloudError({
      code: 'Throttling',
      operation: 'CreateRouteEntry',
      kind: 'api',
      apiMessage: 'too fast',
      requestId: 'req-1',
      httpStatus: 400,
      endpoint: 'vpc.aliyuncs.com',
      retryAfterMs: 1500,
    });
    original.attempts = 3;
    const copy = original.withHint('Wait for the other route first.');
    assert.equal(copy.hint, 'Wait for the other route first.');
    assert.deepEqual({ ...copy.toJSON(), hint: original.hint }, original.toJSON());
    assert.deepEqual([copy.message, copy.endpoint, copy.retryAfterMs, copy.retryClass], [original.message, 'vpc.aliyuncs.com', 1500, original.retryClass]);
  });

  it('passes a CloudError through unchanged', () => {
    const original = new CloudError({ code: 'Aborted', operation: 'X', kind: 'aborted', apiMessage: 'stop' });
    assert.equal(toCloudError(original, { operation: 'Y' }), original);
  });
});
