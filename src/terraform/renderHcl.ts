// Writes an export as HCL the way `terraform fmt` lays it out: two-space indents, the `=` of
// consecutive one-line arguments aligned, a multi-line argument or a comment ending the run,
// one blank line between blocks. Each resource is followed by its import block.

import { type HclExpression, addressText, reference, text } from './hclExpression';
import { commentLine, isHclIdentifier, quoteHcl } from './hclText';
import type { ExportedResource, ProviderConfiguration, TerraformPlan } from './terraformPlan';

/** The provider version that has every argument the export writes (`link_type` came in 1.240.0). */
export const MINIMUM_PROVIDER_VERSION = '1.240.0';

type Argument = readonly [string, HclExpression];

/**
 * The whole configuration; or, to add to a configuration that has its settings already, only
 * the resources (and their imports) with the provider blocks `missingProviders` names.
 */
export function renderHcl(plan: TerraformPlan, addition?: { missingProviders: ReadonlySet<string> }): string {
  const blocks: string[] = addition
    ? plan.providers.filter((p) => addition.missingProviders.has(p.alias)).map(providerBlock)
    : [[...plan.header.map(commentLine), ...terraformSettings()].join('\n'), ...plan.providers.map(providerBlock)];
  for (const resource of plan.resources) {
    blocks.push(resourceBlock(resource));
    if (plan.importBlocks) blocks.push(importBlock(resource));
  }
  return `${blocks.join('\n\n')}\n`;
}

function terraformSettings(): string[] {
  return [
    'terraform {',
    '  required_version = ">= 1.5.0"',
    '  required_providers {',
    '    alicloud = {',
    '      source  = "aliyun/alicloud"',
    `      version = ">= ${MINIMUM_PROVIDER_VERSION}"`,
    '    }',
    '  }',
    '}',
  ];
}

function providerBlock(provider: ProviderConfiguration): string {
  const lines = provider.comments.map(commentLine);
  lines.push('provider "alicloud" {');
  lines.push(...body([['alias', text(provider.alias)], ...provider.attributes], 1));
  if (provider.endpoints) {
    lines.push('', '  endpoints {', ...body(provider.endpoints, 2), '  }');
  }
  lines.push('}');
  return lines.join('\n');
}

function resourceBlock(resource: ExportedResource): string {
  const providerArgument: Argument = ['provider', reference({ type: 'alicloud', name: resource.provider })];
  return [
    ...resource.comments.map(commentLine),
    `resource ${quoteHcl(resource.address.type)} ${quoteHcl(resource.address.name)} {`,
    ...body([providerArgument, ...resource.attributes], 1),
    '}',
  ].join('\n');
}

function importBlock(resource: ExportedResource): string {
  const args: Argument[] = [['to', reference(resource.address)], ['id', text(resource.importId)]];
  return ['import {', ...body(args, 1), '}'].join('\n');
}

/** Arguments at one depth, aligned in runs of one-line values as `terraform fmt` does. */
function body(args: readonly Argument[], depth: number): string[] {
  const indent = '  '.repeat(depth);
  const lines: string[] = [];
  let run: Argument[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map(([name]) => keyText(name).length));
    for (const [name, value] of run) lines.push(`${indent}${keyText(name).padEnd(width)} = ${inline(value)}`);
    run = [];
  };
  for (const argument of args) {
    const [name, value] = argument;
    if (value.kind === 'map' && value.entries.length) {
      flush();
      lines.push(`${indent}${keyText(name)} = {`, ...body(value.entries, depth + 1), `${indent}}`);
    } else {
      run.push(argument);
    }
  }
  flush();
  return lines;
}

function keyText(key: string): string {
  return isHclIdentifier(key) ? key : quoteHcl(key);
}

function inline(value: HclExpression): string {
  switch (value.kind) {
    case 'string':
      return quoteHcl(value.value);
    case 'number':
      return value.digits;
    case 'bool':
      return String(value.value);
    case 'reference':
      return value.attribute ? `${addressText(value.block)}.${value.attribute}` : addressText(value.block);
    case 'map':
      return '{}';
  }
}
