// Builds a Huawei Cloud profile's account client, the way createAccountClient builds an Alibaba
// one: no I/O while building, the access key resolved on the first request (a problem surfaces as
// a CloudError then, and is tried again on the next request). The access key comes from:
// - `sandbox`, `accessKey`: the profile's key id and the secret the SecretProvider keeps;
// - `environment`: HUAWEICLOUD_SDK_AK / _SK / _SECURITY_TOKEN (the SDK's names), else
//   HW_ACCESS_KEY / HW_SECRET_KEY / HW_SECURITY_TOKEN (Terraform's) (reference §10.1–10.2);
// - `hcloudCli`: the named profile of KooCLI's ~/.hcloud/config.json, read (never written) at the
//   first request; an encrypted file is refused with what to do instead (reference §10.3).
// A profile's endpoint override (the sandbox emulator's `host:port`) serves IAM and VPC alike.
// The tenant directory is the session's, shared by all its Huawei clients (tenantDirectory.ts).

import type { AccountClientOptions, SecretProvider } from '../accountClient';
import { CloudError } from '../errors';
import type { ProfileSpec } from '../profiles';
import { HUAWEI_CLOUD_ENDPOINTS, singleEndpoint, type HuaweiCredentials, type HuaweiEndpoints } from './credentials';
import { HuaweiAccountClient } from './huaweiAccountClient';
import { HuaweiCloudClient } from './huaweiCloudClient';
import { kooCliConfigPath, kooCliCredentials } from './kooCliConfig';
import type { HuaweiTenantDirectory } from './tenantDirectory';

const OPERATION = 'ResolveCredentials';

/** The environment variable pairs read by `environment` profiles, first match wins. */
export const HUAWEI_ENVIRONMENT_KEYS = [
  { accessKeyId: 'HUAWEICLOUD_SDK_AK', secretAccessKey: 'HUAWEICLOUD_SDK_SK', securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN' },
  { accessKeyId: 'HW_ACCESS_KEY', secretAccessKey: 'HW_SECRET_KEY', securityToken: 'HW_SECURITY_TOKEN' },
] as const;

export function createHuaweiAccountClient(
  spec: ProfileSpec,
  secrets: SecretProvider,
  options: AccountClientOptions,
  directory: HuaweiTenantDirectory,
  env: NodeJS.ProcessEnv = process.env,
): HuaweiAccountClient {
  const profile: ProfileSpec = { ...spec };
  const client = new HuaweiCloudClient({
    credentials: () => huaweiProfileCredentials(profile, secrets, env),
    endpoints: huaweiEndpoints(profile),
    maxConcurrent: options.maxConcurrent,
    // The SDK has one time limit per request, for connecting and answering together.
    timeoutMs: options.readTimeoutMs,
    retry: options.retry,
    random: options.random,
  });
  return new HuaweiAccountClient(profile, client, directory);
}

/** The emulator's (or a gateway's) one URL for every API, else the public cloud's endpoints. */
export function huaweiEndpoints(spec: ProfileSpec): HuaweiEndpoints {
  return spec.endpoint ? singleEndpoint(`${spec.endpoint.protocol}://${spec.endpoint.endpoint}`) : HUAWEI_CLOUD_ENDPOINTS;
}

/**
 * A profile's access key; a CloudError (`MissingSecret`, `CredentialsUnavailable`) when there is
 * none. `kooCliFile`: KooCLI's configuration (`~/.hcloud/config.json` of the home at call time).
 */
export async function huaweiProfileCredentials(
  spec: ProfileSpec,
  secrets: SecretProvider,
  env: NodeJS.ProcessEnv = process.env,
  kooCliFile: string = kooCliConfigPath(),
): Promise<HuaweiCredentials> {
  switch (spec.kind) {
    case 'sandbox':
    case 'accessKey': {
      if (!spec.accessKeyId) throw credentialsError(`Profile "${spec.label}" has no access key ID.`, 'Add the access key again.');
      let secret: string | undefined;
      try {
        secret = await secrets.accessKeySecret(spec);
      } catch (error) {
        throw credentialsError(`The secret of profile "${spec.label}" could not be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, 'Try again, or add the access key again.');
      }
      if (!secret) throw credentialsError(`No secret access key is stored for profile "${spec.label}".`, 'No secret access key is stored for this profile: add the access key again.', 'MissingSecret');
      return { accessKeyId: spec.accessKeyId, secretAccessKey: secret };
    }
    case 'environment': {
      for (const names of HUAWEI_ENVIRONMENT_KEYS) {
        const accessKeyId = env[names.accessKeyId];
        const secretAccessKey = env[names.secretAccessKey];
        if (!accessKeyId || !secretAccessKey) continue;
        const securityToken = env[names.securityToken] || undefined;
        return securityToken ? { accessKeyId, secretAccessKey, securityToken } : { accessKeyId, secretAccessKey };
      }
      const pairs = HUAWEI_ENVIRONMENT_KEYS.map((names) => `${names.accessKeyId} and ${names.secretAccessKey}`).join(', or ');
      throw credentialsError(`Neither ${pairs} are set in the editor's environment.`, `Set ${pairs} (with ${HUAWEI_ENVIRONMENT_KEYS.map((names) => names.securityToken).join(' or ')} for a temporary key) before starting the editor, or add the access key in the editor.`);
    }
    case 'hcloudCli': {
      try {
        return await kooCliCredentials(spec.cliProfileName, kooCliFile);
      } catch (error) {
        // kooCliConfig's messages name the file and the profile, never a key.
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw credentialsError(`KooCLI profile "${spec.cliProfileName ?? '(current)'}": ${reason}`, 'Fix the KooCLI configuration (hcloud configure), or add the access key in the editor.');
      }
    }
    default:
      throw credentialsError(`A Huawei Cloud profile cannot take its credentials from "${spec.kind}".`, 'Add the access key in the editor, use a KooCLI profile, or use the environment variables.');
  }
}

function credentialsError(message: string, hint: string, code = 'CredentialsUnavailable'): CloudError {
  return new CloudError({ code, operation: OPERATION, kind: 'credentials', apiMessage: message, hint, retryClass: 'final' });
}
