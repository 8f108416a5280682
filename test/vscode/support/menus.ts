// Which tree context menu entries the manifest offers for a node's contextValue, evaluating the
// simple `when` clauses this extension writes (`a == b && viewItem =~ /re/`).
import { manifest } from './extension';

function whenHolds(when: string, facts: Record<string, string>): boolean {
  return when.split('&&').every((clause) => {
    const text = clause.trim();
    const regex = /^(\S+)\s*=~\s*\/(.*)\/([a-z]*)$/.exec(text);
    if (regex) return new RegExp(regex[2], regex[3]).test(facts[regex[1]] ?? '');
    const equals = /^(\S+)\s*==\s*(\S+)$/.exec(text);
    if (equals) return facts[equals[1]] === equals[2];
    throw new Error(`unsupported when clause: ${text}`);
  });
}

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

function entriesFor(contextValue: string): MenuEntry[] {
  const menus = (manifest().contributes as unknown as { menus: Record<string, MenuEntry[]> }).menus;
  return menus['view/item/context'].filter((entry) => !entry.when || whenHolds(entry.when, { view: 'vpcPeering.explorer', viewItem: contextValue }));
}

/** Commands in the node's context menu (inline or not). */
export function treeMenuCommands(contextValue: string): string[] {
  return [...new Set(entriesFor(contextValue).map((e) => e.command))];
}

/** Commands shown as inline icons on the node. */
export function inlineCommands(contextValue: string): string[] {
  return entriesFor(contextValue)
    .filter((e) => e.group?.startsWith('inline'))
    .map((e) => e.command);
}
