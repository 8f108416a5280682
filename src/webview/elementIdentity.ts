// Which cloud resource a drawn element stands for, and where it lives: what the page tells the
// host on selection, so the explorer can reveal the same resource. The ref is the element's own
// (`elementRefs`); the plain fields repeat what it says for readers of the message.

import { elementRefs } from '../model/graph';
import { regionOfKey } from '../model/graph/providerRegions';
import { resourceRef, type ResourceRef } from '../model/resourceRef';
import type { DrawnElement } from './elementDetails';

export interface ElementIdentity {
  ref?: ResourceRef;
  /** The cloud resource's id (not for region and account boxes). */
  resourceId?: string;
  regionId?: string;
  accountUid?: string;
}

export function elementIdentity(element: DrawnElement): ElementIdentity {
  switch (element.kind) {
    case 'aggregate':
      return {};
    case 'regionSummary':
      return withRef(resourceRef('region', { accountUid: '', regionId: element.regionId }, element.regionId));
    case 'accountSummary':
      // The account box it stands for.
      return withRef(resourceRef('region', { accountUid: element.accountUid, ...regionOfKey(element.regionId) }, regionOfKey(element.regionId).regionId));
    case 'router':
      // Another account's router: it has no row, but the page finds it by its id.
      return { resourceId: element.routerId, regionId: element.regionId, accountUid: element.accountUid };
    default: {
      const [ref] = elementRefs(element);
      return ref ? withRef(ref) : {};
    }
  }
}

function withRef(ref: ResourceRef): ElementIdentity {
  return {
    ref,
    ...(ref.kind === 'region' ? {} : { resourceId: ref.id }),
    regionId: ref.regionId,
    ...(ref.accountUid ? { accountUid: ref.accountUid } : {}),
  };
}
