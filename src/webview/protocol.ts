// The messages between the topology panel's host (extension side) and its page (webview side).
// Both sides import this file; neither trusts what it receives: every incoming message goes
// through `parseHostMessage` / `parsePageMessage`, and anything of an unknown shape is dropped.
// No message carries markup: the page renders every string it receives as text.

import { type EdgeKind, type GraphDelta, type GraphFilters, type NodeKind, type Positions, TERRAFORM_FILTERS, type TopologyGraph } from '../model/graph';
import { CLOUD_PROVIDERS, isResourceRef, type ResourceRef } from '../model/resourceRef';
import { PEER_STATUSES, type PeerStatus } from '../model/types';
import { checkPageAction, type PageAction } from './pageActions';
import type { CancelMessage, ReplyMessage, RequestMessage } from './requestReply';

export const PROTOCOL_VERSION = 3;

/** VS Code's theme kinds; the page follows the body class VS Code sets, this is only a hint. */
export type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

export interface PageOptions {
  /** No actions and no position reports: the exported HTML file and other read-only viewers. */
  readOnly?: boolean;
  /** Most elements drawn in full at once (see `chooseExpandedRegions`). */
  detailBudget?: number;
}

/** Host → page. */
export type HostMessage =
  | {
      type: 'init';
      graph: TopologyGraph;
      /** Leaf positions from `layoutGraph`, merged with the positions the user saved. */
      positions: Positions;
      theme?: ThemeKind;
      filters?: GraphFilters;
      options?: PageOptions;
    }
  | {
      type: 'delta';
      delta: GraphDelta;
      /** Positions for added leaves, and for leaves the incremental layout slid aside. */
      positions: Positions;
    }
  /** Select an element and show its details; `id` is an element id or a cloud resource id. */
  | { type: 'select'; id: string }
  /** Centre the view on an element and highlight it; `id` as for `select`. */
  | { type: 'reveal'; id: string }
  | { type: 'filters'; filters: GraphFilters }
  /** Work the page does for the host and answers with a `reply` (see requestReply.ts). */
  | RequestMessage<PageRequest>
  /** Stop the work of a request (a re-layout stops and nothing moves); the page still replies. */
  | CancelMessage;

export type ExportFormat = 'png' | 'svg';

/**
 * What the host may ask the page for. `export`: the graph drawn as it is now, a PNG data URL or
 * SVG text; `relayout`: run Re-layout as if its button was pressed.
 */
export type PageRequest =
  | { method: 'export'; format: ExportFormat }
  | { method: 'relayout' }
  /** Undo the last re-layout (answers whether there was one); Reset Layout (answers true). */
  | { method: 'undoRelayout' }
  | { method: 'resetLayout' };

/**
 * Why leaves moved: dragged, re-laid out, a re-layout undone, or the layout reset (the host then
 * forgets every position it saved).
 */
export type PositionsReason = 'drag' | 'relayout' | 'undo' | 'reset';
const POSITIONS_REASONS: readonly string[] = ['drag', 'relayout', 'undo', 'reset'];

/** Where a re-layout ran: in the page's worker, or on the page itself when no worker could start. */
export type RelayoutEngine = 'worker' | 'page';

export type RelayoutOutcome = 'done' | 'stopped' | 'failed' | 'unavailable';

/**
 * How a re-layout ended. `moved`: leaves placed anew; `message`: why it failed, or why it ran on
 * the page rather than in a worker.
 */
export interface RelayoutResult {
  outcome: RelayoutOutcome;
  engine?: RelayoutEngine;
  moved: number;
  message?: string;
}

/** The commands the page may run and what it may send with each: see pageActions.ts. */
export { PAGE_COMMANDS, type PageAction, type PageActions, type PageCommand } from './pageActions';

/** What kind of thing the user selected, in the explorer's terms. */
export type SelectedKind = NodeKind | EdgeKind | 'regionSummary' | 'accountSummary' | 'aggregate';

/** Page → host. */
export type PageMessage =
  | { type: 'ready'; protocol: number }
  | {
      type: 'selected';
      /** Absent when the selection was cleared. */
      elementId?: string;
      kind?: SelectedKind;
      /** The resource the element draws, as the explorer finds it (see `elementRefs`). */
      ref?: ResourceRef;
      /** The cloud resource behind the element (VPC, connection, interface, VBR, BGP peer id). */
      resourceId?: string;
      regionId?: string;
      accountUid?: string;
    }
  /** Run a command as the person would from the tree: its arguments name the resource, nothing more. */
  | ({ type: 'action' } & PageAction)
  /** Leaves the user (or a re-layout) moved; the host keeps them per workspace. */
  | { type: 'positionsChanged'; positions: Positions; reason: PositionsReason }
  /** The answer to a host `request`; its result is checked by the asker (`isExportResult`, `isRelayoutResult`). */
  | ReplyMessage
  /** A re-layout started from the page's own toolbar ended. */
  | ({ type: 'relayoutDone' } & RelayoutResult)
  | { type: 'error'; message: string };

// ── validation ──────────────────────────────────────────────────────────────────────────────────

type Json = Record<string, unknown>;

const NODE_KINDS: readonly string[] = ['region', 'account', 'vpc', 'externalVpc', 'vbr', 'bgpNeighbor', 'router'];
const EDGE_KINDS: readonly string[] = ['peer', 'routerInterface', 'bgp'];
const SELECTED_KINDS: readonly string[] = [...NODE_KINDS, ...EDGE_KINDS, 'regionSummary', 'accountSummary', 'aggregate'];
const THEMES: readonly string[] = ['light', 'dark', 'highContrast', 'highContrastLight'];
const EXPORT_FORMATS: readonly string[] = ['png', 'svg'];
const RELAYOUT_OUTCOMES: readonly string[] = ['done', 'stopped', 'failed', 'unavailable'];
const RELAYOUT_ENGINES: readonly string[] = ['worker', 'page'];

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isOptionalString = (value: unknown): boolean => value === undefined || isString(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** What every node and edge has: an id, a kind among `kinds`, and a label. */
function isElement(value: unknown, kinds: readonly string[]): value is Json {
  return isRecord(value) && isString(value.id) && isString(value.kind) && kinds.includes(value.kind) && isString(value.label);
}

function isNode(value: unknown): boolean {
  return isElement(value, NODE_KINDS) && isString(value.regionId) && isOptionalString(value.parent);
}

function isEdge(value: unknown): boolean {
  return (
    isElement(value, EDGE_KINDS) &&
    isString(value.source) &&
    isString(value.target) &&
    typeof value.attention === 'boolean' &&
    isStringArray(value.warnings) &&
    (value.terraform === undefined || isTerraformMark(value.terraform))
  );
}

/** Where the workspace's Terraform manages an edge's resource: two strings, shown as text. */
function isTerraformMark(value: unknown): boolean {
  return isRecord(value) && isString(value.address) && isString(value.place);
}

export function isGraph(value: unknown): value is TopologyGraph {
  return isRecord(value) && Array.isArray(value.nodes) && value.nodes.every(isNode) && Array.isArray(value.edges) && value.edges.every(isEdge);
}

export function isPositions(value: unknown): value is Positions {
  return isRecord(value) && Object.values(value).every((p) => isRecord(p) && isFiniteNumber(p.x) && isFiniteNumber(p.y));
}

function isChange(value: unknown): boolean {
  return (
    isRecord(value) &&
    isString(value.id) &&
    (value.group === 'nodes' || value.group === 'edges') &&
    isRecord(value.set) &&
    // Ends and ids never change in place (diffGraph re-creates such edges).
    !('id' in value.set) &&
    !('source' in value.set) &&
    !('target' in value.set) &&
    (!('label' in value.set) || isString(value.set.label)) &&
    (!('parent' in value.set) || isString(value.set.parent)) &&
    (!('terraform' in value.set) || isTerraformMark(value.set.terraform)) &&
    (!('kind' in value.set) || (isString(value.set.kind) && NODE_KINDS.concat(EDGE_KINDS).includes(value.set.kind))) &&
    isStringArray(value.unset)
  );
}

export function isDelta(value: unknown): value is GraphDelta {
  return (
    isRecord(value) &&
    Array.isArray(value.addedNodes) &&
    value.addedNodes.every(isNode) &&
    Array.isArray(value.addedEdges) &&
    value.addedEdges.every(isEdge) &&
    isStringArray(value.removedNodes) &&
    isStringArray(value.removedEdges) &&
    Array.isArray(value.changed) &&
    value.changed.every(isChange)
  );
}

export function isFilters(value: unknown): value is GraphFilters {
  return (
    isRecord(value) &&
    isStringArray(value.hiddenAccounts) &&
    isStringArray(value.hiddenRegions) &&
    isStringArray(value.hiddenStatuses) &&
    value.hiddenStatuses.every((s) => PEER_STATUSES.includes(s as PeerStatus)) &&
    isStringArray(value.hiddenEdgeKinds) &&
    value.hiddenEdgeKinds.every((k) => EDGE_KINDS.includes(k)) &&
    (value.hiddenTerraform === undefined ||
      (isStringArray(value.hiddenTerraform) && value.hiddenTerraform.every((t) => (TERRAFORM_FILTERS as readonly string[]).includes(t)))) &&
    (value.hiddenProviders === undefined || (isStringArray(value.hiddenProviders) && value.hiddenProviders.every((p) => (CLOUD_PROVIDERS as readonly string[]).includes(p))))
  );
}

function isOptions(value: unknown): value is PageOptions {
  return (
    isRecord(value) &&
    (value.readOnly === undefined || typeof value.readOnly === 'boolean') &&
    (value.detailBudget === undefined || (isFiniteNumber(value.detailBudget) && value.detailBudget > 0))
  );
}

/** The message if it is one the page understands, else `undefined`. */
export function parseHostMessage(value: unknown): HostMessage | undefined {
  if (!isRecord(value) || !isString(value.type)) return undefined;
  switch (value.type) {
    case 'init':
      if (!isGraph(value.graph) || !isPositions(value.positions)) return undefined;
      if (value.theme !== undefined && !(isString(value.theme) && THEMES.includes(value.theme))) return undefined;
      if (value.filters !== undefined && !isFilters(value.filters)) return undefined;
      if (value.options !== undefined && !isOptions(value.options)) return undefined;
      return value as HostMessage;
    case 'delta':
      return isDelta(value.delta) && isPositions(value.positions) ? (value as HostMessage) : undefined;
    case 'select':
    case 'reveal':
      return isString(value.id) ? (value as HostMessage) : undefined;
    case 'filters':
      return isFilters(value.filters) ? (value as HostMessage) : undefined;
    case 'request':
      return isString(value.requestId) && isPageRequest(value.request) ? { type: 'request', requestId: value.requestId, request: value.request } : undefined;
    case 'cancel':
      return isString(value.requestId) ? { type: 'cancel', requestId: value.requestId } : undefined;
    default:
      return undefined;
  }
}

function isPageRequest(value: unknown): value is PageRequest {
  if (!isRecord(value)) return false;
  if (value.method === 'export') return isString(value.format) && EXPORT_FORMATS.includes(value.format);
  return value.method === 'relayout' || value.method === 'undoRelayout' || value.method === 'resetLayout';
}

/** An export's result: a PNG data URL or SVG text. */
export function isExportResult(value: unknown): value is string {
  return isString(value);
}

export function isRelayoutResult(value: unknown): value is RelayoutResult {
  return (
    isRecord(value) &&
    isString(value.outcome) &&
    RELAYOUT_OUTCOMES.includes(value.outcome) &&
    (value.engine === undefined || (isString(value.engine) && RELAYOUT_ENGINES.includes(value.engine))) &&
    isFiniteNumber(value.moved) &&
    isOptionalString(value.message)
  );
}


/**
 * The message if it is one the host understands, else `undefined`. `problem` hears why an action
 * was refused, and which keys of one were dropped.
 */
export function parsePageMessage(value: unknown, problem: (text: string) => void = () => undefined): PageMessage | undefined {
  if (!isRecord(value) || !isString(value.type)) return undefined;
  switch (value.type) {
    case 'ready':
      return isFiniteNumber(value.protocol) ? (value as PageMessage) : undefined;
    case 'selected':
      if (value.elementId === undefined) return { type: 'selected' };
      if (!isString(value.elementId) || !isString(value.kind) || !SELECTED_KINDS.includes(value.kind)) return undefined;
      if (value.ref !== undefined && !isResourceRef(value.ref)) return undefined;
      return [value.resourceId, value.regionId, value.accountUid].every(isOptionalString) ? (value as PageMessage) : undefined;
    case 'action': {
      const checked = checkPageAction(value.command, value.args);
      if (!checked.ok) {
        problem(checked.problem);
        return undefined;
      }
      if (checked.dropped.length > 0) problem(`${checked.action.command}: dropped ${checked.dropped.join(', ')}`);
      return { type: 'action', ...checked.action };
    }
    case 'positionsChanged':
      return isPositions(value.positions) && isString(value.reason) && POSITIONS_REASONS.includes(value.reason) ? (value as PageMessage) : undefined;
    case 'reply':
      return isString(value.requestId) && isOptionalString(value.error) ? (value as PageMessage) : undefined;
    case 'relayoutDone':
      if (!isRelayoutResult(value)) return undefined;
      return { type: 'relayoutDone', outcome: value.outcome, moved: value.moved, ...(value.engine ? { engine: value.engine } : {}), ...(value.message !== undefined ? { message: value.message } : {}) };
    case 'error':
      return isString(value.message) ? (value as PageMessage) : undefined;
    default:
      return undefined;
  }
}
