import * as assert from 'node:assert/strict';
import { quoteLongIntegers, readTerraformState } from '../../../../src/terraform/workspace/readTerraformState';

describe('terraform/workspace/readTerraformState', () => {
  it('keeps every digit of 16-digit account UIDs and leaves other numbers and strings alone', () => {
    const json = '{"a": 9876543210987651, "b": 100, "c": "9876543210987651", "d": -1234567890123456789, "e": 1.5e3, "f": "say \\"12345678901234567\\""}';
    assert.deepEqual(JSON.parse(quoteLongIntegers(json)), {
      a: '9876543210987651',
      b: 100,
      c: '9876543210987651',
      d: '-1234567890123456789',
      e: 1500,
      f: 'say "12345678901234567"',
    });
  });

  it('lists managed instances with module and index in their address, the line of their name, and skips data sources', () => {
    const text = JSON.stringify(
      {
        version: 4,
        resources: [
          { mode: 'data', type: 'alicloud_account', name: 'me', instances: [{ attributes: { id: '123' } }] },
          { module: 'module.net', mode: 'managed', type: 'alicloud_route_entry', name: 'r', instances: [{ index_key: 0, attributes: { id: 'vtb-1:vrt-1:10.0.0.0/16:VpcPeer:pcc-1' } }, { index_key: 'b', attributes: { id: 'x' } }] },
        ],
      },
      null,
      2,
    );
    const resources = readTerraformState('/w/terraform.tfstate', text);
    assert.deepEqual(resources.map((r) => [r.address, r.id]), [
      ['module.net.alicloud_route_entry.r[0]', 'vtb-1:vrt-1:10.0.0.0/16:VpcPeer:pcc-1'],
      ['module.net.alicloud_route_entry.r["b"]', 'x'],
    ]);
    assert.equal(text.split('\n')[resources[0].line - 1].trim(), '"name": "r",');
  });

  it('refuses a state format it does not know instead of guessing', () => {
    assert.throws(() => readTerraformState('/w/old.tfstate', '{"version": 3, "modules": []}'), /version 3 is not supported/);
  });
});
