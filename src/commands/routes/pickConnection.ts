// A wizard step that picks a peer connection the active profiles see, with the shared picker
// items (name, id and status, both ends as the engineer knows them).

import * as vscode from 'vscode';
import type { PeerStatus } from '../../model/types';
import type { TopologyStore } from '../../inventory/store';
import { targetItems } from '../shared/resolveTarget';
import { BACK } from '../wizard/prompter';
import type { WizardStep } from '../wizard/wizard';

export interface ConnectionChoice {
  given: { connectionId?: string };
  connectionId?: string;
}

/**
 * Picks one of the connections in `statuses`; `afterPick` runs once a connection is chosen (e.g.
 * to load its route tables) before the wizard moves on.
 */
export function connectionStep<S extends ConnectionChoice>(
  store: TopologyStore,
  options: { title: string; statuses: readonly PeerStatus[]; none: string; afterPick: (state: S) => Promise<void> },
): WizardStep<S> {
  return {
    shouldPrompt: (s) => !s.given.connectionId,
    async prompt(s, prompter, position) {
      const items = targetItems({ store }, 'peerConnection', (c) => options.statuses.includes(c.status));
      if (items.length === 0) throw new Error(options.none);
      const chosen = await prompter.pick(items, { ...position, title: options.title, placeholder: vscode.l10n.t('Peer connection (name, id, VPCs, CIDRs)') });
      if (chosen === BACK) return BACK;
      s.connectionId = chosen;
      await options.afterPick(s);
    },
  };
}
