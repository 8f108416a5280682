// Route entry writes (VPC 2016-04-28). Route changes are serialised per VPC by the service, so
// "another change is running" codes are waited out; DeleteRouteEntry has no ClientToken, and a
// repeat that finds the route gone counts as done (as Terraform treats it).

import { CreateRouteEntryRequest, DeleteRouteEntryRequest } from '@alicloud/vpc20160428';
import type { CreateRouteEntryInput, DeleteRouteEntryInput, Operations, WriteOptions } from './accountClient';
import type { ClientFactory } from './clientFactory';
import type { RequestRunner } from './requestRunner';
import { createdOrDryRun, dryRunnable, vpcWrite } from './writeRequest';

/** Codes Terraform retries for route entries: the table, VPC or next hop is mid-change. */
export const ROUTE_BUSY: readonly string[] = [
  'IncorrectRouteEntryStatus',
  'IncorrectVpcStatus',
  'IncorrectStatus.VpcPeer',
  'IncorrectStatus.RouterInterface',
  'SystemBusy',
];

type RouteOperations = Pick<Operations, 'createRouteEntry' | 'deleteRouteEntry'>;

export function routeOperations(runner: RequestRunner, clients: ClientFactory): RouteOperations {
  return {
    createRouteEntry: dryRunnable(async (input: CreateRouteEntryInput, o: WriteOptions) => {
      const result = await vpcWrite(runner, 'CreateRouteEntry', input.regionId, o, {
        dryRunSupported: true,
        busyCodes: ROUTE_BUSY,
        send: async (rt, dryRun) => {
          const request = new CreateRouteEntryRequest({
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
          return (await clients.vpc(input.regionId).createRouteEntryWithOptions(request, rt)).body?.routeEntryId;
        },
      });
      return createdOrDryRun(result, 'CreateRouteEntry');
    }),

    async deleteRouteEntry(input: DeleteRouteEntryInput, o: WriteOptions): Promise<void> {
      await vpcWrite(runner, 'DeleteRouteEntry', input.regionId, o, {
        dryRunSupported: true,
        busyCodes: ROUTE_BUSY,
        alreadyDone: { codes: (c) => c === 'InvalidRouteEntry.NotFound', when: 'anyRepeat' },
        doneValue: () => undefined,
        send: async (rt, dryRun) => {
          const request = new DeleteRouteEntryRequest({
            regionId: input.regionId,
            routeTableId: input.routeTableId,
            routeEntryId: input.routeEntryId,
            dryRun: dryRun ? true : undefined,
          });
          await clients.vpc(input.regionId).deleteRouteEntryWithOptions(request, rt);
          return undefined;
        },
      });
    },
  };
}
