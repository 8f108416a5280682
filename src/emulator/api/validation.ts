// The service's rules for names, descriptions and tags, as documented for the emulated calls.

import { ApiError, invalidParameter } from '../errors';
import type { Tag } from '../../model/types';
import { type TextRule, textRuleProblem } from '../../model/validation/textRules';

const URL_PREFIX = /^https?:\/\//i;

/**
 * `value` when it keeps `rule` (the documented rule of the field, shared with the extension's
 * validation), else an InvalidParameter naming `param`.
 */
export function checkText(param: string, value: string | undefined, rule: TextRule): string | undefined {
  if (value === undefined) return undefined;
  const problem = textRuleProblem(param, value, rule);
  if (problem) throw invalidParameter(param, problem);
  return value;
}

export const MAX_TAGS_PER_RESOURCE = 20;

/** Tag keys and values as TagResources, Create and Accept check them. */
export function checkTags(tags: readonly Tag[]): void {
  if (tags.length > MAX_TAGS_PER_RESOURCE) {
    throw new ApiError('NumberExceed.Tags', `At most ${MAX_TAGS_PER_RESOURCE} tags may be given, not ${tags.length}.`);
  }
  const seen = new Set<string>();
  for (const { key, value } of tags) {
    if (key.length > 128 || URL_PREFIX.test(key)) throw new ApiError('InvalidTagKey', `The tag key "${key}" is not valid: at most 128 characters and not a URL.`);
    if (/^(acs:|aliyun)/i.test(key)) throw new ApiError('Forbidden.TagKeys', `The tag key "${key}" uses a reserved prefix (acs: or aliyun).`);
    if (value.length > 128 || URL_PREFIX.test(value)) throw invalidParameter('Tag.N.Value', `"${value}" must be at most 128 characters and not a URL.`);
    if (seen.has(key)) throw new ApiError('Forbidden.TagKey.Duplicated', `The tag key "${key}" is given more than once.`);
    seen.add(key);
  }
}

/** `tags` merged into `current`: same keys get the new value. */
export function mergeTags(current: readonly Tag[], tags: readonly Tag[]): Tag[] {
  const merged = new Map(current.map((t) => [t.key, t.value]));
  for (const t of tags) merged.set(t.key, t.value);
  return [...merged.entries()].map(([key, value]) => ({ key, value }));
}

/** Whether `have` carries every tag of `wanted` (a tag filter with an empty value matches any value). */
export function hasTags(have: readonly Tag[], wanted: readonly Tag[]): boolean {
  return wanted.every((w) => have.some((h) => h.key === w.key && (w.value === '' || h.value === w.value)));
}
