// Router interface writes (VPC 2016-04-28), the legacy way to link two routers: create both
// ends, set each end's opposite, connect from the initiating side, activate/deactivate, delete.
// None of these APIs offers DryRun; connect, activate, deactivate and modify have no
// ClientToken either, so a repeat after a lost answer that meets "wrong state" counts as done.

import {
  ActivateRouterInterfaceRequest,
  ConnectRouterInterfaceRequest,
  CreateRouterInterfaceRequest,
  CreateRouterInterfaceRequestTags,
  DeactivateRouterInterfaceRequest,
  DeleteRouterInterfaceRequest,
  ModifyRouterInterfaceAttributeRequest,
} from '@alicloud/vpc20160428';
import type * as $dara from '@darabonba/typescript';
import type {
  Created,
  CreateRouterInterfaceInput,
  ModifyRouterInterfaceInput,
  Operations,
  RouterInterfaceRef,
  WriteOptions,
} from './accountClient';
import type { ClientFactory } from './clientFactory';
import type { RequestRunner } from './requestRunner';
import { GONE_IS_DONE, vpcChange, vpcCreate, type AlreadyDone } from './writeRequest';

type RouterInterfaceOperations = Pick<
  Operations,
  | 'createRouterInterface'
  | 'modifyRouterInterfaceAttribute'
  | 'connectRouterInterface'
  | 'activateRouterInterface'
  | 'deactivateRouterInterface'
  | 'deleteRouterInterface'
>;

/** The interface already moved on (Connecting, Active, …) because an earlier attempt got through. */
const STATE_ALREADY_CHANGED: AlreadyDone = { codes: (c) => c === 'IncorrectStatus.RouterInterface' || c === 'IncorrectStatus', when: 'afterAmbiguous' };

export function routerInterfaceOperations(runner: RequestRunner, clients: ClientFactory): RouterInterfaceOperations {
  const transition = (
    action: string,
    ref: RouterInterfaceRef,
    o: WriteOptions,
    send: (rt: $dara.RuntimeOptions) => Promise<unknown>,
    busyCodes: readonly string[] = [],
  ) =>
    vpcChange(runner, action, ref.regionId, o, { busyCodes, alreadyDone: STATE_ALREADY_CHANGED, doneValue: () => undefined, send });

  return {
    async createRouterInterface(input: CreateRouterInterfaceInput, o: WriteOptions): Promise<Created> {
      return vpcCreate(runner, 'CreateRouterInterface', input.regionId, o, {
        send: async (rt) => {
          const request = new CreateRouterInterfaceRequest({
            regionId: input.regionId,
            routerId: input.routerId,
            routerType: input.routerType,
            role: input.role,
            spec: input.spec,
            oppositeRegionId: input.oppositeRegionId,
            oppositeRouterId: input.oppositeRouterId,
            oppositeRouterType: input.oppositeRouterType,
            oppositeInterfaceId: input.oppositeInterfaceId,
            oppositeInterfaceOwnerId: input.oppositeInterfaceOwnerId,
            name: input.name,
            description: input.description,
            healthCheckSourceIp: input.healthCheckSourceIp,
            healthCheckTargetIp: input.healthCheckTargetIp,
            instanceChargeType: input.instanceChargeType,
            period: input.period,
            pricingCycle: input.pricingCycle,
            autoPay: input.autoPay,
            resourceGroupId: input.resourceGroupId,
            tags: input.tags?.map((t) => new CreateRouterInterfaceRequestTags({ key: t.key, value: t.value })),
            clientToken: o.clientToken,
          });
          return (await clients.vpc(input.regionId).createRouterInterfaceWithOptions(request, rt)).body?.routerInterfaceId;
        },
      });
    },

    async modifyRouterInterfaceAttribute(input: ModifyRouterInterfaceInput, o: WriteOptions): Promise<void> {
      // Setting the same attributes twice is harmless, so a plain repeat is safe without a token.
      await transition('ModifyRouterInterfaceAttribute', input, o, (rt) =>
        clients.vpc(input.regionId).modifyRouterInterfaceAttributeWithOptions(
          new ModifyRouterInterfaceAttributeRequest({
            regionId: input.regionId,
            routerInterfaceId: input.routerInterfaceId,
            oppositeInterfaceId: input.oppositeInterfaceId,
            oppositeRouterId: input.oppositeRouterId,
            oppositeRouterType: input.oppositeRouterType,
            // This API types the owner as a number (account ids stay below 2^53).
            oppositeInterfaceOwnerId: input.oppositeInterfaceOwnerId !== undefined ? Number(input.oppositeInterfaceOwnerId) : undefined,
            name: input.name,
            description: input.description,
            healthCheckSourceIp: input.healthCheckSourceIp,
            healthCheckTargetIp: input.healthCheckTargetIp,
          }),
          rt,
        ),
      );
    },

    async connectRouterInterface(ref: RouterInterfaceRef, o: WriteOptions): Promise<void> {
      // The opposite end may still be applying its own "opposite" settings; Terraform waits that out.
      await transition(
        'ConnectRouterInterface',
        ref,
        o,
        (rt) =>
          clients
            .vpc(ref.regionId)
            .connectRouterInterfaceWithOptions(new ConnectRouterInterfaceRequest({ regionId: ref.regionId, routerInterfaceId: ref.routerInterfaceId }), rt),
        ['IncorrectOppositeInterfaceInfo.NotSet'],
      );
    },

    async activateRouterInterface(ref: RouterInterfaceRef, o: WriteOptions): Promise<void> {
      await transition('ActivateRouterInterface', ref, o, (rt) =>
        clients
          .vpc(ref.regionId)
          .activateRouterInterfaceWithOptions(new ActivateRouterInterfaceRequest({ regionId: ref.regionId, routerInterfaceId: ref.routerInterfaceId }), rt),
      );
    },

    async deactivateRouterInterface(ref: RouterInterfaceRef, o: WriteOptions): Promise<void> {
      await transition('DeactivateRouterInterface', ref, o, (rt) =>
        clients
          .vpc(ref.regionId)
          .deactivateRouterInterfaceWithOptions(new DeactivateRouterInterfaceRequest({ regionId: ref.regionId, routerInterfaceId: ref.routerInterfaceId }), rt),
      );
    },

    async deleteRouterInterface(ref: RouterInterfaceRef, o: WriteOptions): Promise<void> {
      await vpcChange(runner, 'DeleteRouterInterface', ref.regionId, o, {
        ...GONE_IS_DONE,
        send: (rt) => {
          const request = new DeleteRouterInterfaceRequest({ regionId: ref.regionId, routerInterfaceId: ref.routerInterfaceId, clientToken: o.clientToken });
          return clients.vpc(ref.regionId).deleteRouterInterfaceWithOptions(request, rt);
        },
      });
    },
  };
}
