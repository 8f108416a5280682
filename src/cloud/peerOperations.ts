// Peer connection writes (VpcPeer 2022-01-01): create, accept, reject, modify, delete. All are
// asynchronous in the service; they resolve once it has taken the request.

import type { CreatePeerConnectionInput, Operations, PeerConnectionChanges, WriteOptions } from './accountClient';
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

  const change = async (...args: Parameters<typeof write>): Promise<void> => {
    await write(...args);
  };

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
          ...settingsParams(input),
          ResourceGroupId: input.resourceGroupId,
          Tag: wireTags(input.tags),
        },
        { regionId: input.regionId, dryRunRequested: input.dryRun },
      );
      return createdOrDryRun(typeof result === 'symbol' ? result : result?.InstanceId, 'CreateVpcPeerConnection');
    }),

    acceptPeerConnection: (id, o, extra) =>
      change('AcceptVpcPeerConnection', o, { InstanceId: id, ResourceGroupId: extra?.resourceGroupId, Tag: wireTags(extra?.tags) }),

    rejectPeerConnection: (id, o) => change('RejectVpcPeerConnection', o, { InstanceId: id }),

    modifyPeerConnection: (id, changes, o) => change('ModifyVpcPeerConnection', o, { InstanceId: id, ...settingsParams(changes) }, { busyCodes: PEER_BUSY }),

    deletePeerConnection: (id, opts, o) =>
      change('DeleteVpcPeerConnection', o, { InstanceId: id, Force: opts.force }, { busyCodes: PEER_BUSY, deleting: true }),
  };
}

/** The settings create and modify both send, under their VpcPeer names. */
function settingsParams(settings: PeerConnectionChanges): WireParams {
  return { Name: settings.name, Description: settings.description, Bandwidth: settings.bandwidthMbps, LinkType: settings.linkType };
}
