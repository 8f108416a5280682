// Express Connect BGP writes (VPC 2016-04-28): groups on a VBR and peers in a group. None of
// these APIs offers DryRun. A group's auth key is a secret: it is passed to the request and
// scrubbed from any error text.

import {
  CreateBgpGroupRequest,
  CreateBgpPeerRequest,
  DeleteBgpGroupRequest,
  DeleteBgpPeerRequest,
  ModifyBgpGroupAttributeRequest,
  ModifyBgpPeerAttributeRequest,
} from '@alicloud/vpc20160428';
import type {
  BgpGroupRef,
  BgpPeerRef,
  Created,
  CreateBgpGroupInput,
  CreateBgpPeerInput,
  ModifyBgpGroupInput,
  ModifyBgpPeerInput,
  Operations,
  WriteOptions,
} from './accountClient';
import type { ClientFactory } from './clientFactory';
import type { RequestRunner } from './requestRunner';
import { GONE_IS_DONE, sameNamed, vpcChange, vpcCreate } from './writeRequest';

type BgpOperations = Pick<Operations, 'createBgpGroup' | 'modifyBgpGroup' | 'deleteBgpGroup' | 'createBgpPeer' | 'modifyBgpPeer' | 'deleteBgpPeer'>;

/** Peers still being removed keep their group busy; Terraform retries a group delete on it. */
const GROUP_DELETE_BUSY: readonly string[] = ['DependencyViolation.BgpPeer'];

export function bgpOperations(runner: RequestRunner, clients: ClientFactory): BgpOperations {
  return {
    async createBgpGroup(input: CreateBgpGroupInput, o: WriteOptions): Promise<Created> {
      return vpcCreate(runner, 'CreateBgpGroup', input.regionId, o, {
        secrets: [input.authKey],
        send: async (rt) => {
          const request = new CreateBgpGroupRequest({
            ...sameNamed(input, ['regionId', 'peerAsn', 'localAsn', 'authKey', 'name', 'description', 'ipVersion', 'isFakeAsn', 'routeQuota']),
            routerId: input.vbrId,
            clientToken: o.clientToken,
          });
          return (await clients.vpc(input.regionId).createBgpGroupWithOptions(request, rt)).body?.bgpGroupId;
        },
      });
    },

    async modifyBgpGroup(input: ModifyBgpGroupInput, o: WriteOptions): Promise<void> {
      await vpcChange(runner, 'ModifyBgpGroupAttribute', input.regionId, o, {
        secrets: [input.authKey],
        send: (rt) => {
          const request = new ModifyBgpGroupAttributeRequest({
            ...sameNamed(input, ['regionId', 'bgpGroupId', 'name', 'description', 'peerAsn', 'localAsn', 'authKey', 'clearAuthKey', 'isFakeAsn', 'routeQuota']),
            clientToken: o.clientToken,
          });
          return clients.vpc(input.regionId).modifyBgpGroupAttributeWithOptions(request, rt);
        },
      });
    },

    async deleteBgpGroup(ref: BgpGroupRef, o: WriteOptions): Promise<void> {
      await vpcChange(runner, 'DeleteBgpGroup', ref.regionId, o, {
        busyCodes: GROUP_DELETE_BUSY,
        ...GONE_IS_DONE,
        send: (rt) =>
          clients.vpc(ref.regionId).deleteBgpGroupWithOptions(new DeleteBgpGroupRequest({ regionId: ref.regionId, bgpGroupId: ref.bgpGroupId, clientToken: o.clientToken }), rt),
      });
    },

    async createBgpPeer(input: CreateBgpPeerInput, o: WriteOptions): Promise<Created> {
      return vpcCreate(runner, 'CreateBgpPeer', input.regionId, o, {
        send: async (rt) => {
          const fields = sameNamed(input, ['regionId', 'bgpGroupId', 'peerIpAddress', 'enableBfd', 'bfdMultiHop', 'ipVersion']);
          const request = new CreateBgpPeerRequest({ ...fields, clientToken: o.clientToken });
          return (await clients.vpc(input.regionId).createBgpPeerWithOptions(request, rt)).body?.bgpPeerId;
        },
      });
    },

    async modifyBgpPeer(input: ModifyBgpPeerInput, o: WriteOptions): Promise<void> {
      await vpcChange(runner, 'ModifyBgpPeerAttribute', input.regionId, o, {
        send: (rt) => {
          const fields = sameNamed(input, ['regionId', 'bgpPeerId', 'bgpGroupId', 'peerIpAddress', 'enableBfd', 'bfdMultiHop']);
          const request = new ModifyBgpPeerAttributeRequest({ ...fields, clientToken: o.clientToken });
          return clients.vpc(input.regionId).modifyBgpPeerAttributeWithOptions(request, rt);
        },
      });
    },

    async deleteBgpPeer(ref: BgpPeerRef, o: WriteOptions): Promise<void> {
      await vpcChange(runner, 'DeleteBgpPeer', ref.regionId, o, {
        ...GONE_IS_DONE,
        send: (rt) =>
          clients.vpc(ref.regionId).deleteBgpPeerWithOptions(new DeleteBgpPeerRequest({ regionId: ref.regionId, bgpPeerId: ref.bgpPeerId, clientToken: o.clientToken }), rt),
      });
    },
  };
}
