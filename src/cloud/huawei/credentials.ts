// What a Huawei Cloud profile needs to reach the APIs: an access key pair (AK/SK, optionally a
// temporary key's security token) and, for the emulator, one endpoint that serves both IAM and
// VPC. Projects are never typed: the client finds each region's project through IAM.
// KooCLI's ~/.hcloud/config.json is read by kooCliConfig.ts (reference §10.3).

export interface HuaweiCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Only with temporary keys. */
  securityToken?: string;
}

export interface HuaweiEndpoints {
  /** The VPC API of a region. */
  vpc(regionId: string): string;
  /** The IAM (Keystone) API, global. */
  iam: string;
}

/** The public cloud's endpoints (reference §1, §2.3). */
export const HUAWEI_CLOUD_ENDPOINTS: HuaweiEndpoints = {
  vpc: (regionId) => `https://vpc.${regionId}.myhuaweicloud.com`,
  iam: 'https://iam.myhuaweicloud.com',
};

/** One URL for every API and region, e.g. the emulator's `http://127.0.0.1:PORT`. */
export function singleEndpoint(url: string): HuaweiEndpoints {
  return { vpc: () => url, iam: url };
}
