// One `provider "alicloud"` configuration per account and region in use, aliased after the
// profile and the region ("network_hub_cn_hangzhou"), with the settings an aliyun CLI user
// expects: the region, the CLI profile when the account comes from one, the endpoints when it
// is an emulator. Secrets never appear: access keys stay where the person keeps them.

import { type BlockNamer, identifierFrom } from './blockNames';
import type { AccountAccess } from './exportOptions';
import { type HclExpression, text } from './hclExpression';
import type { ProviderConfiguration } from './terraformPlan';

export class ProviderAliases {
  private readonly byPlace = new Map<string, ProviderConfiguration>();

  constructor(
    private readonly access: (accountUid: string) => AccountAccess | undefined,
    private readonly regionName: ((regionId: string) => string | undefined) | undefined,
    private readonly names: BlockNamer,
  ) {}

  /** The alias for an account and region, or undefined when the account has no active profile. */
  aliasFor(accountUid: string, regionId: string): string | undefined {
    const key = `${accountUid}/${regionId}`;
    const known = this.byPlace.get(key);
    if (known) return known.alias;
    const access = this.access(accountUid);
    if (!access) return undefined;
    const alias = this.names.claim('provider', identifierFrom(`${access.profileName} ${regionId}`, `account_${accountUid}`));
    this.byPlace.set(key, configuration(alias, accountUid, regionId, access, this.regionName?.(regionId)));
    return alias;
  }

  used(): ProviderConfiguration[] {
    return [...this.byPlace.values()].sort((a, b) => a.alias.localeCompare(b.alias));
  }
}

function configuration(
  alias: string,
  accountUid: string,
  regionId: string,
  access: AccountAccess,
  regionName: string | undefined,
): ProviderConfiguration {
  const attributes: Array<readonly [string, HclExpression]> = [['region', text(regionId)]];
  if (access.cliProfile) attributes.push(['profile', text(access.cliProfile)]);
  const comments = [`${access.profileName} (account ${accountUid}) in ${regionName ? `${regionName} · ${regionId}` : regionId}`];
  if (access.credentialsNote) comments.push(access.credentialsNote);
  if (!access.endpoints) return { alias, accountUid, regionId, attributes, comments };
  if (access.endpoints.protocol === 'HTTP') attributes.push(['protocol', text('HTTP')]);
  return {
    alias,
    accountUid,
    regionId,
    attributes,
    comments,
    endpoints: [
      ['vpc', text(access.endpoints.vpc)],
      ['vpcpeer', text(access.endpoints.vpcpeer)],
    ],
  };
}
