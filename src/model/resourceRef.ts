// Which cloud resource something stands for: one handle shared by the explorer tree, the graph,
// the topology page and the commands, so "which resource is this" is answered in one shape.
//
// A ref names a resource by where it lives (provider, account, region), what it is (kind) and
// its id, plus the resources it sits inside when its id alone does not place it in the tree:
//
//   kind             within (outermost first)       id
//   account          —                              the account UID (regionId is '')
//   region           —                              the region id (same as regionId)
//   vpc              —                              vpc-…
//   peerConnection   —                              pcc-…  (listed under each end's VPC)
//   routeTable       vpc                            vtb-…
//   routeEntry       vpc, routeTable                rte-…, or the destination CIDR when it has no id
//   routerInterface  —                              ri-…   (listed under its router's VPC)
//   vbr              —                              vbr-…
//   bgpGroup         vbr                            bgpg-…
//   bgpPeer          vbr, bgpGroup                  bgp-…
//
// `within` is optional where the store can find the container itself (a BGP peer's group and
// VBR); a ref built from the tree always carries it.
//
// The key (`resourceKey`) is a path, outermost first, so the refs inside a resource have its key
// as a prefix:  alibaba/1234567890/cn-hangzhou/vpc/vpc-1/routeTable/vtb-1
// Every segment is URI-encoded, so ids with `/` or `:` (a route entry's CIDR) cannot add one.

/** Where a resource's API lives. */
export const CLOUD_PROVIDERS = ['alibaba', 'huawei'] as const;
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

/** Every kind of resource the product shows or acts on: tree nodes, graph elements, menus, commands. */
export const RESOURCE_KINDS = [
  'account',
  'region',
  'vpc',
  'peerConnection',
  'routeTable',
  'routeEntry',
  'routerInterface',
  'vbr',
  'bgpGroup',
  'bgpPeer',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** One step of a ref's container chain. */
export interface ResourceStep {
  readonly kind: ResourceKind;
  readonly id: string;
}

export interface ResourceRef extends ResourceStep {
  readonly provider: CloudProvider;
  readonly accountUid: string;
  /** '' for an account. */
  readonly regionId: string;
  /** The resources this one sits inside, outermost first (see the table above). */
  readonly within?: readonly ResourceStep[];
}

/** The containers a kind may name in `within`, outermost first. */
export const CONTAINER_KINDS: Readonly<Record<ResourceKind, readonly ResourceKind[]>> = {
  account: [],
  region: [],
  vpc: [],
  peerConnection: [],
  routeTable: ['vpc'],
  routeEntry: ['vpc', 'routeTable'],
  routerInterface: [],
  vbr: [],
  bgpGroup: ['vbr'],
  bgpPeer: ['vbr', 'bgpGroup'],
};

export function isResourceKind(value: unknown): value is ResourceKind {
  return typeof value === 'string' && (RESOURCE_KINDS as readonly string[]).includes(value);
}

export function resourceRef(
  kind: ResourceKind,
  place: { accountUid: string; regionId: string; provider?: CloudProvider },
  id: string,
  within?: readonly ResourceStep[],
): ResourceRef {
  const ref: ResourceRef = { provider: place.provider ?? 'alibaba', accountUid: place.accountUid, regionId: place.regionId, kind, id };
  return within && within.length > 0 ? { ...ref, within: within.map((step) => ({ kind: step.kind, id: step.id })) } : ref;
}

/** A ref for a resource inside `container` (e.g. a route table inside its VPC's ref). */
export function childRef(container: ResourceRef, kind: ResourceKind, id: string): ResourceRef {
  const chain = [...(container.within ?? []), { kind: container.kind, id: container.id }].filter((step) => CONTAINER_KINDS[kind].includes(step.kind));
  return resourceRef(kind, container, id, chain);
}

/** The container of `kind` this ref names, if any (e.g. the VPC of a route table). */
export function containerId(ref: ResourceRef, kind: ResourceKind): string | undefined {
  return ref.kind === kind ? ref.id : ref.within?.find((step) => step.kind === kind)?.id;
}

/** Stable text for a ref: the map key and the tree id's tail; two refs share it only when they name the same resource. */
export function resourceKey(ref: ResourceRef): string {
  const steps = [...(ref.within ?? []), { kind: ref.kind, id: ref.id }];
  return [ref.provider, ref.accountUid, ref.regionId, ...steps.flatMap((step) => [step.kind, step.id])].map(encodeURIComponent).join('/');
}

/**
 * Whether `candidate` is the resource `wanted` describes. `wanted` may leave out what its source
 * did not know (an empty account UID or region, no `within`); what it does say must agree.
 */
export function matchesRef(candidate: ResourceRef, wanted: ResourceRef): boolean {
  if (candidate.kind !== wanted.kind || candidate.id !== wanted.id || candidate.provider !== wanted.provider) return false;
  if (wanted.accountUid !== '' && candidate.accountUid !== wanted.accountUid) return false;
  if (wanted.regionId !== '' && candidate.regionId !== wanted.regionId) return false;
  return (wanted.within ?? []).every((step) => containerId(candidate, step.kind) === step.id);
}

/** Whether `ref` is a ref in the sense of this module (for values that crossed a boundary). */
export function isResourceRef(value: unknown): value is ResourceRef {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const within = v.within;
  return (
    (CLOUD_PROVIDERS as readonly unknown[]).includes(v.provider) &&
    typeof v.accountUid === 'string' &&
    typeof v.regionId === 'string' &&
    isResourceKind(v.kind) &&
    typeof v.id === 'string' &&
    v.id !== '' &&
    (within === undefined ||
      (Array.isArray(within) &&
        within.every((step: unknown) => typeof step === 'object' && step !== null && isResourceKind((step as ResourceStep).kind) && typeof (step as ResourceStep).id === 'string')))
  );
}
