// "Reset Topology Layout": the graph laid out as a fresh open lays it out, whatever was dragged or
// re-laid out before; the positions saved for this workspace are dropped.

import type { CommandDefinition } from './shared/commandContext';

export const resetTopologyLayout: CommandDefinition = {
  id: 'vpcPeering.resetTopologyLayout',
  async run(context): Promise<void> {
    await context.topology.resetLayout();
  },
};
