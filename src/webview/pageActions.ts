// The commands the topology page may ask the host to run, each with its own arguments object
// (model/commandArguments.ts, the names the commands read), and the check every action gets on
// arrival: keys a command's page arguments do not have are dropped, a value of the wrong type
// refuses the whole action. So the page can never pass an option that skips a confirmation or a
// review (`confirm`, `force`, `skipConfirmation`, `apply`, a save `path`, …): those come only from
// trusted callers (keybindings, tasks, other extensions), never from a web page.

import type {
  BgpPeerArguments,
  CopyIdArguments,
  CreatePeerConnectionArguments,
  DiagnoseConnectivityArguments,
  ExportTerraformArguments,
  ExportTopologyArguments,
  OpenInConsoleArguments,
  PeerConnectionArguments,
  RouterInterfaceArguments,
  RouterInterfaceConnectionArguments,
} from '../model/commandArguments';
import { CLOUD_PROVIDERS, RESOURCE_KINDS } from '../model/resourceRef';

/** Each command the page may run, and the arguments it may send with it. */
export interface PageActions {
  'vpcPeering.acceptPeerConnection': PeerConnectionArguments;
  'vpcPeering.rejectPeerConnection': PeerConnectionArguments;
  'vpcPeering.modifyPeerConnection': PeerConnectionArguments;
  'vpcPeering.deletePeerConnection': PeerConnectionArguments;
  'vpcPeering.addRoutes': PeerConnectionArguments;
  'vpcPeering.removeRoutes': PeerConnectionArguments;
  'vpcPeering.diagnoseConnectivity': DiagnoseConnectivityArguments;
  'vpcPeering.createPeerConnection': CreatePeerConnectionArguments;
  'vpcPeering.createRouterInterfaceConnection': RouterInterfaceConnectionArguments;
  'vpcPeering.deleteRouterInterfaceConnection': RouterInterfaceArguments;
  'vpcPeering.modifyBgpPeer': BgpPeerArguments;
  'vpcPeering.deleteBgpPeer': BgpPeerArguments;
  'vpcPeering.copyId': CopyIdArguments;
  'vpcPeering.openInConsole': OpenInConsoleArguments;
  'vpcPeering.exportTopology': ExportTopologyArguments;
  'vpcPeering.exportTerraform': ExportTerraformArguments;
}

export type PageCommand = keyof PageActions;

/** One action as the page sends it: the command and exactly its arguments. */
export type PageAction = { [C in PageCommand]: { command: C; args: PageActions[C] } }[PageCommand];

interface FieldSpec {
  type: 'string' | 'number' | 'boolean' | 'object';
  required?: true;
  /** The only values allowed. */
  oneOf?: readonly (string | boolean)[];
  /** For objects: their own fields. */
  fields?: Readonly<Record<string, FieldSpec>>;
}

/** A spec names every key of the arguments type, no more and no fewer. */
type Spec<T> = { readonly [K in keyof Required<T>]: FieldSpec };

const text: FieldSpec = { type: 'string' };
const requiredText: FieldSpec = { type: 'string', required: true };

const provider: FieldSpec = { type: 'string', oneOf: CLOUD_PROVIDERS };
const connection: Spec<PeerConnectionArguments> = { connectionId: requiredText, provider };
const endpoint: FieldSpec = { type: 'object', fields: { vpcId: requiredText, profileId: text, regionId: text, accountUid: text, provider } };
const routerEnd: FieldSpec = {
  type: 'object',
  fields: { profileId: requiredText, regionId: requiredText, routerType: { type: 'string', oneOf: ['VRouter', 'VBR'] }, routerId: text, vpcId: text },
};
const routerInterface: Spec<RouterInterfaceArguments> = { profileId: requiredText, regionId: requiredText, routerInterfaceId: requiredText };
const bgpPeer: Spec<BgpPeerArguments> = { profileId: requiredText, regionId: requiredText, bgpPeerId: requiredText };

const SPECS: { readonly [C in PageCommand]: Spec<PageActions[C]> } = {
  'vpcPeering.acceptPeerConnection': connection,
  'vpcPeering.rejectPeerConnection': connection,
  'vpcPeering.modifyPeerConnection': connection,
  'vpcPeering.deletePeerConnection': connection,
  'vpcPeering.addRoutes': connection,
  'vpcPeering.removeRoutes': connection,
  'vpcPeering.diagnoseConnectivity': { connectionId: text, provider, vpcA: endpoint, vpcB: endpoint },
  'vpcPeering.createPeerConnection': {
    profileId: text,
    accountUid: text,
    regionId: text,
    vpcId: text,
    acceptingAccountUid: text,
    acceptingRegionId: text,
    acceptingVpcId: text,
    review: { type: 'boolean', oneOf: [true] },
  },
  'vpcPeering.createRouterInterfaceConnection': { initiator: routerEnd, acceptor: routerEnd },
  'vpcPeering.deleteRouterInterfaceConnection': routerInterface,
  'vpcPeering.modifyBgpPeer': bgpPeer,
  'vpcPeering.deleteBgpPeer': bgpPeer,
  'vpcPeering.copyId': { id: requiredText },
  'vpcPeering.openInConsole': { kind: { type: 'string', required: true, oneOf: RESOURCE_KINDS }, id: requiredText, regionId: text, profileId: text, provider },
  'vpcPeering.exportTopology': { format: { type: 'string', oneOf: ['png', 'svg', 'html'] } },
  'vpcPeering.exportTerraform': { connectionId: requiredText, format: { type: 'string', oneOf: ['hcl', 'cdktf'] } },
};

/**
 * What the page may not leave to its own choice: the person always sees the review of a new
 * connection, even when the page names both ends.
 */
const ALWAYS: { readonly [C in PageCommand]?: Partial<PageActions[C]> } = {
  'vpcPeering.createPeerConnection': { review: true },
};

export const PAGE_COMMANDS = Object.keys(SPECS) as readonly PageCommand[];

export function isPageCommand(value: unknown): value is PageCommand {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SPECS, value);
}

/** An action as checked: the arguments to run with, and the keys that were dropped. */
export type CheckedAction = { ok: true; action: PageAction; dropped: string[] } | { ok: false; problem: string };

/** Checks a page action against its command's arguments; see the file header for the rules. */
export function checkPageAction(command: unknown, args: unknown): CheckedAction {
  if (!isPageCommand(command)) return { ok: false, problem: `the page may not run ${JSON.stringify(String(command)).slice(0, 80)}` };
  if (!isPlainObject(args)) return { ok: false, problem: `${command}: the arguments must be an object` };
  const dropped: string[] = [];
  const checked = checkFields(SPECS[command] as Readonly<Record<string, FieldSpec>>, args, '', dropped);
  if (typeof checked === 'string') return { ok: false, problem: `${command}: ${checked}` };
  const action = { command, args: { ...checked, ...ALWAYS[command] } } as PageAction;
  return { ok: true, action, dropped };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields the spec allows, or a sentence saying which value is wrong. */
function checkFields(spec: Readonly<Record<string, FieldSpec>>, value: Record<string, unknown>, path: string, dropped: string[]): Record<string, unknown> | string {
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const field = Object.prototype.hasOwnProperty.call(spec, key) ? spec[key] : undefined;
    if (!field) {
      dropped.push(path + key);
      continue;
    }
    if (item === undefined) continue;
    const checked = checkValue(field, item, `${path}${key}`, dropped);
    if (typeof checked === 'string') return checked;
    result[key] = checked.value;
  }
  for (const [key, field] of Object.entries(spec)) {
    if (field.required && result[key] === undefined) return `"${path}${key}" is required`;
  }
  return result;
}

function checkValue(field: FieldSpec, value: unknown, name: string, dropped: string[]): { value: unknown } | string {
  if (field.type === 'object') {
    if (!isPlainObject(value)) return `"${name}" must be an object`;
    const inner = checkFields(field.fields ?? {}, value, `${name}.`, dropped);
    return typeof inner === 'string' ? inner : { value: inner };
  }
  const fits = field.type === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === field.type;
  if (!fits) return `"${name}" must be a ${field.type}`;
  if (field.oneOf && !field.oneOf.includes(value as string | boolean)) return `"${name}" may only be ${field.oneOf.map((v) => JSON.stringify(v)).join(', ')}`;
  return { value };
}
