// Registers every command with the same error handling: a closed wizard is silent; a failure is
// shown with its mapped message and hint (and logged). A command run with an arguments object
// (keybindings, tasks, tests) also rejects with the error, so its caller learns what happened.

import * as vscode from 'vscode';
import { failureLine } from '../views/failureText';
import { ExplorerNode } from '../views/explorer/explorerNode';
import { activateRouterInterface } from './activateRouterInterface';
import { createBgpGroup } from './createBgpGroup';
import { createBgpPeer } from './createBgpPeer';
import { createRouterInterfaceConnection } from './createRouterInterfaceConnection';
import { deactivateRouterInterface } from './deactivateRouterInterface';
import { deleteBgpGroup } from './deleteBgpGroup';
import { deleteBgpPeer } from './deleteBgpPeer';
import { deleteRouteEntry } from './deleteRouteEntry';
import { deleteRouterInterfaceConnection } from './deleteRouterInterfaceConnection';
import { modifyBgpGroup } from './modifyBgpGroup';
import { modifyBgpPeer } from './modifyBgpPeer';
import { acceptPeerConnection } from './acceptPeerConnection';
import { cleanUpPeerConnections } from './cleanUpPeerConnections';
import { createPeerConnection } from './createPeerConnection';
import { deletePeerConnection } from './deletePeerConnection';
import { modifyPeerConnection } from './modifyPeerConnection';
import { rejectPeerConnection } from './rejectPeerConnection';
import { addAccessKey } from './addAccessKey';
import { addRoutes } from './addRoutes';
import type { CommandContext, CommandDefinition } from './shared/commandContext';
import { copyId } from './copyId';
import { exportTopology } from './exportTopology';
import { exportTerraform } from './terraform/exportTerraform';
import { goToTerraform } from './terraform/goToTerraform';
import { useSandboxFromTerminal } from './terraform/sandboxFromTerminal';
import { showTerraformDrift } from './terraform/showTerraformDrift';
import { openTopology } from './openTopology';
import { relayoutTopology } from './relayoutTopology';
import { resetTopologyLayout } from './resetTopologyLayout';
import { undoRelayout } from './undoRelayout';
import { revealInTopology } from './revealInTopology';
import { diagnoseConnectivity } from './diagnoseConnectivity';
import { openInConsole } from './openInConsole';
import { refresh } from './refresh';
import { removeProfile } from './removeProfile';
import { removeRoutes } from './removeRoutes';
import { selectProfiles } from './selectProfiles';
import { useCliProfile } from './useCliProfile';
import { useKooCliProfile } from './useKooCliProfile';
import { useSandbox } from './useSandbox';
import { OperationCancelled } from './operation/operationControl';
import { WizardCancelled } from './wizard/prompter';

const viewCommands: CommandDefinition[] = [
  {
    id: 'vpcPeering.showLog',
    run: (context) => context.log.show(true),
  },
  {
    id: 'vpcPeering.loadMore',
    run: (context, listNodeId) => {
      if (typeof listNodeId === 'string') context.explorer.loadMore(listNodeId);
    },
  },
];

export const allCommands: CommandDefinition[] = [
  useSandbox,
  selectProfiles,
  useCliProfile,
  useKooCliProfile,
  addAccessKey,
  removeProfile,
  refresh,
  copyId,
  openInConsole,
  openTopology,
  relayoutTopology,
  undoRelayout,
  resetTopologyLayout,
  revealInTopology,
  exportTopology,
  exportTerraform,
  goToTerraform,
  showTerraformDrift,
  useSandboxFromTerminal,
  createRouterInterfaceConnection,
  deleteRouterInterfaceConnection,
  activateRouterInterface,
  deactivateRouterInterface,
  createBgpGroup,
  modifyBgpGroup,
  deleteBgpGroup,
  createBgpPeer,
  modifyBgpPeer,
  deleteBgpPeer,
  deleteRouteEntry,
  createPeerConnection,
  acceptPeerConnection,
  rejectPeerConnection,
  modifyPeerConnection,
  deletePeerConnection,
  cleanUpPeerConnections,
  addRoutes,
  removeRoutes,
  diagnoseConnectivity,
  ...viewCommands,
];

export function registerCommands(context: CommandContext, definitions: readonly CommandDefinition[]): vscode.Disposable[] {
  return definitions.map((definition) =>
    vscode.commands.registerCommand(definition.id, async (argument: unknown, ...rest: unknown[]) => {
      const programmatic = argument !== undefined && !(argument instanceof ExplorerNode) && typeof argument === 'object';
      try {
        return await definition.run(context, argument, ...rest);
      } catch (error) {
        if (error instanceof WizardCancelled) return undefined;
        if (error instanceof OperationCancelled) {
          context.log.info(`${definition.id}: ${error.message}`);
          if (error.sent) void vscode.window.showInformationMessage(error.message);
          if (programmatic) throw error;
          return undefined;
        }
        const line = failureLine(error);
        context.log.error(`${definition.id} failed: ${line}`);
        if (programmatic) throw error;
        void vscode.window.showErrorMessage(line);
        return undefined;
      }
    }),
  );
}
