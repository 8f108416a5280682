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
import { GONE_IS_DONE, sameNamed, vpcChange, vpcCreate, type AlreadyDone } from './writeRequest';

type RouterInterfaceOperations = Pick<
  Operations,
  | 'createRouterInterface'
  | 'modifyRouterInterfaceAttribute'
  | 'connectRouterInterface'
  | 'activateRouterInterface'
  | 'deactivateRouterInterface'
  | 'deleteRouterInterface'
>;

/** What both create and modify set: the opposite end, and the interface's own texts and health check. */
const OPPOSITE_AND_TEXT = [
  'oppositeRouterId', 'oppositeRouterType', 'oppositeInterfaceId', 'oppositeInterfaceOwnerId',
  'name', 'description', 'healthCheckSourceIp', 'healthCheckTargetIp',
] as const satisfies readonly (keyof ModifyRouterInterfaceInput & keyof CreateRouterInterfaceInput)[];

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
            ...sameNamed(input, [
              'regionId', 'routerId', 'routerType', 'role', 'spec', 'oppositeRegionId', ...OPPOSITE_AND_TEXT,
              'instanceChargeType', 'period', 'pricingCycle', 'autoPay', 'resourceGroupId',
            ]),
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
            ...sameNamed(input, ['regionId', 'routerInterfaceId', ...OPPOSITE_AND_TEXT]),
            // This API types the owner as a number (account ids stay below 2^53).
            oppositeInterfaceOwnerId: input.oppositeInterfaceOwnerId !== undefined ? Number(input.oppositeInterfaceOwnerId) : undefined,
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
