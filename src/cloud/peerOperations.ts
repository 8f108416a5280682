// Peer connection writes (VpcPeer 2022-01-01): create, accept, reject, modify, delete. All are
// asynchronous in the service; they resolve once it has taken the request.

import type {
  AcceptPeerConnectionExtra,
  CreatePeerConnectionInput,
  Operations,
  PeerConnectionChanges,
  WriteOptions,
} from './accountClient';
import type { ClientFactory, WireParams } from './clientFactory';
import type { RequestRunner } from './requestRunner';
import { createdOrDryRun, dryRunnable, runWrite, wireTags } from './writeRequest';

/** The connection is mid-transition; Terraform waits this out for modify and delete. */
const PEER_BUSY: readonly string[] = ['IncorrectStatus.VpcPeer'];

type PeerOperations = Pick<
  Operations,
  'createPeerConnection' | 'acceptPeerConnection' | 'rejectPeerConnection' | 'modifyPeerConnection' | 'deletePeerConnection'
>;

export function peerOperations(runner: RequestRunner, clients: ClientFactory): PeerOperations {
  /** One VpcPeer write; `params` excludes ClientToken and DryRun, which are added here. */
  const write = <T>(
    action: string,
    o: WriteOptions,
    params: WireParams,
    extra: { regionId?: string; dryRunRequested?: boolean; busyCodes?: readonly string[]; deleting?: boolean } = {},
  ) =>
    runWrite<T>(runner, {
      product: 'vpcpeer',
      action,
      regionId: extra.regionId,
      options: o,
      dryRunSupported: true,
      dryRunRequested: extra.dryRunRequested,
      busyCodes: extra.busyCodes,
      alreadyDone: extra.deleting ? { codes: (c) => c === 'ResourceNotFound.InstanceId', when: 'anyRepeat' } : undefined,
      send: (rt, dryRun) =>
        clients.callRpc<T>('vpcpeer', action, rt, { ...params, ClientToken: o.clientToken, DryRun: dryRun ? true : undefined }),
    });

  return {
    createPeerConnection: dryRunnable(async (input: CreatePeerConnectionInput, o: WriteOptions) => {
      const result = await write<{ InstanceId?: string }>(
        'CreateVpcPeerConnection',
        o,
        {
          RegionId: input.regionId,
          VpcId: input.vpcId,
          AcceptingAliUid: input.acceptingAccountUid,
          AcceptingRegionId: input.acceptingRegionId,
          AcceptingVpcId: input.acceptingVpcId,
          Name: input.name,
          Description: input.description,
          Bandwidth: input.bandwidthMbps,
          LinkType: input.linkType,
          ResourceGroupId: input.resourceGroupId,
          Tag: wireTags(input.tags),
        },
        { regionId: input.regionId, dryRunRequested: input.dryRun },
      );
      return createdOrDryRun(typeof result === 'symbol' ? result : result?.InstanceId, 'CreateVpcPeerConnection');
    }),

    async acceptPeerConnection(id: string, o: WriteOptions, extra?: AcceptPeerConnectionExtra): Promise<void> {
      await write('AcceptVpcPeerConnection', o, {
        InstanceId: id,
        ResourceGroupId: extra?.resourceGroupId,
        Tag: wireTags(extra?.tags),
      });
    },

    async rejectPeerConnection(id: string, o: WriteOptions): Promise<void> {
      await write('RejectVpcPeerConnection', o, { InstanceId: id });
    },

    async modifyPeerConnection(id: string, changes: PeerConnectionChanges, o: WriteOptions): Promise<void> {
      await write(
        'ModifyVpcPeerConnection',
        o,
        {
          InstanceId: id,
          Name: changes.name,
          Description: changes.description,
          Bandwidth: changes.bandwidthMbps,
          LinkType: changes.linkType,
        },
        { busyCodes: PEER_BUSY },
      );
    },

    async deletePeerConnection(id: string, opts: { force: boolean }, o: WriteOptions): Promise<void> {
      await write('DeleteVpcPeerConnection', o, { InstanceId: id, Force: opts.force }, { busyCodes: PEER_BUSY, deleting: true });
    },
  };
}
