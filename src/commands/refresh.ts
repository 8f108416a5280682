// "Refresh": everything, one account, one region or one VPC's route tables — from the view's
// title bar, a node's context menu, an error node's retry, or an arguments object
// { profileId?, regionId?, vpcId? }.

import { AccountNode } from '../views/explorer/accountNode';
import { RegionNode } from '../views/explorer/regionNode';
import { VpcNode } from '../views/explorer/vpcNode';
import { RouteTablesNode } from '../views/explorer/routeNodes';
import { argumentsObject, optionalString } from './shared/arguments';
import type { CommandDefinition } from './shared/commandContext';

export const refresh: CommandDefinition = {
  id: 'vpcPeering.refresh',
  async run(context, argument): Promise<void> {
    let profileId: string | undefined;
    let regionId: string | undefined;
    let vpcId: string | undefined;
    if (argument instanceof AccountNode) profileId = argument.profileId;
    else if (argument instanceof RegionNode) ({ profileId, regionId } = argument);
    else if (argument instanceof VpcNode) ({ profileId, regionId, vpcId } = argument);
    else if (argument instanceof RouteTablesNode) ({ profileId, regionId, vpcId } = argument.parent);
    else {
      const args = argumentsObject(argument);
      profileId = optionalString(args, 'profileId');
      regionId = optionalString(args, 'regionId');
      vpcId = optionalString(args, 'vpcId');
    }
    if (profileId && regionId && vpcId) {
      await context.store.loadVpcDetails(profileId, regionId, vpcId);
    } else if (profileId && regionId) {
      await context.store.refreshRegion(profileId, regionId);
    } else if (profileId) {
      await context.store.refreshAccount(profileId);
    } else {
      await context.store.refreshAll();
    }
  },
};
