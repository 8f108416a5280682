// Reads one Terraform file with HashiCorp's own parser (`@cdktf/hcl2json`, WebAssembly), one file
// at a time so every block keeps its file and line. The parser drops positions, so lines are found
// in the text by each block's header. `.tf.json` files are plain JSON in Terraform's JSON syntax.
// The parser is loaded on first use, never while the extension activates.

import type { ImportBlock, ResourceBlock, TerraformFileContent } from './terraformBlocks';

type Parse = (filename: string, contents: string) => Promise<Record<string, unknown>>;
let parser: Promise<Parse> | undefined;

function hcl2json(): Promise<Parse> {
  // Loaded here, not at the top: the WebAssembly parser costs ~0.4 s to start.
  parser ??= import('@cdktf/hcl2json').then((module) => module.parse as Parse);
  return parser;
}

export class TerraformParseError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'TerraformParseError';
  }
}

export async function parseTerraformFile(file: string, text: string): Promise<TerraformFileContent> {
  let parsed: Record<string, unknown>;
  try {
    parsed = file.endsWith('.tf.json') ? (JSON.parse(text) as Record<string, unknown>) : await (await hcl2json())(file, text);
  } catch (error) {
    throw new TerraformParseError(file, error instanceof Error ? error.message : String(error));
  }
  const lines = new LineFinder(text);
  return { resources: resourcesOf(parsed, file, lines), imports: importsOf(parsed, file, lines) };
}

function resourcesOf(parsed: Record<string, unknown>, file: string, lines: LineFinder): ResourceBlock[] {
  const resources: ResourceBlock[] = [];
  for (const [type, byName] of Object.entries(objectOf(parsed.resource))) {
    for (const [name, bodies] of Object.entries(objectOf(byName))) {
      // HCL gives an array of bodies per label pair; JSON syntax may give one object.
      for (const body of Array.isArray(bodies) ? bodies : [bodies]) {
        resources.push({ type, name, body: objectOf(body), file, line: lines.resource(type, name) });
      }
    }
  }
  return resources;
}

function importsOf(parsed: Record<string, unknown>, file: string, lines: LineFinder): ImportBlock[] {
  const raw = parsed.import;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((entry) => {
    const block = objectOf(entry);
    const to = String(block.to ?? '').replace(/^\$\{|\}$/g, '');
    const id = typeof block.id === 'string' && !block.id.includes('${') ? block.id : undefined;
    return { to, id, file, line: lines.importOf(to) };
  });
}

function objectOf(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Finds where blocks start in the text, by their headers, in either syntax. */
class LineFinder {
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
  }

  resource(type: string, name: string): number {
    const hcl = new RegExp(`^\\s*resource\\s+"${escape(type)}"\\s+"${escape(name)}"`);
    const found = this.find((line) => hcl.test(line));
    if (found) return found;
    // JSON syntax: the name's key after the type's key.
    const typeLine = this.find((line) => line.includes(`"${type}"`));
    return this.find((line) => line.includes(`"${name}"`), typeLine) || typeLine || 1;
  }

  importOf(to: string): number {
    const target = new RegExp(`^\\s*"?to"?\\s*[=:]\\s*"?(\\$\\{)?${escape(to)}\\b`);
    const toLine = this.find((line) => target.test(line));
    if (!toLine) return 1;
    // The block starts at the nearest `import {` above its `to`.
    for (let i = toLine - 1; i >= 1; i--) if (/^\s*import\s*\{/.test(this.lines[i - 1])) return i;
    return toLine;
  }

  private find(test: (line: string) => boolean, after = 0): number {
    for (let i = after; i < this.lines.length; i++) if (test(this.lines[i])) return i + 1;
    return 0;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
