// Writes an export as a CDK for Terraform stack in TypeScript, in the style of the provider's
// own examples: `new alicloud.vpcPeerConnection.VpcPeerConnection(this, …, { … })`, provider
// objects with aliases, and `importFrom` for each live resource. Every block keeps the HCL
// export's Terraform name (`overrideLogicalId`), so both forms address the same state.

import { MINIMUM_PROVIDER_VERSION } from './renderHcl';
import type { BlockAddress, HclExpression } from './hclExpression';
import type { ExportedResource, ProviderConfiguration, TerraformPlan } from './terraformPlan';

export function renderCdktf(plan: TerraformPlan): string {
  const variables = new Map<string, string>();
  const lines = [
    ...plan.header.map((line) => `// ${oneLine(line)}`),
    '//',
    '// CDK for Terraform has no prebuilt alicloud bindings: generate them once with',
    `//   cdktf.json: "terraformProviders": ["aliyun/alicloud@>= ${MINIMUM_PROVIDER_VERSION}"]`,
    '//   cdktf get',
    '// (HashiCorp deprecated CDK for Terraform in December 2025; the HCL export is the primary form.)',
    'import { Construct } from "constructs";',
    'import { App, TerraformStack } from "cdktf";',
    'import * as alicloud from "./.gen/providers/alicloud";',
    '',
    'export class VpcPeeringStack extends TerraformStack {',
    '  constructor(scope: Construct, id: string) {',
    '    super(scope, id);',
  ];
  for (const provider of plan.providers) {
    const variable = claimVariable(variables, `provider_${provider.alias}`, `alicloud.${provider.alias}`);
    lines.push('', ...providerStatement(provider, variable));
  }
  for (const resource of plan.resources) {
    const key = `${resource.address.type}.${resource.address.name}`;
    const variable = claimVariable(variables, `${resource.address.type.replace(/^alicloud_/, '')}_${resource.address.name}`, key);
    lines.push('', ...resourceStatements(resource, variable, variables, plan.importBlocks));
  }
  lines.push('  }', '}', '', 'const app = new App();', 'new VpcPeeringStack(app, "vpc-peering");', 'app.synth();', '');
  return lines.join('\n');
}

function providerStatement(provider: ProviderConfiguration, variable: string): string[] {
  const config: Array<[string, string]> = [['alias', literal(provider.alias)]];
  for (const [name, value] of provider.attributes) config.push([camel(name), expression(value, new Map())]);
  if (provider.endpoints) {
    const inner = provider.endpoints.map(([name, value]) => `${camel(name)}: ${expression(value, new Map())}`).join(', ');
    config.push(['endpoints', `[{ ${inner} }]`]);
  }
  return [
    ...provider.comments.map((line) => `    // ${oneLine(line)}`),
    `    const ${variable} = new alicloud.provider.AlicloudProvider(this, ${literal(provider.alias)}, {`,
    ...config.map(([name, value]) => `      ${name}: ${value},`),
    '    });',
  ];
}

function resourceStatements(
  resource: ExportedResource,
  variable: string,
  variables: ReadonlyMap<string, string>,
  importBlocks: boolean,
): string[] {
  const { namespace, className } = bindingName(resource.address.type);
  const providerVariable = variables.get(`alicloud.${resource.provider}`) as string;
  const lines = [
    ...resource.comments.map((line) => `    // ${oneLine(line)}`),
    `    const ${variable} = new alicloud.${namespace}.${className}(this, ${literal(variable)}, {`,
    `      provider: ${providerVariable},`,
    ...resource.attributes.map(([name, value]) => `      ${camel(name)}: ${expression(value, variables)},`),
    '    });',
    `    ${variable}.overrideLogicalId(${literal(resource.address.name)});`,
  ];
  if (importBlocks) lines.push(`    ${variable}.importFrom(${literal(resource.importId)});`);
  return lines;
}

/** `alicloud_vpc_peer_connection` → `vpcPeerConnection.VpcPeerConnection`, the bindings' naming. */
export function bindingName(type: string): { namespace: string; className: string } {
  const namespace = camel(type.replace(/^alicloud_/, ''));
  return { namespace, className: namespace[0].toUpperCase() + namespace.slice(1) };
}

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
}

function claimVariable(variables: Map<string, string>, wanted: string, key: string): string {
  const base = camel(wanted.replace(/[^A-Za-z0-9_]/g, '_'));
  const taken = new Set(variables.values());
  let variable = base;
  for (let n = 2; taken.has(variable); n++) variable = `${base}${n}`;
  variables.set(key, variable);
  return variable;
}

function expression(value: HclExpression, variables: ReadonlyMap<string, string>): string {
  switch (value.kind) {
    case 'string':
      return literal(value.value);
    case 'number':
      return Number.isSafeInteger(Number(value.digits)) ? value.digits : `${value.digits} /* beyond JavaScript's exact integers: check it */`;
    case 'bool':
      return String(value.value);
    case 'reference':
      return referenceText(value.block, value.attribute, variables);
    case 'map':
      return `{ ${value.entries.map(([key, entry]) => `${literal(key)}: ${expression(entry, variables)}`).join(', ')} }`;
  }
}

function referenceText(block: BlockAddress, attribute: string | undefined, variables: ReadonlyMap<string, string>): string {
  const variable = variables.get(`${block.type}.${block.name}`);
  if (!variable) throw new Error(`reference to ${block.type}.${block.name}, which is not exported`);
  return attribute ? `${variable}.${camel(attribute)}` : variable;
}

/**
 * A TypeScript string literal whose synthesised Terraform value is exactly `value`: CDK for
 * Terraform passes `${…}` and `%{…}` through as templates, so those are doubled, and invisible
 * direction controls are escaped so the source shows what it holds.
 */
function literal(value: string): string {
  const template = value.replace(/([$%])\{/g, '$1$1{');
  return JSON.stringify(template).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function oneLine(line: string): string {
  return line.replace(/[\r\n]+/g, ' ').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
