// "Open Topology": the graph of every active profile's VPCs and connections.

import type { CommandDefinition } from './shared/commandContext';

export const openTopology: CommandDefinition = {
  id: 'vpcPeering.openTopology',
  async run(context): Promise<void> {
    await context.topology.show();
  },
};
