// Which cloud resource a drawn element stands for, and where it lives: what the page tells the
// host on selection, so the explorer can reveal the same resource.

import type { DrawnElement } from './elementDetails';

export function elementIdentity(element: DrawnElement): { resourceId?: string; regionId?: string; accountUid?: string } {
  switch (element.kind) {
    case 'vpc':
    case 'externalVpc':
      return { resourceId: element.vpcId, regionId: element.regionId, accountUid: element.accountUid };
    case 'vbr':
      return { resourceId: element.vbrId, regionId: element.regionId, accountUid: element.accountUid };
    case 'router':
      return { resourceId: element.routerId, regionId: element.regionId, accountUid: element.accountUid };
    case 'bgpNeighbor':
    case 'bgp':
      return { resourceId: element.bgpPeerId, regionId: element.regionId, accountUid: element.accountUid };
    case 'peer': {
      const home = element.requester.managed ? element.requester : element.accepter;
      return { resourceId: element.connectionId, regionId: home.regionId, accountUid: home.accountUid };
    }
    case 'routerInterface':
      return { resourceId: element.interfaceIds[0], regionId: element.regionId, accountUid: element.accountUid };
    case 'account':
      return { regionId: element.regionId, accountUid: element.accountUid };
    case 'region':
    case 'regionSummary':
      return { regionId: element.regionId };
    case 'aggregate':
      return {};
  }
}
