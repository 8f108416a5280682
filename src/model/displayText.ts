// Cloud text as it may be shown: names, descriptions and tags come from the API (and from other
// accounts), so they are data, not presentation. Characters that reorder what follows them
// (bidirectional embeddings, overrides, isolates and marks) are shown as their code point, so
// "invoice\u202Egnp.exe" reads "invoice[U+202E]gnp.exe" and never as "invoiceexe.png". Where room
// is short (graph labels, exports) long values are cut with an ellipsis; the details pane and the
// tooltips show them whole.

/** LRM, RLM, ALM, the embeddings and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The longest line a graph label keeps; the API allows names of up to 128 characters. */
export const LABEL_LINE_MAX = 64;

/** `text` with every bidirectional control shown as `[U+XXXX]`; cut to `max` characters with "…" when given. */
export function displayText(text: string, max?: number): string {
  const neutral = text.replace(BIDI_CONTROLS, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`);
  if (max === undefined) return neutral;
  const characters = Array.from(neutral);
  return characters.length <= max ? neutral : `${characters.slice(0, Math.max(0, max - 1)).join('')}…`;
}
