// Every error the router interface and BGP operations are documented to answer has a hint of its
// own in the catalog, one that says what to do — not the generic "a parameter was rejected" or
// "not found" fallback of its family. The codes come from the API reference (§3.5 router
// interfaces, §3.6 Express Connect BGP, §5 what Terraform retries on and waits through) and from
// the emulator, which answers these operations as the service does.
import assert from 'node:assert/strict';
import { ERROR_CATALOG } from '../../../src/cloud/errorCatalog';

const NOT_FOUND_PARAMETERS = ['InvalidParameter', 'MissingParameter'];

const CODES_BY_OPERATION: Readonly<Record<string, readonly string[]>> = {
  CreateRouterInterface: ['ResourceAlreadyExist.RouterInterface', 'QuotaExceeded', 'InvalidRouterId.NotFound', 'OperationFailed.NotExist.ResourceGroup', ...NOT_FOUND_PARAMETERS],
  ModifyRouterInterfaceAttribute: ['InvalidRouterInterfaceId.NotFound', 'IncorrectStatus.RouterInterface', ...NOT_FOUND_PARAMETERS],
  ConnectRouterInterface: [
    'InvalidRouterInterfaceId.NotFound',
    'IncorrectStatus.RouterInterface',
    'IncorrectOppositeInterfaceInfo.NotSet',
    'IncorrectOppositeInterfaceInfo.NotMatch',
    'OperationDenied.NotInitiatingSide',
  ],
  ActivateRouterInterface: ['InvalidRouterInterfaceId.NotFound', 'IncorrectStatus.RouterInterface', 'IncorrectBusinessStatus.RouterInterface'],
  DeactivateRouterInterface: ['InvalidRouterInterfaceId.NotFound', 'IncorrectStatus.RouterInterface'],
  DeleteRouterInterface: ['InvalidRouterInterfaceId.NotFound', 'IncorrectStatus.RouterInterface', 'DependencyViolation.RouteEntry'],
  CreateBgpGroup: ['InvalidRouterId.NotFound', 'IncorrectStatus.Vbr', 'OperationUnsupported.Ipv6NotEnabled', 'OperationConflict', ...NOT_FOUND_PARAMETERS],
  ModifyBgpGroupAttribute: ['InvalidBgpGroupId.NotFound', 'IncorrectStatus.BgpGroup', 'OperationConflict', ...NOT_FOUND_PARAMETERS],
  DeleteBgpGroup: ['InvalidBgpGroupId.NotFound', 'IncorrectStatus.BgpGroup', 'DependencyViolation.BgpPeer'],
  CreateBgpPeer: ['InvalidBgpGroupId.NotFound', 'IncorrectStatus.BgpGroup', 'QuotaExceeded', 'InvalidPeerIpAddress.Duplicate', ...NOT_FOUND_PARAMETERS],
  ModifyBgpPeerAttribute: ['InvalidBgpPeerId.NotFound', 'IncorrectStatus.BgpPeer', ...NOT_FOUND_PARAMETERS],
  DeleteBgpPeer: ['InvalidBgpPeerId.NotFound', 'IncorrectStatus.BgpPeer'],
};

/** A hint a person can act on says what to do: an imperative after the diagnosis. */
const SAYS_WHAT_TO_DO = /\b(wait|delete|remove|check|settle|set|pick|enable|use|keep|refresh|connect|give|free|ask|see)\b/i;

describe('error hints of the router interface and BGP operations', () => {
  for (const [operation, codes] of Object.entries(CODES_BY_OPERATION)) {
    it(`${operation}: every documented code has its own hint that says what to do`, () => {
      for (const code of codes) {
        const info = ERROR_CATALOG[code];
        assert.ok(info, `${operation} can answer ${code}, which has no entry in the catalog`);
        assert.match(info.hint, SAYS_WHAT_TO_DO, `${code}: "${info.hint}"`);
      }
    });
  }

  it('IPv6 not enabled on the VBR says to enable it there, or to use IPv4', () => {
    const { hint, retry } = ERROR_CATALOG['OperationUnsupported.Ipv6NotEnabled'];
    assert.match(hint, /enable/i);
    assert.match(hint, /IPv4/);
    assert.equal(retry, 'final', 'sending it again changes nothing');
  });

  it('a group or peer in the middle of a change is busy, so a write that waits on it may retry', () => {
    for (const code of ['IncorrectStatus.BgpGroup', 'IncorrectStatus.BgpPeer', 'IncorrectStatus.RouterInterface', 'DependencyViolation.BgpPeer']) {
      assert.equal(ERROR_CATALOG[code].retry, 'busy', code);
    }
  });
});
