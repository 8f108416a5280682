// Resource tags (Tag.N.Key / Tag.N.Value on CreateVpcPeerConnection and TagResources):
// at most 20 per resource; a key is 1–128 characters, must not start with `aliyun` or `acs:`
// (those belong to Alibaba Cloud's system tags) and must not contain `http://` or `https://`;
// a value is at most 128 characters and may be empty; keys are unique per resource.

import { type Tag } from '../types';
import { characterCount, lengthProblem } from './text';

export const MAX_TAGS = 20;
export const TAG_KEY_MAX_LENGTH = 128;
export const TAG_VALUE_MAX_LENGTH = 128;

function tagKeyProblem(key: string): string | undefined {
  const length = characterCount(key);
  if (length === 0 || length > TAG_KEY_MAX_LENGTH) {
    return `A tag key must be 1–${TAG_KEY_MAX_LENGTH} characters long; "${truncate(key)}" has ${length}.`;
  }
  if (/^(aliyun|acs:)/i.test(key)) return `A tag key must not start with "aliyun" or "acs:"; "${truncate(key)}" does.`;
  return /https?:\/\//i.test(key) ? `The tag key "${truncate(key)}" must not contain http:// or https://.` : undefined;
}

/** All problems of a tag list, one sentence per problem in list order, joined into one message; `undefined` when there are none. */
export function tagsProblem(tags: readonly Tag[]): string | undefined {
  const problems: string[] = [];
  if (tags.length > MAX_TAGS) problems.push(`A resource can have at most ${MAX_TAGS} tags; ${tags.length} are given.`);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const tag of tags) {
    const keyProblem = tagKeyProblem(tag.key);
    if (keyProblem) problems.push(keyProblem);
    const valueProblem = lengthProblem(`The value of tag "${truncate(tag.key)}"`, tag.value, 0, TAG_VALUE_MAX_LENGTH);
    if (valueProblem) problems.push(valueProblem);
    if (seen.has(tag.key) && !repeated.has(tag.key)) {
      problems.push(`Tag keys must be unique; "${truncate(tag.key)}" appears more than once.`);
      repeated.add(tag.key);
    }
    seen.add(tag.key);
  }
  return problems.length === 0 ? undefined : problems.join(' ');
}

function truncate(text: string): string {
  return characterCount(text) > 40 ? `${[...text].slice(0, 40).join('')}…` : text;
}
