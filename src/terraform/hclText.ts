// HCL's literal syntax: quoted strings with the escapes the language defines, and identifiers.
// Cloud data is data: a name holding `${`, `%{`, quotes, newlines or bidirectional controls must
// come out as a literal string that means exactly those characters and displays harmlessly.

const BIDI_AND_INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A quoted HCL string literal whose value is exactly `value`. */
export function quoteHcl(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const next = value[i + 1];
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    // Template sequences: a doubled introducer is the literal one.
    else if ((ch === '$' || ch === '%') && next === '{') out += ch + ch;
    else if (ch < ' ' || ch === '\u007f' || BIDI_AND_INVISIBLE.test(ch)) out += unicodeEscape(ch);
    else out += ch;
  }
  return out + '"';
}

function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Whether `key` can stand unquoted as an HCL identifier (object keys, attribute names). */
export function isHclIdentifier(key: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key);
}

/** A line comment that cannot be broken by the data it quotes. */
export function commentLine(textOfComment: string): string {
  return `# ${textOfComment.replace(/[\r\n]+/g, ' ').replace(new RegExp(BIDI_AND_INVISIBLE, 'g'), '')}`;
}
