// Assembles a scenario document in code, handing out ids from a seeded generator so that the same
// seed always yields the same ids. Used by the demo scenario and the generator.

import { IdFactory, type IdPrefix } from '../ids';
import { SeededRandom } from '../random';
import { regionInfo } from '../regions';
import type {
  ScenarioAccount,
  ScenarioBgpGroup,
  ScenarioBgpPeer,
  ScenarioDocument,
  ScenarioPeerConnection,
  ScenarioRouteEntry,
  ScenarioRouterInterface,
  ScenarioVbr,
  ScenarioVpc,
  ScenarioVSwitch,
} from './document';

/** A VPC as added: its entry with the ids drawn for it, and its vSwitches' ids and its CIDR blocks. */
export type BuiltVpc = ScenarioVpc & { name: string; vRouterId: string; systemRouteTableId: string; vSwitchIds: string[]; cidrs: string[] };

type VpcSpec = Omit<ScenarioVpc, 'id' | 'vRouterId' | 'systemRouteTableId' | 'vSwitches'> & {
  vSwitches?: Array<Omit<ScenarioVSwitch, 'id' | 'systemRouteEntryId'>>;
};

export class ScenarioBuilder {
  readonly ids: IdFactory;
  private readonly doc: Required<Omit<ScenarioDocument, 'description' | 'huawei'>> & { description?: string };

  constructor(seed: number, accounts: ScenarioAccount[], regions: string[], description?: string) {
    this.ids = new IdFactory(new SeededRandom(seed));
    this.doc = {
      version: 1,
      description,
      regions,
      accounts,
      vpcs: [],
      routeTables: [],
      routeEntries: [],
      peerConnections: [],
      routerInterfaces: [],
      vbrs: [],
      bgpGroups: [],
      bgpPeers: [],
    };
  }

  vpc(spec: VpcSpec): BuiltVpc {
    const { regionId } = spec;
    const zones = regionInfo(regionId)?.zones ?? [];
    const vpc = {
      ...spec,
      id: this.ids.next('vpc', regionId),
      vRouterId: this.ids.next('vrt', regionId),
      systemRouteTableId: this.ids.next('vtb', regionId),
      vSwitches: (spec.vSwitches ?? []).map((s, i) => ({
        ...s,
        zoneId: s.zoneId ?? zones[i % zones.length],
        id: this.ids.next('vsw', regionId),
        systemRouteEntryId: this.ids.next('rte', regionId),
      })),
    };
    this.doc.vpcs.push(vpc);
    return { ...vpc, name: spec.name ?? '', vSwitchIds: vpc.vSwitches.map((s) => s.id), cidrs: [spec.cidrBlock, ...(spec.secondaryCidrs ?? [])] };
  }

  /** A custom route table in `vpc`, bound to the given vSwitches of it. */
  routeTable(vpc: BuiltVpc, name: string, description: string, vSwitchIds: string[]): string {
    const id = this.ids.next('vtb', vpc.regionId);
    this.doc.routeTables.push({ id, vpcId: vpc.id, name, description });
    for (const s of this.doc.vpcs.find((v) => v.id === vpc.id)?.vSwitches ?? []) {
      if (vSwitchIds.includes(s.id)) s.routeTableId = id;
    }
    return id;
  }

  peer(spec: Omit<ScenarioPeerConnection, 'id'> & { regionId: string }): string {
    const { regionId, ...rest } = spec;
    return this.append(this.doc.peerConnections, 'pcc', regionId, rest);
  }

  route(regionId: string, spec: Omit<ScenarioRouteEntry, 'id'>): string {
    return this.append(this.doc.routeEntries, 'rte', regionId, spec);
  }

  vbr(spec: Omit<ScenarioVbr, 'id' | 'routeTableId' | 'vlanInterfaceId' | 'physicalConnectionId'>): { id: string; routeTableId: string } {
    const id = this.ids.next('vbr', spec.regionId);
    const routeTableId = this.ids.next('vtb', spec.regionId);
    this.doc.vbrs.push({
      ...spec,
      id,
      routeTableId,
      vlanInterfaceId: this.ids.next('ri', spec.regionId),
      physicalConnectionId: this.ids.next('pc', spec.regionId),
    });
    return { id, routeTableId };
  }

  routerInterface(spec: Omit<ScenarioRouterInterface, 'id'>): string {
    return this.append(this.doc.routerInterfaces, 'ri', spec.regionId, spec);
  }

  /** Points two interfaces at each other (both must exist). */
  pairInterfaces(a: string, b: string): void {
    const first = this.doc.routerInterfaces.find((r) => r.id === a)!;
    const second = this.doc.routerInterfaces.find((r) => r.id === b)!;
    first.oppositeInterfaceId = b;
    second.oppositeInterfaceId = a;
  }

  bgpGroup(regionId: string, spec: Omit<ScenarioBgpGroup, 'id'>): string {
    return this.append(this.doc.bgpGroups, 'bgpg', regionId, spec);
  }

  bgpPeer(regionId: string, spec: Omit<ScenarioBgpPeer, 'id'>): string {
    return this.append(this.doc.bgpPeers, 'bgp', regionId, spec);
  }

  /** Adds a record under a new id of `prefix` in `regionId`, and returns that id. */
  private append<R extends { id?: string }>(list: R[], prefix: IdPrefix, regionId: string, spec: Omit<R, 'id'>): string {
    const id = this.ids.next(prefix, regionId);
    list.push({ id, ...spec } as R);
    return id;
  }

  build(): ScenarioDocument {
    return structuredClone(this.doc);
  }
}
