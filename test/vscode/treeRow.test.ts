// The explorer's row helper in real VS Code: what a node kind says becomes the TreeItem, parts it
// leaves out stay unset, and each folder kind gets its own label, icon, count and context value.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { folderItem, treeItem } from '../../src/views/explorer/treeRow';

describe('explorer rows', () => {
  it('makes a leaf of a label alone, and leaves every other part unset', () => {
    const item = treeItem('account/p/x', { label: 'vpc-1' });
    assert.equal(item.label, 'vpc-1');
    assert.equal(item.id, 'account/p/x');
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.None);
    for (const part of ['iconPath', 'description', 'tooltip', 'contextValue', 'command'] as const) assert.equal(item[part], undefined, part);
  });

  it('lists the attributes under the label, or under the title given, and names a codicon by string', () => {
    const item = treeItem('id', { label: '10.0.0.0/8', children: 'collapsed', icon: 'plug', attributes: [['ID', 'rte-1'], ['Name', undefined]] });
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'plug');
    const tooltip = (item.tooltip as vscode.MarkdownString).value;
    assert.match(tooltip, /10\.0\.0\.0\/8/);
    assert.match(tooltip, /ID:(&nbsp;| )rte\\?-1/, 'escaped as text');
    assert.doesNotMatch(tooltip, /Name/, 'an attribute without a value is left out');
    const titled = treeItem('id', { label: '192.168.0.1', title: 'gateway', attributes: [] });
    assert.match((titled.tooltip as vscode.MarkdownString).value, /gateway/);
    assert.doesNotMatch((titled.tooltip as vscode.MarkdownString).value, /192\.168/);
  });

  it('gives each folder its label, icon and context value, and a count only once it is known', () => {
    const express = folderItem('r/expressConnect', 'expressConnect', 2);
    assert.deepEqual([express.label, (express.iconPath as vscode.ThemeIcon).id, express.description, express.contextValue], ['Express Connect', 'server-environment', '2 VBRs', 'expressConnect']);
    const interfaces = folderItem('v/routerInterfaces', 'routerInterfaces', 0);
    assert.deepEqual([interfaces.label, (interfaces.iconPath as vscode.ThemeIcon).id, interfaces.description, interfaces.contextValue], ['Router Interfaces', 'plug', '0', 'routerInterfaces']);
    const tables = folderItem('v/routeTables', 'routeTables', undefined);
    assert.deepEqual([tables.label, tables.description, tables.collapsibleState], ['Route Tables', undefined, vscode.TreeItemCollapsibleState.Collapsed]);
  });
});
