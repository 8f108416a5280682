// Turns a profile into the `@alicloud/credentials` Credential the SDK clients sign with. Every
// kind goes through the credentials package's own providers (static key, aliyun CLI profile,
// environment, default chain), wrapped so that a failure becomes a CloudError whose message has
// been scrubbed of secrets, and so the secrets in play are known for scrubbing other errors.

import Credential, {
  CLIProfileCredentialsProvider,
  DefaultCredentialsProvider,
  EnvironmentVariableCredentialsProvider,
  StaticAKCredentialsProvider,
  type CredentialsProvider,
} from '@alicloud/credentials';
import type { SecretProvider } from './accountClient';
import { aliyunCliConfigPath, readAliyunCliConfig } from './aliyunCliConfig';
import { CloudError } from './errors';
import type { ProfileSpec } from './profiles';

type ProviderCredentials = Awaited<ReturnType<CredentialsProvider['getCredentials']>>;

/** A profile's credential plus the secrets it has handed out (for scrubbing error text). */
export interface ProfileCredential {
  readonly credential: Credential;
  /** Secrets seen so far; used only to mask them in error messages. */
  knownSecrets(): readonly string[];
}

const OPERATION = 'ResolveCredentials';

function credentialsError(message: string, code = 'CredentialsUnavailable', secrets: readonly string[] = []): CloudError {
  return new CloudError({ code, operation: OPERATION, kind: 'credentials', apiMessage: message, secrets });
}

/**
 * Wraps a provider: failures become CloudErrors with scrubbed messages; secrets handed out are
 * remembered in a private field (never shown by `util.inspect`, never serialised).
 */
class ScrubbingProvider implements CredentialsProvider {
  readonly #inner: CredentialsProvider;
  readonly #secrets = new Set<string>();

  constructor(inner: CredentialsProvider, initialSecrets: readonly string[] = []) {
    this.#inner = inner;
    for (const s of initialSecrets) this.#secrets.add(s);
  }

  getCredentials = async (): Promise<ProviderCredentials> => {
    try {
      const credentials = await this.#inner.getCredentials();
      if (credentials.accessKeySecret) this.#secrets.add(credentials.accessKeySecret);
      if (credentials.securityToken) this.#secrets.add(credentials.securityToken);
      return credentials;
    } catch (error) {
      throw credentialsError(firstLine(error), 'CredentialsUnavailable', [...this.#secrets]);
    }
  };

  getProviderName = (): string => this.#inner.getProviderName();

  knownSecrets(): readonly string[] {
    return [...this.#secrets];
  }

  toString(): string {
    return `[credentials ${this.getProviderName()}]`;
  }
}

/** Only the first line, at most 300 characters: some providers append whole file contents. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0];
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/**
 * Builds the default chain without the ECS instance-metadata step unless asked. Off ECS that step
 * can only end in a connection timeout to 100.100.100.200, which would make a profile without
 * credentials hang before it fails. The package reads the disabling variable while the chain is
 * constructed (synchronously), so it is set just for that moment and restored right after.
 */
function defaultChain(useEcsMetadata: boolean): CredentialsProvider {
  if (useEcsMetadata) return DefaultCredentialsProvider.builder().build();
  const key = 'ALIBABA_CLOUD_ECS_METADATA_DISABLED';
  const previous = process.env[key];
  process.env[key] = 'true';
  try {
    return DefaultCredentialsProvider.builder().build();
  } finally {
    if (previous === undefined) delete process.env[key];
    else process.env[key] = previous;
  }
}

async function staticKey(spec: ProfileSpec, secrets: SecretProvider): Promise<ScrubbingProvider> {
  if (!spec.accessKeyId) throw credentialsError(`Profile "${spec.label}" has no AccessKey ID.`);
  const secret = await secrets.accessKeySecret(spec);
  if (!secret) throw credentialsError(`No AccessKey secret is stored for profile "${spec.label}".`, 'MissingSecret');
  const inner = StaticAKCredentialsProvider.builder().withAccessKeyId(spec.accessKeyId).withAccessKeySecret(secret).build();
  return new ScrubbingProvider(inner, [secret]);
}

/** Checks the CLI profile before handing it to the package, so errors name the problem. */
async function cliProfile(spec: ProfileSpec): Promise<ScrubbingProvider> {
  const config = await readAliyunCliConfig().catch((error: unknown) => {
    throw credentialsError(firstLine(error));
  });
  if (!config) throw credentialsError(`No aliyun CLI configuration at ${aliyunCliConfigPath()}.`);
  const name = spec.cliProfileName ?? process.env.ALIBABA_CLOUD_PROFILE ?? config.current;
  const profile = config.profiles.find((p) => p.name === name);
  if (!profile) throw credentialsError(`The aliyun CLI configuration has no profile "${name ?? '(current)'}".`);
  if (!profile.supported) throw credentialsError(`aliyun CLI profile "${profile.name}": ${profile.unsupportedReason ?? 'not supported'}.`);
  try {
    return new ScrubbingProvider(CLIProfileCredentialsProvider.builder().withProfileName(profile.name).build());
  } catch (error) {
    throw credentialsError(firstLine(error));
  }
}

/** The provider for a profile, checked up front where that is possible. */
async function providerFor(spec: ProfileSpec, secrets: SecretProvider): Promise<ScrubbingProvider> {
  switch (spec.kind) {
    case 'sandbox':
    case 'accessKey':
      return staticKey(spec, secrets);
    case 'aliyunCli':
      return cliProfile(spec);
    case 'environment':
      return new ScrubbingProvider(EnvironmentVariableCredentialsProvider.builder().build());
    case 'defaultChain':
      return new ScrubbingProvider(defaultChain(spec.useEcsMetadata === true));
    case 'hcloudCli':
      throw credentialsError(`Profile "${spec.label}" is a Huawei Cloud KooCLI profile; it cannot sign Alibaba Cloud requests.`);
    default: {
      const unknownKind: never = spec.kind;
      throw credentialsError(`Unknown profile kind ${String(unknownKind)}.`);
    }
  }
}

/**
 * The credential for a profile, resolved on first use: building it needs no I/O, and a problem
 * (no stored secret, no CLI profile of that name) surfaces as a CloudError (`MissingSecret`,
 * `CredentialsUnavailable`) from the first request. A failed resolution is tried again on the
 * next request, so a secret stored later is picked up.
 */
export function lazyProfileCredential(spec: ProfileSpec, secrets: SecretProvider): ProfileCredential {
  let resolved: Promise<ScrubbingProvider> | undefined;
  let provider: ScrubbingProvider | undefined;
  const resolve = (): Promise<ScrubbingProvider> => {
    resolved ??= providerFor(spec, secrets).then(
      (p) => (provider = p),
      (error: unknown) => {
        resolved = undefined;
        throw error;
      },
    );
    return resolved;
  };
  const lazy: CredentialsProvider = {
    getCredentials: async () => (await resolve()).getCredentials(),
    getProviderName: () => provider?.getProviderName() ?? spec.kind,
  };
  return {
    credential: new Credential(null, lazy),
    knownSecrets: () => provider?.knownSecrets() ?? [],
  };
}
