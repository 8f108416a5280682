// The status bar item that says which profiles are active; clicking it changes them.

import * as vscode from 'vscode';
import type { ProfileRegistry } from '../profiles/profileRegistry';
import { countText } from './explorer/countText';

export class ProfileStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('vpcPeering.profiles', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly registry: ProfileRegistry) {
    this.item.name = vscode.l10n.t('VPC Peering Profiles');
    this.item.command = 'vpcPeering.selectProfiles';
    this.subscription = registry.onDidChange(() => this.update());
    this.update();
  }

  private update(): void {
    const active = this.registry.active();
    if (active.length === 0) {
      this.item.hide();
      return;
    }
    const sandbox = active.every((p) => p.kind === 'sandbox');
    this.item.text =
      active.length === 1
        ? `$(${sandbox ? 'beaker' : 'cloud'}) ${active[0].label}`
        : `$(${sandbox ? 'beaker' : 'cloud'}) ${countText(active.length, vscode.l10n.t('1 profile'), vscode.l10n.t('{0} profiles', active.length))}`;
    this.item.tooltip = `${vscode.l10n.t('Active VPC Peering profiles')}:\n${active.map((p) => `• ${p.label}`).join('\n')}`;
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
