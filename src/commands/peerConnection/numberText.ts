// Numbers typed into an input box: a plain decimal becomes a number, anything else stays text so
// the validation message can quote it. Pure.

export function typedNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^[+-]?\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}
