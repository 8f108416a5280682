// Router interface specs, statuses and the bandwidth each spec stands for.

export const SPEC_BANDWIDTH_MBPS: Record<string, number> = {
  'Mini.2': 2,
  'Mini.5': 5,
  'Small.1': 10,
  'Small.2': 20,
  'Small.5': 50,
  'Middle.1': 100,
  'Middle.2': 200,
  'Middle.5': 500,
  'Large.1': 1000,
  'Large.2': 2000,
  'Large.5': 5000,
  'Xlarge.1': 10000,
};

export const ROUTER_INTERFACE_SPECS: readonly string[] = Object.keys(SPEC_BANDWIDTH_MBPS);

export const ROUTER_INTERFACE_STATUSES = [
  'Idle',
  'AcceptingConnecting',
  'Connecting',
  'Activating',
  'Active',
  'Modifying',
  'Deactivating',
  'Inactive',
  'Deleting',
] as const;

/** Mbit/s of a spec; an accepting side (`Negative`) takes the initiator's bandwidth. */
export function bandwidthOfSpec(spec: string): number | undefined {
  return SPEC_BANDWIDTH_MBPS[spec];
}
