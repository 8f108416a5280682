// The values an exported Terraform configuration holds, kept as expressions rather than text so
// that the HCL and the CDK for Terraform renderers write the same thing in their own syntax.
// Numbers keep their digits as text: account UIDs have 16 digits and would lose the last ones
// as JavaScript numbers.

export type HclExpression =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly digits: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  /** Another block (`alicloud.hub`) or one of its attributes (`alicloud_vpc_peer_connection.hub.id`). */
  | { readonly kind: 'reference'; readonly block: BlockAddress; readonly attribute?: string }
  | { readonly kind: 'map'; readonly entries: ReadonlyArray<readonly [string, HclExpression]> };

/** A resource's `type.name`, and the CDK construct variable that stands for it. */
export interface BlockAddress {
  readonly type: string;
  readonly name: string;
}

export const text = (value: string): HclExpression => ({ kind: 'string', value });

export function number(value: number | string): HclExpression {
  const digits = String(value);
  if (!/^-?\d+$/.test(digits)) throw new Error(`not a whole number: ${digits}`);
  return { kind: 'number', digits };
}

export const bool = (value: boolean): HclExpression => ({ kind: 'bool', value });

export const reference = (block: BlockAddress, attribute?: string): HclExpression => ({
  kind: 'reference',
  block,
  attribute,
});

export const map = (entries: Iterable<readonly [string, string]>): HclExpression => ({
  kind: 'map',
  entries: [...entries].map(([key, value]) => [key, text(value)] as const),
});

export const addressText = (block: BlockAddress): string => `${block.type}.${block.name}`;
