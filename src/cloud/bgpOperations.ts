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
import { GONE_IS_DONE, vpcChange, vpcCreate } from './writeRequest';

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
            regionId: input.regionId,
            routerId: input.vbrId,
            peerAsn: input.peerAsn,
            localAsn: input.localAsn,
            authKey: input.authKey,
            name: input.name,
            description: input.description,
            ipVersion: input.ipVersion,
            isFakeAsn: input.isFakeAsn,
            routeQuota: input.routeQuota,
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
            regionId: input.regionId,
            bgpGroupId: input.bgpGroupId,
            name: input.name,
            description: input.description,
            peerAsn: input.peerAsn,
            localAsn: input.localAsn,
            authKey: input.authKey,
            clearAuthKey: input.clearAuthKey,
            isFakeAsn: input.isFakeAsn,
            routeQuota: input.routeQuota,
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
          const request = new CreateBgpPeerRequest({
            regionId: input.regionId,
            bgpGroupId: input.bgpGroupId,
            peerIpAddress: input.peerIpAddress,
            enableBfd: input.enableBfd,
            bfdMultiHop: input.bfdMultiHop,
            ipVersion: input.ipVersion,
            clientToken: o.clientToken,
          });
          return (await clients.vpc(input.regionId).createBgpPeerWithOptions(request, rt)).body?.bgpPeerId;
        },
      });
    },

    async modifyBgpPeer(input: ModifyBgpPeerInput, o: WriteOptions): Promise<void> {
      await vpcChange(runner, 'ModifyBgpPeerAttribute', input.regionId, o, {
        send: (rt) => {
          const request = new ModifyBgpPeerAttributeRequest({
            regionId: input.regionId,
            bgpPeerId: input.bgpPeerId,
            bgpGroupId: input.bgpGroupId,
            peerIpAddress: input.peerIpAddress,
            enableBfd: input.enableBfd,
            bfdMultiHop: input.bfdMultiHop,
            clientToken: o.clientToken,
          });
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
