// The service's rules for names, descriptions and tags, as documented for the emulated calls.

import { ApiError, invalidParameter } from '../errors';
import type { Tag } from '../../model/types';

const STARTS_WITH_LETTER = /^[A-Za-z\p{Script=Han}]/u;
const NAME_CHARACTERS = /^[A-Za-z0-9_.\-\p{Script=Han}]+$/u;
const URL_PREFIX = /^https?:\/\//i;

export interface TextRule {
  min: number;
  max: number;
  /** Must begin with a letter or a Chinese character. */
  startsWithLetter?: boolean;
  /** Only letters, digits, `_`, `-`, `.` and Chinese characters. */
  nameCharacters?: boolean;
}

/** Peer connection names: 2–128 characters, a letter first, then letters, digits, `_`, `-`, `.`. */
export const PEER_NAME: TextRule = { min: 2, max: 128, startsWithLetter: true, nameCharacters: true };
/** Descriptions: 2–256 characters, a letter first, never a URL. */
export const PEER_DESCRIPTION: TextRule = { min: 2, max: 256, startsWithLetter: true };
/** ModifyVpcPeerConnection and route entries accept 1–128 characters, never a URL. */
export const LOOSE_NAME: TextRule = { min: 1, max: 128 };
export const LOOSE_DESCRIPTION: TextRule = { min: 1, max: 256 };

export function checkText(param: string, value: string | undefined, rule: TextRule): string | undefined {
  if (value === undefined) return undefined;
  const length = [...value].length;
  if (length < rule.min || length > rule.max) {
    throw invalidParameter(param, `it must be ${rule.min}–${rule.max} characters long, not ${length}.`);
  }
  if (URL_PREFIX.test(value)) throw invalidParameter(param, 'it must not start with http:// or https://.');
  if (rule.startsWithLetter && !STARTS_WITH_LETTER.test(value)) {
    throw invalidParameter(param, 'it must start with a letter or a Chinese character.');
  }
  if (rule.nameCharacters && !NAME_CHARACTERS.test(value)) {
    throw invalidParameter(param, 'it may contain only letters, digits, Chinese characters, underscores (_), hyphens (-) and periods (.).');
  }
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
