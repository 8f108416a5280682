// What the Terraform bridge covers: the alicloud provider's resources. Regions of a cloud whose
// capabilities do not include it (Huawei Cloud) are left out of exports and drift, so a Huawei
// peering is never written as an alicloud resource nor reported as unmanaged by alicloud code.

import { capabilitiesOf } from '../model/capabilities';
import type { InventorySnapshot } from '../model/types';

export function terraformSnapshot(snapshot: InventorySnapshot): InventorySnapshot {
  const covered = snapshot.regions.filter((region) => capabilitiesOf(region.provider).terraform);
  return covered.length === snapshot.regions.length ? snapshot : { ...snapshot, regions: covered };
}
