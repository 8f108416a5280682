// "Activate Router Interface": Inactive → Activating → Active (both ends of the link). From a
// router interface node that allows it, the palette, or { profileId, regionId, routerInterfaceId }.
// Resolves to { routerInterfaceId, status, oppositeInterfaceId?, oppositeStatus? }.

import type { CommandDefinition } from './shared/commandContext';
import { toggleActive } from './routerInterfaces/toggleActive';

export const activateRouterInterface: CommandDefinition = {
  id: 'vpcPeering.activateRouterInterface',
  run: (context, argument) => toggleActive(context, argument, 'activate'),
};
