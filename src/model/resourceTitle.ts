// How a resource is named wherever a person reads it: the name first, then the id in brackets, or
// the id alone when the resource has no name — what a network engineer recognises at a glance,
// with the id still there to search for. Commands, the explorer, the page and the reports share it.

/** `hub-to-payments (pcc-…)`, or `pcc-…` when it has no name (or its name is its id). */
export function titleOf(resource: { id: string; name?: string }): string {
  return resource.name && resource.name !== resource.id ? `${resource.name} (${resource.id})` : resource.id;
}
