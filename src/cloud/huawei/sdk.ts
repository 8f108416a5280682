// The official Huawei Cloud SDK, loaded and built the way this layer needs it (reference §1):
// its logger is switched off (it logs every failure with the Authorization header), each client
// gets a time limit (the SDK has none), and a region's clients act in the project IAM lists for
// that region (found by `projects.ts`, never typed by a person).

import { BasicCredentials, GlobalCredentials, Region } from '@huaweicloud/huaweicloud-sdk-core';
import { Logger4jInstance } from '@huaweicloud/huaweicloud-sdk-core/logger/log4jLogger';
// The IAM package's top-level entry fails to load (its v5 part requires a file it does not ship);
// v3 is the Keystone API and loads on its own.
import { IamClient } from '@huaweicloud/huaweicloud-sdk-iam/v3/public-api';
import { VpcClient, v3 } from '@huaweicloud/huaweicloud-sdk-vpc';
import type { HuaweiCredentials, HuaweiEndpoints } from './credentials';

Logger4jInstance.level = 'off';

export interface RegionClients {
  /** v2 client: peerings, v1 subnets and route tables, v2.0 routes. */
  vpc: VpcClient;
  /** v3 client: VPCs with their secondary CIDRs. */
  vpcV3: v3.VpcClient;
  /** Shared by both: the keys and the region's project. */
  credentials: BasicCredentials;
}

export function buildRegionClients(keys: HuaweiCredentials, endpoints: HuaweiEndpoints, regionId: string, projectId: string, timeoutMs: number): RegionClients {
  const credentials = new BasicCredentials().withAk(keys.accessKeyId).withSk(keys.secretAccessKey).withIamEndpoint(endpoints.iam).withProjectId(projectId);
  if (keys.securityToken) credentials.withSecurityToken(keys.securityToken);
  const region = new Region(regionId, [endpoints.vpc(regionId)]);
  const options = { axiosRequestConfig: { timeout: timeoutMs } };
  return {
    vpc: VpcClient.newBuilder().withCredential(credentials).withRegion(region).withOptions(options).build(),
    vpcV3: v3.VpcClient.newBuilder().withCredential(credentials).withRegion(region).withOptions(options).build(),
    credentials,
  };
}

export function buildIamClient(keys: HuaweiCredentials, endpoints: HuaweiEndpoints, timeoutMs: number): IamClient {
  const credentials = new GlobalCredentials().withAk(keys.accessKeyId).withSk(keys.secretAccessKey).withIamEndpoint(endpoints.iam);
  if (keys.securityToken) credentials.withSecurityToken(keys.securityToken);
  return IamClient.newBuilder().withCredential(credentials).withEndpoint(endpoints.iam).withOptions({ axiosRequestConfig: { timeout: timeoutMs } }).build();
}
