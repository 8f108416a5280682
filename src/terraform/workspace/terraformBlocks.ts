// What a Terraform configuration declares, as the workspace reader sees it: resource blocks and
// import blocks, each with the file and line it stands at, so the editor can open it.

export interface SourcePlace {
  /** Absolute path of the `.tf`, `.tf.json` or state file. */
  readonly file: string;
  /** 1-based line of the block's first line (state entries: the line of their `"name"`). */
  readonly line: number;
}

export interface ResourceBlock extends SourcePlace {
  readonly type: string;
  readonly name: string;
  /** Arguments as HashiCorp's parser gives them: literals as values, expressions as `${…}` strings. */
  readonly body: Readonly<Record<string, unknown>>;
}

export interface ImportBlock extends SourcePlace {
  /** `type.name` of the target (module addresses and indexes are kept as written). */
  readonly to: string;
  /** The literal import id, or undefined when it is an expression. */
  readonly id?: string;
}

export interface StateResource extends SourcePlace {
  /** `type.name`, with `module.x.` before it and `[key]` after it where they apply. */
  readonly address: string;
  readonly type: string;
  readonly id: string;
  /** Every attribute as state holds it; account UIDs kept as strings of digits. */
  readonly attributes: Readonly<Record<string, unknown>>;
}

export interface TerraformFileContent {
  readonly resources: readonly ResourceBlock[];
  readonly imports: readonly ImportBlock[];
}

/** Whether a value the parser returned is an expression (a reference, a function call, …). */
export function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${') && !/^\$\$\{/.test(value);
}

/** The literal string of an argument, or undefined when it is missing or an expression. */
export function literalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && !isExpression(value) ? value : undefined;
}

/** `${alicloud_vpc_peer_connection.hub.id}` → `alicloud_vpc_peer_connection.hub` (and the attribute). */
export function referencedBlock(value: unknown): { address: string; attribute: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)\.([a-z0-9_]+)\}$/.exec(value);
  return match ? { address: match[1], attribute: match[2] } : undefined;
}
