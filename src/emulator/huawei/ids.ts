// Huawei Cloud's id shapes (reference §2.1): resources carry lower-case UUIDs, accounts and
// projects 32 lower-case hex digits. Resource ids come from the seeded generator, so a scenario and
// the ids the API hands out are the same run after run; account and project ids and access keys
// are derived from names, so the built-in tenants keep their keys across restarts.

import { createHash } from 'node:crypto';
import type { SeededRandom } from '../random';

export function uuidFrom(random: SeededRandom): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random.next() * 256));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** A 32-hex id that depends only on its inputs. */
export function derivedHexId(...parts: string[]): string {
  return digest('id', ...parts).slice(0, 32);
}

/** The project of `regionId` in the account `domainId`. */
export function projectIdOf(domainId: string, regionId: string): string {
  return derivedHexId('project', domainId, regionId);
}

/** An access key pair in the real shape: 20 upper-case characters, a 40-character secret. */
export function derivedAccessKey(domainId: string): { accessKeyId: string; secretAccessKey: string } {
  const id = digest('ak', domainId).toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 18);
  const secret = Buffer.from(digest('sk', domainId), 'hex').toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 40);
  return { accessKeyId: `HW${id}`, secretAccessKey: secret };
}
