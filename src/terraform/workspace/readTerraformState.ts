// Reads a local state file (format version 4): the managed resources and their ids. Account UIDs
// are 16-digit integers there, beyond JavaScript's exact numbers, so long integers are read as
// strings of digits before the JSON is parsed.

import type { StateResource } from './terraformBlocks';

interface StateDocument {
  version?: number;
  resources?: Array<{
    module?: string;
    mode?: string;
    type?: string;
    name?: string;
    instances?: Array<{ index_key?: string | number; attributes?: Record<string, unknown> }>;
  }>;
}

export function readTerraformState(file: string, text: string): StateResource[] {
  const document = JSON.parse(quoteLongIntegers(text)) as StateDocument;
  if (document.version !== 4) throw new Error(`${file}: state format version ${String(document.version)} is not supported (4 is)`);
  const lines = text.split(/\r?\n/);
  const resources: StateResource[] = [];
  for (const resource of document.resources ?? []) {
    if (resource.mode !== 'managed' || !resource.type || !resource.name) continue;
    const line = lineOf(lines, resource.type, resource.name);
    for (const instance of resource.instances ?? []) {
      const attributes = instance.attributes ?? {};
      const id = attributes.id;
      if (typeof id !== 'string' || !id) continue;
      const index = instance.index_key === undefined ? '' : `[${JSON.stringify(instance.index_key)}]`;
      const address = `${resource.module ? `${resource.module}.` : ''}${resource.type}.${resource.name}${index}`;
      resources.push({ address, type: resource.type, id, attributes, file, line });
    }
  }
  return resources;
}

/** Rewrites integer literals of 16 or more digits outside strings as strings of the same digits. */
export function quoteLongIntegers(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i];
    if (inString) {
      out += ch;
      if (ch === '\\') out += json[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(json.slice(i, i + 64));
    if (number && /[\d-]/.test(ch)) {
      const literal = number[0];
      out += /^-?\d{16,}$/.test(literal) ? `"${literal}"` : literal;
      i += literal.length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

function lineOf(lines: readonly string[], type: string, name: string): number {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes(`"type": "${type}"`)) continue;
    for (let j = i; j < Math.min(lines.length, i + 4); j++) if (lines[j].includes(`"name": "${name}"`)) return j + 1;
  }
  return 1;
}
