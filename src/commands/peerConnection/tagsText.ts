// Tags typed on one line, as `key=value, key=value`: the wizard's tag step reads them with
// `parseTagsText` and checks them against the documented limits (see model/validation/tags.ts).
// A value may contain `=` (the first one separates key and value) but not a comma; an entry
// without `=` is a key with an empty value. Pure, so it is tested in plain Node.

import { tagsProblem } from '../../model/validation';
import type { Tag } from '../../model/types';

export type TagsParse = { ok: true; tags: Tag[] } | { ok: false; problem: string };

export function parseTagsText(text: string): TagsParse {
  const tags: Tag[] = [];
  const entries = text.split(',').map((entry) => entry.trim());
  for (const [index, entry] of entries.entries()) {
    if (entry === '') continue;
    const separator = entry.indexOf('=');
    const key = (separator < 0 ? entry : entry.slice(0, separator)).trim();
    const value = separator < 0 ? '' : entry.slice(separator + 1).trim();
    if (key === '') return { ok: false, problem: `Tag ${index + 1} has no key; write tags as key=value, separated by commas.` };
    tags.push({ key, value });
  }
  const problem = tagsProblem(tags);
  return problem ? { ok: false, problem } : { ok: true, tags };
}

/** The problem with a typed tag line, or undefined when it is fine (an empty line means no tags). */
export function tagsTextProblem(text: string): string | undefined {
  const parsed = parseTagsText(text);
  return parsed.ok ? undefined : parsed.problem;
}

export function formatTagsText(tags: readonly Tag[]): string {
  return tags.map((tag) => (tag.value === '' ? tag.key : `${tag.key}=${tag.value}`)).join(', ');
}
