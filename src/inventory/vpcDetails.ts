// Route tables, their entries and the vSwitches of one VPC: loaded when a VPC is expanded, when a
// route plan or a diagnosis needs them, and in the background for VPCs that are peered.

import type { InventoryReader, ReadOptions } from '../cloud/accountClient';
import type { RouteEntry, RouteTable, VSwitch } from '../model/types';

export interface VpcDetails {
  routeTables: RouteTable[];
  routeEntries: RouteEntry[];
  vSwitches: VSwitch[];
}

export async function loadVpcDetails(
  reader: InventoryReader,
  regionId: string,
  vpcId: string,
  options: ReadOptions = {},
): Promise<VpcDetails> {
  const [routeTables, vSwitches] = await Promise.all([
    reader.listRouteTables(regionId, vpcId, options),
    reader.listVSwitches(regionId, vpcId, options),
  ]);
  const entriesPerTable = await Promise.all(
    routeTables.map((table) => reader.listRouteEntries(regionId, table.id, options)),
  );
  return { routeTables, routeEntries: entriesPerTable.flat(), vSwitches };
}
