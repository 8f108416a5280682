// The two paging styles of the emulated APIs: page numbers (`PageNumber`/`PageSize`, the VPC
// Describe* calls) and continuation tokens (`MaxResults`/`NextToken` on VpcPeer, `MaxResult` on
// DescribeRouteEntryList). A token remembers the position and the id of the last item handed out,
// so a walk through the pages stays correct when items before the position disappear meanwhile.

import { invalidParameter } from '../errors';
import type { RequestParams } from '../params';

export interface NumberedPage<T> {
  items: T[];
  pageNumber: number;
  pageSize: number;
  totalCount: number;
}

export function numberedPage<T>(params: RequestParams, all: readonly T[], defaultSize = 10, maxSize = 50): NumberedPage<T> {
  const pageNumber = params.integer('PageNumber', { min: 1 }) ?? 1;
  const pageSize = params.integer('PageSize', { min: 1, max: maxSize }) ?? defaultSize;
  const start = (pageNumber - 1) * pageSize;
  return { items: all.slice(start, start + pageSize), pageNumber, pageSize, totalCount: all.length };
}

/**
 * A page-numbered Describe answer: TotalCount, PageNumber, PageSize and the requested page of
 * `all` on the wire under `list.item` (`Vpcs.Vpc`, `BgpGroups.BgpGroup`).
 */
export function numberedAnswer<T>(params: RequestParams, all: readonly T[], list: string, item: string, toWire: (record: T) => unknown): Record<string, unknown> {
  const page = numberedPage(params, all);
  return { TotalCount: page.totalCount, PageNumber: page.pageNumber, PageSize: page.pageSize, [list]: { [item]: page.items.map(toWire) } };
}

export interface TokenPage<T> {
  items: T[];
  maxResults: number;
  /** Empty on the last page. */
  nextToken: string;
  totalCount: number;
}

export interface TokenPaging {
  sizeParam: string;
  defaultSize: number;
  maxSize: number;
}

export function tokenPage<T extends { id: string }>(params: RequestParams, all: readonly T[], paging: TokenPaging): TokenPage<T> {
  const maxResults = params.integer(paging.sizeParam, { min: 1, max: paging.maxSize }) ?? paging.defaultSize;
  const token = params.string('NextToken');
  const start = token === undefined ? 0 : positionAfter(token, all);
  const items = all.slice(start, start + maxResults);
  const end = start + items.length;
  const nextToken = end < all.length ? encodeToken(end, items[items.length - 1].id) : '';
  return { items, maxResults, nextToken, totalCount: all.length };
}

function encodeToken(position: number, lastId: string): string {
  return Buffer.from(`${position}:${lastId}`, 'utf8').toString('base64url');
}

function positionAfter<T extends { id: string }>(token: string, all: readonly T[]): number {
  const match = /^(\d+):(.+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw invalidParameter('NextToken', 'it is not a token this API returned.');
  const position = Number(match[1]);
  const lastId = match[2];
  if (all[position - 1]?.id === lastId) return position;
  const found = all.findIndex((item) => item.id === lastId);
  return found >= 0 ? found + 1 : Math.min(position, all.length);
}
