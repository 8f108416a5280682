import * as assert from 'node:assert/strict';
import { peerAsnProblem } from '../../../../src/model/validation';

describe('peer ASN against the local ASN', () => {
  it('refuses a peer in the same AS as the VBR side (eBGP only)', () => {
    assert.match(peerAsnProblem(45104) ?? '', /differ from the local ASN \(45104\)/);
    assert.match(peerAsnProblem(65001, 65001) ?? '', /differ from the local ASN \(65001\)/);
    assert.equal(peerAsnProblem(45104, 65001), undefined);
    assert.equal(peerAsnProblem(65010), undefined);
  });
});
