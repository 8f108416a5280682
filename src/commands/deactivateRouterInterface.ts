// "Deactivate Router Interface…": Active → Deactivating → Inactive (both ends of the link), after
// a modal confirmation. From a router interface node that allows it, the palette, or
// { profileId, regionId, routerInterfaceId, skipConfirmation?: boolean }.
// Resolves to { routerInterfaceId, status, oppositeInterfaceId?, oppositeStatus? }.

import type { CommandDefinition } from './shared/commandContext';
import { toggleActive } from './routerInterfaces/toggleActive';

export const deactivateRouterInterface: CommandDefinition = {
  id: 'vpcPeering.deactivateRouterInterface',
  run: (context, argument) => toggleActive(context, argument, 'deactivate'),
};
