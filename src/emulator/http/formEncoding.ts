// Query strings and `application/x-www-form-urlencoded` bodies, decoded the way the service does:
// `+` is a space, percent escapes are UTF-8, a key without `=` has an empty value.

export function parseFormEncoded(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (text === '') return pairs;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    pairs.push([decode(rawKey), decode(rawValue)]);
  }
  return pairs;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new MalformedEncodingError(text);
  }
}

export class MalformedEncodingError extends Error {
  constructor(readonly fragment: string) {
    super(`"${fragment}" is not valid percent-encoded UTF-8.`);
    this.name = 'MalformedEncodingError';
  }
}

/**
 * Flattens a JSON request body into the dotted keys a form body would carry
 * (`{"Tag":[{"Key":"a"}]}` → `Tag.1.Key=a`), so both encodings reach the handlers alike.
 */
export function flattenJson(value: unknown, prefix = '', into: Array<[string, string]> = []): Array<[string, string]> {
  if (value === null || value === undefined) return into;
  if (Array.isArray(value)) {
    value.forEach((item, i) => flattenJson(item, prefix ? `${prefix}.${i + 1}` : String(i + 1), into));
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      flattenJson(item, prefix ? `${prefix}.${key}` : key, into);
    }
  } else if (prefix !== '') {
    into.push([prefix, String(value)]);
  }
  return into;
}
