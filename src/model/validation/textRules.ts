// The documented rules for names and descriptions, one entry per API field. The extension's
// validation (this folder) and the emulator (emulator/api/validation.ts) both read this table, so
// what the extension lets through is exactly what the emulated service accepts.
//
// VpcPeer 2022-01-01 CreateVpcPeerConnection: Name 2–128 characters, starting with a letter (or a
// Chinese character), then letters, digits, `_` and `-` (no `.`); Description 2–256, starting
// with a letter. ModifyVpcPeerConnection and CreateRouteEntry document only the lengths (1–128,
// 1–256). Every field refuses a value that starts with `http://` or `https://`.
// Huawei Cloud's peering: name 1–64 characters (letters, Chinese characters, digits, `_`, `-`),
// description up to 255 (reference §4).

import { firstProblem, lengthProblem, nameCharactersProblem, startsWithLetterProblem, urlPrefixProblem } from './text';

export interface TextRule {
  min: number;
  max: number;
  /** Must begin with a letter or a Chinese character. */
  startsWithLetter: boolean;
  /** Only letters, Chinese characters, digits, `_` and `-`. */
  nameCharacters: boolean;
}

const STRICT_NAME: TextRule = { min: 2, max: 128, startsWithLetter: true, nameCharacters: true };
const STRICT_DESCRIPTION: TextRule = { min: 2, max: 256, startsWithLetter: true, nameCharacters: false };
const LOOSE_NAME: TextRule = { min: 1, max: 128, startsWithLetter: false, nameCharacters: false };
const LOOSE_DESCRIPTION: TextRule = { min: 1, max: 256, startsWithLetter: false, nameCharacters: false };

export const TEXT_RULES = {
  createPeerConnectionName: STRICT_NAME,
  createPeerConnectionDescription: STRICT_DESCRIPTION,
  modifyPeerConnectionName: LOOSE_NAME,
  modifyPeerConnectionDescription: LOOSE_DESCRIPTION,
  routeEntryName: LOOSE_NAME,
  routeEntryDescription: LOOSE_DESCRIPTION,
  routerInterfaceName: STRICT_NAME,
  routerInterfaceDescription: STRICT_DESCRIPTION,
  bgpGroupName: STRICT_NAME,
  bgpGroupDescription: STRICT_DESCRIPTION,
  huaweiPeeringName: { min: 1, max: 64, startsWithLetter: false, nameCharacters: true },
  huaweiPeeringDescription: { min: 1, max: 255, startsWithLetter: false, nameCharacters: false },
} as const satisfies Record<string, TextRule>;

/** The first way `value` breaks `rule`, as a sentence starting with `field`; `undefined` when it keeps it. */
export function textRuleProblem(field: string, value: string, rule: TextRule): string | undefined {
  return firstProblem(
    () => lengthProblem(field, value, rule.min, rule.max),
    () => (rule.startsWithLetter ? startsWithLetterProblem(field, value) : undefined),
    () => (rule.nameCharacters ? nameCharactersProblem(field, value) : undefined),
    () => urlPrefixProblem(field, value),
  );
}
