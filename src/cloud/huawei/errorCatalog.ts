// What Huawei Cloud's error codes mean for the person in front of the editor, and how each behaves
// under retry — the codes of the reference (§9.2), then the HTTP status where the v2.0 peering and
// route calls name no code the reference could confirm (§9.1, §15).

import type { ErrorInfo } from '../errorCatalog';

const KEYS = 'Check the profile\'s access key (AK) and secret key (SK): they must belong together and be enabled in IAM.';

export const HUAWEI_ERROR_CATALOG: Readonly<Record<string, ErrorInfo>> = {
  'APIGW.0301': { hint: `Huawei Cloud refused the signature. ${KEYS} After 5 failures in a row the key is locked for 5 minutes.`, retry: 'final' },
  'APIGW.0303': { hint: "The request's time (X-Sdk-Date) is more than 15 minutes off: correct this computer's clock.", retry: 'final' },
  'APIGW.0101': { hint: 'Huawei Cloud has no such API at {endpoint}: check the region and the endpoint.', retry: 'final' },
  'APIG.0308': { hint: 'Huawei Cloud is rate-limiting this account; the request was retried with backoff. Wait a moment, or lower "vpcPeering.maxConcurrentRequests".', retry: 'transient' },
  'APIGW.0308': { hint: 'Huawei Cloud is rate-limiting this account; the request was retried with backoff. Wait a moment, or lower "vpcPeering.maxConcurrentRequests".', retry: 'transient' },
  'VPC.0101': { hint: 'Huawei Cloud refused a parameter of the VPC request; see the message.', retry: 'final' },
  'VPC.0201': { hint: 'Huawei Cloud refused a parameter of the subnet request; see the message.', retry: 'final' },
  'VPC.0003': { hint: 'The VPC does not exist in this project: refresh the view and check that the VPC is in this region and, for a peer VPC, in the peer project given.', retry: 'final' },
  'VPC.0007': { hint: 'The request named another project than the one it was signed for; this is a bug in the caller.', retry: 'final' },
  'VPC.0010': { hint: 'This IAM user is not allowed to do this (vpc:peerings:* and vpc:routeTables:* permissions): ask the account administrator.', retry: 'final' },
  'VPC.2201': { hint: 'This IAM user is not allowed to do this: ask the account administrator for the VPC permission.', retry: 'final' },
  'VPC.2701': { hint: 'Huawei Cloud does not allow this: the account may be frozen or in arrears. Check it in the console.', retry: 'final' },
  'VPC.1207': { hint: 'Huawei Cloud does not know that quota type; this is a bug in the caller.', retry: 'final' },
};

/** Where the body names no known code: the HTTP status decides (reference §9.1 "fall back on httpStatusCode"). */
export function huaweiStatusInfo(status: number | undefined): ErrorInfo {
  if (status === 401) return { hint: `Huawei Cloud did not accept the credentials. ${KEYS}`, retry: 'final' };
  if (status === 403) return { hint: 'Huawei Cloud refused the request: the IAM user lacks the permission, or the project is not this account\'s.', retry: 'final' };
  if (status === 404) return { hint: 'It may have been deleted, or it is in another region or project: refresh the view and check the id.', retry: 'final' };
  if (status === 409) return { hint: 'Huawei Cloud refused the change in the current state (for example a request that is no longer waiting, or a peering between these VPCs that exists already): refresh and look at its status.', retry: 'final' };
  if (status === 429) return { hint: 'Huawei Cloud is rate-limiting this account; wait a moment and try again.', retry: 'transient' };
  if (status !== undefined && status >= 500) return { hint: 'Huawei Cloud had a temporary failure; try again in a moment.', retry: 'transient' };
  if (status === 400) return { hint: 'Huawei Cloud refused the request; see the message.', retry: 'final' };
  return { hint: 'The request failed; see the message and the request id.', retry: 'final' };
}

export function huaweiErrorInfo(code: string, status: number | undefined): ErrorInfo {
  return HUAWEI_ERROR_CATALOG[code] ?? huaweiStatusInfo(status);
}
