// The VPC 2016-04-28 writes: route entries, router interfaces and Express Connect BGP.
//
// Route entries: route changes are serialised per VPC by the service, so "another change is
// running" codes are waited out; DeleteRouteEntry has no ClientToken, and a repeat that finds the
// route gone counts as done (as Terraform treats it).
//
// Router interfaces, the legacy way to link two routers: create both ends, set each end's
// opposite, connect from the initiating side, activate/deactivate, delete. None of these APIs
// offers DryRun; connect, activate, deactivate and modify have no ClientToken either, so a repeat
// after a lost answer that meets "wrong state" counts as done.
//
// BGP groups on a VBR and peers in a group: none of these APIs offers DryRun. A group's auth key
// is a secret: it is passed to the request and scrubbed from any error text.

import {
  ActivateRouterInterfaceRequest,
  ConnectRouterInterfaceRequest,
  CreateBgpGroupRequest,
  CreateBgpPeerRequest,
  CreateRouteEntryRequest,
  CreateRouterInterfaceRequest,
  CreateRouterInterfaceRequestTags,
  DeactivateRouterInterfaceRequest,
  DeleteBgpGroupRequest,
  DeleteBgpPeerRequest,
  DeleteRouteEntryRequest,
  DeleteRouterInterfaceRequest,
  ModifyBgpGroupAttributeRequest,
  ModifyBgpPeerAttributeRequest,
  ModifyRouterInterfaceAttributeRequest,
} from '@alicloud/vpc20160428';
import type { CreateRouteEntryInput, Operations, RouterInterfaceRef, RouterInterfaceSettings, WriteOptions } from './accountClient';
import type { ClientFactory } from './clientFactory';
import type { RequestRunner } from './requestRunner';
import { createdOrDryRun, DRY_RUN_PASSED, dryRunnable, GONE_IS_DONE, sameNamed, vpcWriter, type AlreadyDone } from './writeRequest';

/** Codes Terraform retries for route entries: the table, VPC or next hop is mid-change. */
const ROUTE_BUSY: readonly string[] = [
  'IncorrectRouteEntryStatus',
  'IncorrectVpcStatus',
  'IncorrectStatus.VpcPeer',
  'IncorrectStatus.RouterInterface',
  'SystemBusy',
];

/** What both create and modify set: the opposite end, and the interface's own texts and health check. */
const OPPOSITE_AND_TEXT = [
  'oppositeRouterId', 'oppositeRouterType', 'oppositeInterfaceId', 'oppositeInterfaceOwnerId',
  'name', 'description', 'healthCheckSourceIp', 'healthCheckTargetIp',
] as const satisfies readonly (keyof RouterInterfaceSettings)[];

/** The interface already moved on (Connecting, Active, …) because an earlier attempt got through. */
const STATE_ALREADY_CHANGED: AlreadyDone = { codes: (c) => c === 'IncorrectStatus.RouterInterface' || c === 'IncorrectStatus', when: 'afterAmbiguous' };

/** Peers still being removed keep their group busy; Terraform retries a group delete on it. */
const GROUP_DELETE_BUSY: readonly string[] = ['DependencyViolation.BgpPeer'];

type VpcOperations = Omit<Operations, 'createPeerConnection' | 'acceptPeerConnection' | 'rejectPeerConnection' | 'modifyPeerConnection' | 'deletePeerConnection'>;

export function vpcOperations(runner: RequestRunner, clients: ClientFactory): VpcOperations {
  const { write, create, change } = vpcWriter(runner, clients);
  /** Only the ref's fields: a ref may be a whole router interface at run time. */
  const interfaceRef = (ref: RouterInterfaceRef) => ({ regionId: ref.regionId, routerInterfaceId: ref.routerInterfaceId });

  return {
    createRouteEntry: dryRunnable(async (input: CreateRouteEntryInput, o: WriteOptions) => {
      const request = (dryRun: boolean) =>
        new CreateRouteEntryRequest({
          regionId: input.regionId,
          routeTableId: input.routeTableId,
          destinationCidrBlock: input.destination,
          nextHopType: input.nextHopType,
          nextHopId: input.nextHopId,
          routeEntryName: input.name,
          description: input.description,
          clientToken: o.clientToken,
          dryRun: dryRun ? true : undefined,
        });
      const body = await write('CreateRouteEntry', input.regionId, o, { dryRunSupported: true, busyCodes: ROUTE_BUSY }, (c, rt, dryRun) =>
        c.createRouteEntryWithOptions(request(dryRun), rt),
      );
      return createdOrDryRun(body === DRY_RUN_PASSED ? body : body?.routeEntryId, 'CreateRouteEntry');
    }),

    deleteRouteEntry: (input, o) =>
      change(
        'DeleteRouteEntry',
        input.regionId,
        o,
        { dryRunSupported: true, busyCodes: ROUTE_BUSY, alreadyDone: { codes: (c) => c === 'InvalidRouteEntry.NotFound', when: 'anyRepeat' } },
        (c, rt, dryRun) =>
          c.deleteRouteEntryWithOptions(
            new DeleteRouteEntryRequest({ ...sameNamed(input, ['regionId', 'routeTableId', 'routeEntryId']), dryRun: dryRun ? true : undefined }),
            rt,
          ),
      ),

    createRouterInterface: (input, o) =>
      create(
        'CreateRouterInterface',
        input.regionId,
        o,
        {},
        (c, rt) => {
          const request = new CreateRouterInterfaceRequest({
            ...sameNamed(input, [
              'regionId', 'routerId', 'routerType', 'role', 'spec', 'oppositeRegionId', ...OPPOSITE_AND_TEXT,
              'instanceChargeType', 'period', 'pricingCycle', 'autoPay', 'resourceGroupId',
            ]),
            tags: input.tags?.map((t) => new CreateRouterInterfaceRequestTags({ key: t.key, value: t.value })),
            clientToken: o.clientToken,
          });
          return c.createRouterInterfaceWithOptions(request, rt);
        },
        (b) => b.routerInterfaceId,
      ),

    // Setting the same attributes twice is harmless, so a plain repeat is safe without a token.
    modifyRouterInterfaceAttribute: (input, o) =>
      change('ModifyRouterInterfaceAttribute', input.regionId, o, { alreadyDone: STATE_ALREADY_CHANGED }, (c, rt) =>
        c.modifyRouterInterfaceAttributeWithOptions(
          new ModifyRouterInterfaceAttributeRequest({
            ...sameNamed(input, ['regionId', 'routerInterfaceId', ...OPPOSITE_AND_TEXT]),
            // This API types the owner as a number (account ids stay below 2^53).
            oppositeInterfaceOwnerId: input.oppositeInterfaceOwnerId !== undefined ? Number(input.oppositeInterfaceOwnerId) : undefined,
          }),
          rt,
        ),
      ),

    // The opposite end may still be applying its own "opposite" settings; Terraform waits that out.
    connectRouterInterface: (ref, o) =>
      change('ConnectRouterInterface', ref.regionId, o, { busyCodes: ['IncorrectOppositeInterfaceInfo.NotSet'], alreadyDone: STATE_ALREADY_CHANGED }, (c, rt) =>
        c.connectRouterInterfaceWithOptions(new ConnectRouterInterfaceRequest(interfaceRef(ref)), rt),
      ),

    activateRouterInterface: (ref, o) =>
      change('ActivateRouterInterface', ref.regionId, o, { alreadyDone: STATE_ALREADY_CHANGED }, (c, rt) =>
        c.activateRouterInterfaceWithOptions(new ActivateRouterInterfaceRequest(interfaceRef(ref)), rt),
      ),

    deactivateRouterInterface: (ref, o) =>
      change('DeactivateRouterInterface', ref.regionId, o, { alreadyDone: STATE_ALREADY_CHANGED }, (c, rt) =>
        c.deactivateRouterInterfaceWithOptions(new DeactivateRouterInterfaceRequest(interfaceRef(ref)), rt),
      ),

    deleteRouterInterface: (ref, o) =>
      change('DeleteRouterInterface', ref.regionId, o, { alreadyDone: GONE_IS_DONE }, (c, rt) =>
        c.deleteRouterInterfaceWithOptions(new DeleteRouterInterfaceRequest({ ...interfaceRef(ref), clientToken: o.clientToken }), rt),
      ),

    createBgpGroup: (input, o) =>
      create(
        'CreateBgpGroup',
        input.regionId,
        o,
        { secrets: [input.authKey] },
        (c, rt) => {
          const request = new CreateBgpGroupRequest({
            ...sameNamed(input, ['regionId', 'peerAsn', 'localAsn', 'authKey', 'name', 'description', 'ipVersion', 'isFakeAsn', 'routeQuota']),
            routerId: input.vbrId,
            clientToken: o.clientToken,
          });
          return c.createBgpGroupWithOptions(request, rt);
        },
        (b) => b.bgpGroupId,
      ),

    modifyBgpGroup: (input, o) =>
      change('ModifyBgpGroupAttribute', input.regionId, o, { secrets: [input.authKey] }, (c, rt) => {
        const request = new ModifyBgpGroupAttributeRequest({
          ...sameNamed(input, ['regionId', 'bgpGroupId', 'name', 'description', 'peerAsn', 'localAsn', 'authKey', 'clearAuthKey', 'isFakeAsn', 'routeQuota']),
          clientToken: o.clientToken,
        });
        return c.modifyBgpGroupAttributeWithOptions(request, rt);
      }),

    deleteBgpGroup: (ref, o) =>
      change('DeleteBgpGroup', ref.regionId, o, { busyCodes: GROUP_DELETE_BUSY, alreadyDone: GONE_IS_DONE }, (c, rt) =>
        c.deleteBgpGroupWithOptions(new DeleteBgpGroupRequest({ regionId: ref.regionId, bgpGroupId: ref.bgpGroupId, clientToken: o.clientToken }), rt),
      ),

    createBgpPeer: (input, o) =>
      create(
        'CreateBgpPeer',
        input.regionId,
        o,
        {},
        (c, rt) => {
          const fields = sameNamed(input, ['regionId', 'bgpGroupId', 'peerIpAddress', 'enableBfd', 'bfdMultiHop', 'ipVersion']);
          return c.createBgpPeerWithOptions(new CreateBgpPeerRequest({ ...fields, clientToken: o.clientToken }), rt);
        },
        (b) => b.bgpPeerId,
      ),

    modifyBgpPeer: (input, o) =>
      change('ModifyBgpPeerAttribute', input.regionId, o, {}, (c, rt) => {
        const fields = sameNamed(input, ['regionId', 'bgpPeerId', 'bgpGroupId', 'peerIpAddress', 'enableBfd', 'bfdMultiHop']);
        return c.modifyBgpPeerAttributeWithOptions(new ModifyBgpPeerAttributeRequest({ ...fields, clientToken: o.clientToken }), rt);
      }),

    deleteBgpPeer: (ref, o) =>
      change('DeleteBgpPeer', ref.regionId, o, { alreadyDone: GONE_IS_DONE }, (c, rt) =>
        c.deleteBgpPeerWithOptions(new DeleteBgpPeerRequest({ regionId: ref.regionId, bgpPeerId: ref.bgpPeerId, clientToken: o.clientToken }), rt),
      ),
  };
}
