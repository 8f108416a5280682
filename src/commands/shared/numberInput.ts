// Typed numbers: an input box gives text, the limits are checked on numbers. Text that is not a
// whole number is passed on as is, so the check's message shows what was typed.

export function wholeNumberOrText(value: string): number | string {
  const trimmed = value.trim();
  return /^\d{1,16}$/.test(trimmed) ? Number(trimmed) : trimmed;
}
