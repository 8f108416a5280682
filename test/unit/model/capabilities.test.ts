import assert from 'node:assert/strict';
import { ALIBABA_CAPABILITIES, capabilitiesOf, HUAWEI_CAPABILITIES } from '../../../src/model/capabilities';

describe('provider capabilities', () => {
  it('answers for the profile’s cloud, Alibaba Cloud when a profile names none', () => {
    assert.equal(capabilitiesOf(undefined), ALIBABA_CAPABILITIES);
    assert.equal(capabilitiesOf('huawei'), HUAWEI_CAPABILITIES);
  });

  it('says what Huawei Cloud peering lacks', () => {
    const { interRegionPeering, bandwidth, dryRun, tagsAndResourceGroups, forceDelete, expressConnect, terraform } = HUAWEI_CAPABILITIES;
    assert.deepEqual({ interRegionPeering, bandwidth, dryRun, tagsAndResourceGroups, forceDelete, expressConnect, terraform }, {
      interRegionPeering: false, bandwidth: false, dryRun: false, tagsAndResourceGroups: false, forceDelete: false, expressConnect: false, terraform: false,
    });
  });

  it("opens a Huawei resource at its region's VPC console; Alibaba Cloud pages are per resource", () => {
    assert.equal(HUAWEI_CAPABILITIES.regionConsole?.('cn-north-4'), 'https://console.huaweicloud.com/vpc/?region=cn-north-4');
    assert.equal(ALIBABA_CAPABILITIES.regionConsole, undefined);
  });
});
