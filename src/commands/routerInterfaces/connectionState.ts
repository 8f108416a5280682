// What "Create Router Interface Connection" works with: the two ends, the spec, billing, names
// and health check, read from an arguments object (checked against the documented limits before
// anything is sent) or asked by the wizard.
//
// Arguments object:
//   { initiator: { profileId, regionId, routerType?: 'VRouter' | 'VBR', routerId? | vpcId? },
//     acceptor:  { profileId, regionId, routerType?: 'VRouter', routerId? | vpcId? },
//     spec: 'Mini.2' … 'Xlarge.1', chargeType?: 'PostPaid' | 'PrePaid', pricingCycle?: 'Month' | 'Year',
//     period?: number, autoPay?: boolean, name?, acceptorName?, description?,
//     oppositeInterfaceOwnerId?, healthCheckSourceIp?, healthCheckTargetIp?, cleanupOnFailure?: boolean }
// With an arguments object only missing required values (ends, spec) are asked; optional ones
// not given are left out.

import * as vscode from 'vscode';
import { accountUidProblem, routerInterfaceRoleProblem, routerInterfaceSpecProblem } from '../../model/validation';
import {
  chargeTypeProblem,
  healthCheckProblem,
  pricingCycleProblem,
  routerInterfaceDescriptionProblem,
  routerInterfaceNameProblem,
  routerInterfacePeriodProblem,
  type RouterInterfaceChargeType,
  type RouterInterfacePricingCycle,
} from '../../model/validation/routerInterfaceConnection';
import type { TopologyStore } from '../../inventory/store';
import { ArgumentError, optionalBoolean, optionalNumber, optionalString } from '../shared/arguments';
import { endFromArguments, type RouterEnd } from './routerEnds';

export interface ConnectionValues {
  initiator?: RouterEnd;
  acceptor?: RouterEnd;
  spec?: string;
  chargeType?: RouterInterfaceChargeType;
  pricingCycle?: RouterInterfacePricingCycle;
  period?: number;
  name?: string;
  acceptorName?: string;
  description?: string;
  healthCheckSourceIp?: string;
  healthCheckTargetIp?: string;
}

export interface ConnectionState extends ConnectionValues {
  /** Run with an arguments object: optional questions are not asked. */
  programmatic: boolean;
  /** What was given (arguments object, or the tree node it was run from); those steps are skipped. */
  given: ConnectionValues;
}

export interface ConnectionOptions {
  autoPay: boolean;
  oppositeInterfaceOwnerId?: string;
  /** Undefined: ask what to do with a half-built connection. */
  cleanupOnFailure?: boolean;
}

function check(problem: string | undefined): void {
  if (problem) throw new ArgumentError(problem);
}

export function connectionFromArguments(store: TopologyStore, args: Record<string, unknown>): { given: ConnectionValues; options: ConnectionOptions } {
  const given: ConnectionValues = {};
  if (args.initiator !== undefined) given.initiator = endFromArguments(store, args.initiator, 'initiator');
  if (args.acceptor !== undefined) {
    given.acceptor = endFromArguments(store, args.acceptor, 'acceptor');
    check(routerInterfaceRoleProblem('AcceptingSide', given.acceptor.routerType));
  }
  given.spec = optionalString(args, 'spec');
  if (given.spec !== undefined) check(routerInterfaceSpecProblem(given.spec, 'InitiatingSide'));
  const chargeType = args.chargeType;
  if (chargeType !== undefined) {
    check(chargeTypeProblem(chargeType));
    given.chargeType = chargeType as RouterInterfaceChargeType;
  }
  const pricingCycle = args.pricingCycle;
  if (pricingCycle !== undefined) {
    check(pricingCycleProblem(pricingCycle));
    given.pricingCycle = pricingCycle as RouterInterfacePricingCycle;
  }
  given.period = optionalNumber(args, 'period');
  if (given.chargeType === 'PrePaid') {
    given.pricingCycle ??= 'Month';
    if (given.period !== undefined) check(routerInterfacePeriodProblem(given.period, given.pricingCycle));
  } else if (given.period !== undefined || given.pricingCycle !== undefined) {
    throw new ArgumentError(vscode.l10n.t('"period" and "pricingCycle" apply only with "chargeType": "PrePaid" (subscription).'));
  }
  given.name = optionalString(args, 'name');
  if (given.name !== undefined) check(routerInterfaceNameProblem(given.name));
  given.acceptorName = optionalString(args, 'acceptorName');
  if (given.acceptorName !== undefined) check(routerInterfaceNameProblem(given.acceptorName));
  given.description = optionalString(args, 'description');
  if (given.description !== undefined) check(routerInterfaceDescriptionProblem(given.description));
  given.healthCheckSourceIp = optionalString(args, 'healthCheckSourceIp');
  given.healthCheckTargetIp = optionalString(args, 'healthCheckTargetIp');
  if (given.healthCheckSourceIp !== undefined || given.healthCheckTargetIp !== undefined) {
    const withVbr = given.initiator ? given.initiator.routerType === 'VBR' : true;
    check(healthCheckProblem(given.healthCheckSourceIp, given.healthCheckTargetIp, withVbr));
  }
  const oppositeInterfaceOwnerId = optionalString(args, 'oppositeInterfaceOwnerId');
  if (oppositeInterfaceOwnerId !== undefined) check(accountUidProblem(oppositeInterfaceOwnerId, 'The opposite interface owner ID'));
  const options: ConnectionOptions = {
    autoPay: optionalBoolean(args, 'autoPay') ?? true,
    oppositeInterfaceOwnerId,
    cleanupOnFailure: optionalBoolean(args, 'cleanupOnFailure'),
  };
  return { given, options };
}
