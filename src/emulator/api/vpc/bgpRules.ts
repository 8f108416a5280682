// Autonomous system numbers a BGP group accepts (reference §3.6): the peer's any valid 32-bit ASN;
// Alibaba Cloud's side 45104 or a private ASN, 65025 being reserved.

export const DEFAULT_LOCAL_ASN = 45104;

/** Why `asn` cannot be a peer ASN, or undefined when it can. */
export function checkPeerAsn(asn: number): string | undefined {
  if (!Number.isInteger(asn) || asn < 1 || asn > 4294967295) return `${asn} is not an AS number from 1 to 4294967295.`;
  if (asn === DEFAULT_LOCAL_ASN) return `${asn} is Alibaba Cloud's own AS number.`;
  return undefined;
}

/** Why `asn` cannot be the local (Alibaba Cloud side) ASN, or undefined when it can. */
export function checkLocalAsn(asn: number): string | undefined {
  if (asn === DEFAULT_LOCAL_ASN) return undefined;
  if (asn === 65025) return '65025 is reserved by Alibaba Cloud.';
  const privateTwoByte = asn >= 64512 && asn <= 65534;
  const privateFourByte = asn >= 4200000000 && asn <= 4294967294;
  if (!privateTwoByte && !privateFourByte) return `${asn} must be 45104, 64512–65534 or 4200000000–4294967294.`;
  return undefined;
}

/** The BGP session state a peer reports: no session runs until the peer itself is Available. */
export function sessionStateOf(peer: { status: string; bgpStatus: string }): string {
  return peer.status === 'Available' || peer.status === 'Modifying' ? peer.bgpStatus : 'Idle';
}
