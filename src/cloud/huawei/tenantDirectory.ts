// Which account a Huawei Cloud project belongs to, across the profiles of one session. A peering
// names each side by its project in the region: the caller's own project is the caller's account,
// but the far side's project is only an id — unless another profile the person holds owns it.
// Each Huawei account client registers its projects here, so a peering between two tenants the
// person holds names both accounts, and a create can find the peer account's project in its region.

import type { HuaweiProject } from './projects';

export class HuaweiTenantDirectory {
  readonly #tenants = new Map<string, () => Promise<HuaweiProject[]>>();

  /** `projects` is asked when a lookup needs it; a tenant whose projects cannot be read is passed over. */
  register(key: string, projects: () => Promise<HuaweiProject[]>): void {
    this.#tenants.set(key, projects);
  }

  unregister(key: string): void {
    this.#tenants.delete(key);
  }

  /** The account that owns the project, when a registered tenant does. */
  async accountOfProject(projectId: string): Promise<string | undefined> {
    return (await this.#projects()).find((project) => project.id === projectId)?.accountId;
  }

  /** The account's project in the region, when the account is a registered tenant. */
  async projectOf(accountId: string, regionId: string): Promise<string | undefined> {
    return (await this.#projects()).find((project) => project.accountId === accountId && project.regionId === regionId)?.id;
  }

  async #projects(): Promise<HuaweiProject[]> {
    const all = await Promise.all([...this.#tenants.values()].map((projects) => projects().catch(() => [])));
    return all.flat();
  }
}
