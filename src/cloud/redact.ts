// Keeps secrets out of anything a person or a log can see. Error texts from the SDK, the
// credentials package or the service can echo configuration (the credentials package, for
// instance, puts the whole content of a malformed `~/.aliyun/config.json` in its message).

const MASK = '****';

/**
 * Field names whose values are secrets, in JSON (`"access_key_secret": "…"`), INI / env
 * (`access_key_secret = …`) or query (`AuthKey=…`) form.
 */
const SECRET_FIELD =
  /("?)(access_?key_?secret|accessKeySecret|secret|sts_?token|security_?token|securityToken|auth_?key|authKey|password|oauth_(?:access|refresh)_token|access_token)\1(\s*[:=]\s*)("?)[^"\s,&}]*\4/gi;

/**
 * Replaces every known secret value and every value of a secret-named field with `****`.
 * `knownSecrets` are the exact secrets in play (empty and very short strings are ignored, since
 * masking them would garble ordinary text).
 */
export function redactSecrets(text: string, knownSecrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(MASK);
  }
  return out.replace(SECRET_FIELD, (_m, q1: string, name: string, sep: string, q2: string) => `${q1}${name}${q1}${sep}${q2}${MASK}${q2}`);
}

/** `LTAI5tAbCdEf1234abcd` → `LTAI****abcd`: enough to recognise a key, never enough to use it. */
export function maskAccessKeyId(accessKeyId: string | undefined): string {
  if (!accessKeyId) return '(none)';
  if (accessKeyId.length <= 8) return MASK;
  return `${accessKeyId.slice(0, 4)}${MASK}${accessKeyId.slice(-4)}`;
}
