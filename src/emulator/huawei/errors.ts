// Errors the Huawei emulator answers with: `{error_msg, error_code, request_id}` plus the
// `X-Request-Id` header, the shape the SDK parses (reference §9.1). Codes the reference names are
// used as it names them; the others are the emulator's choice and listed in docs/emulator.md.

export class HuaweiApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HuaweiApiError';
  }
}

/** API gateway: bad signature, unknown AK, stale X-Sdk-Date (reference §9.2, §13). */
export function authenticationFailed(detail: string): HuaweiApiError {
  return new HuaweiApiError(401, 'APIGW.0301', `Incorrect IAM authentication information: ${detail}`);
}

/** API gateway: no such path or method. */
export function noSuchApi(method: string, path: string): HuaweiApiError {
  return new HuaweiApiError(404, 'APIGW.0101', `The API does not exist or has not been published in the environment: ${method} ${path}`);
}

/** API gateway flow control (reference §9.2). */
export function throttled(): HuaweiApiError {
  return new HuaweiApiError(429, 'APIG.0308', 'The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second');
}

export function serverError(): HuaweiApiError {
  return new HuaweiApiError(500, 'InternalError', 'Internal server error, please try again later.');
}

/** Invalid VPC parameters (reference: `VPC.0101`). */
export function invalidParameter(detail: string): HuaweiApiError {
  return new HuaweiApiError(400, 'VPC.0101', `Invalid parameter: ${detail}`);
}

/** The VPC does not exist in this project (reference: `VPC.0003`, 404). */
export function vpcNotFound(vpcId: string): HuaweiApiError {
  return new HuaweiApiError(404, 'VPC.0003', `VPC ${vpcId} does not exist.`);
}

/** The project in the URL is not the one the request was signed for (reference: `VPC.0007`). */
export function projectMismatch(): HuaweiApiError {
  return new HuaweiApiError(400, 'VPC.0007', 'The project ID in the URL does not match the project ID in the token.');
}

/** Chosen: a project id the signing account does not own (reference §13: 403). */
export function foreignProject(projectId: string): HuaweiApiError {
  return new HuaweiApiError(403, 'VPC.0010', `The account is not allowed to act in project ${projectId}.`);
}

// Chosen (the reference has no code for these; clients go by the HTTP status): not found is 404,
// a refused state change or a duplicate 409, a quota 409.

export function peeringNotFound(peeringId: string): HuaweiApiError {
  return new HuaweiApiError(404, 'PeeringNotFound', `Peering ${peeringId} could not be found.`);
}

export function peeringConflict(message: string): HuaweiApiError {
  return new HuaweiApiError(409, 'PeeringConflict', message);
}

export function routeTableNotFound(routeTableId: string): HuaweiApiError {
  return new HuaweiApiError(404, 'RouteTableNotFound', `Route table ${routeTableId} could not be found.`);
}

export function routeNotFound(routeId: string): HuaweiApiError {
  return new HuaweiApiError(404, 'RouteNotFound', `Route ${routeId} could not be found.`);
}

/** Chosen: a route that clashes with the table (duplicate, overlaps a local route, bad next hop). */
export function routeConflict(message: string): HuaweiApiError {
  return new HuaweiApiError(400, 'RouteConflict', message);
}

export function quotaExceeded(type: string, quota: number): HuaweiApiError {
  return new HuaweiApiError(409, 'QuotaExceeded', `Quota exceeded for resources: ${type} (quota ${quota}).`);
}
