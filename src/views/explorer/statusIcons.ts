// Codicons and theme colours per status, shared by every node kind so a status always looks the
// same in the tree (and matches the graph's palette: green settled, yellow waiting for a person,
// blue moving, grey finished).

import * as vscode from 'vscode';
import type { PeerStatus } from '../../model/types';

const GREEN = new vscode.ThemeColor('charts.green');
const YELLOW = new vscode.ThemeColor('charts.yellow');
const BLUE = new vscode.ThemeColor('charts.blue');
const RED = new vscode.ThemeColor('charts.red');
const MUTED = new vscode.ThemeColor('disabledForeground');

export function peerStatusIcon(status: PeerStatus): vscode.ThemeIcon {
  switch (status) {
    case 'Activated':
      return new vscode.ThemeIcon('pass-filled', GREEN);
    case 'Accepting':
      return new vscode.ThemeIcon('bell-dot', YELLOW);
    case 'Creating':
    case 'Updating':
    case 'Deleting':
      return new vscode.ThemeIcon('sync~spin', BLUE);
    case 'Rejected':
      return new vscode.ThemeIcon('circle-slash', RED);
    case 'Expired':
      return new vscode.ThemeIcon('history', MUTED);
    case 'Deleted':
      return new vscode.ThemeIcon('trash', MUTED);
  }
}

/** Router interfaces, BGP peers, routes, VBRs: their own vocabularies, one palette. */
export function resourceStatusIcon(status: string, settledIcon: string): vscode.ThemeIcon {
  const s = status.toLowerCase();
  if (['active', 'available', 'established', 'normal'].includes(s)) return new vscode.ThemeIcon(settledIcon, GREEN);
  if (['idle', 'inactive', 'down', 'terminated', 'connect'].includes(s)) return new vscode.ThemeIcon(settledIcon, s === 'down' ? RED : MUTED);
  if (
    ['pending', 'connecting', 'acceptingconnecting', 'activating', 'deactivating', 'modifying', 'deleting', 'creating', 'recovering', 'terminating'].includes(s)
  ) {
    return new vscode.ThemeIcon('sync~spin', BLUE);
  }
  return new vscode.ThemeIcon(settledIcon, YELLOW);
}
