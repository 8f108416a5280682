import assert from 'node:assert/strict';
import {
  chargeTypeProblem,
  healthCheckIpProblem,
  healthCheckProblem,
  pricingCycleProblem,
  routerInterfaceDescriptionProblem,
  routerInterfaceNameProblem,
  routerInterfacePeriodProblem,
} from '../../../../src/model/validation/routerInterfaceConnection';
import { wholeNumberOrText } from '../../../../src/commands/shared/numberInput';

function expectProblem(problem: string | undefined, expected: RegExp | undefined): void {
  if (expected === undefined) assert.equal(problem, undefined);
  else assert.match(problem ?? '(no problem)', expected);
}

describe('validation: router interface connections', () => {
  it('names: 2–128 characters, a letter or Chinese character first, then letters, digits, _ and -', () => {
    expectProblem(routerInterfaceNameProblem('hz-to-sh_2'), undefined);
    expectProblem(routerInterfaceNameProblem('专线-1'), undefined);
    expectProblem(routerInterfaceNameProblem('a'), /2–128 characters long; it has 1/);
    expectProblem(routerInterfaceNameProblem('a'.repeat(129)), /it has 129/);
    expectProblem(routerInterfaceNameProblem('2nd-link'), /must start with a letter or a Chinese character/);
    expectProblem(routerInterfaceNameProblem('link.one'), /may contain only letters.*"\."/);
  });

  it('descriptions: 2–256 characters, a letter first, not a URL', () => {
    expectProblem(routerInterfaceDescriptionProblem('Link to the Beijing hub'), undefined);
    expectProblem(routerInterfaceDescriptionProblem('x'), /2–256 characters long/);
    expectProblem(routerInterfaceDescriptionProblem('-dash'), /must start with a letter/);
    expectProblem(routerInterfaceDescriptionProblem('https://wiki/link'), /must not start with http:\/\/ or https:\/\//);
  });

  it('billing: PostPaid or PrePaid; a subscription of 1–9 months or 1–3 years', () => {
    expectProblem(chargeTypeProblem('PostPaid'), undefined);
    expectProblem(chargeTypeProblem('PrePaid'), undefined);
    expectProblem(chargeTypeProblem('AfterPay'), /PostPaid \(pay-as-you-go\) or PrePaid \(subscription\); got "AfterPay"/);
    expectProblem(pricingCycleProblem('Week'), /Month or Year; got "Week"/);
    for (const months of [1, 9]) expectProblem(routerInterfacePeriodProblem(months, 'Month'), undefined);
    for (const months of [0, 10, 1.5, '3']) expectProblem(routerInterfacePeriodProblem(months, 'Month'), /months from 1 to 9/);
    expectProblem(routerInterfacePeriodProblem(3, 'Year'), undefined);
    expectProblem(routerInterfacePeriodProblem(4, 'Year'), /years from 1 to 3; got 4/);
  });

  it('health check: both addresses or neither, single IPv4 addresses, only with a VBR', () => {
    expectProblem(healthCheckProblem(undefined, undefined, false), undefined);
    expectProblem(healthCheckProblem('10.0.0.9', '192.168.1.1', true), undefined);
    expectProblem(healthCheckProblem('10.0.0.9', '192.168.1.1', false), /only to a link with a virtual border router/);
    expectProblem(healthCheckProblem('10.0.0.9', undefined, true), /target IP is required/);
    expectProblem(healthCheckProblem(undefined, '192.168.1.1', true), /source IP is required/);
    expectProblem(healthCheckProblem('10.0.0.0/24', '192.168.1.1', true), /source IP must be a single IPv4 address/);
    expectProblem(healthCheckIpProblem('target', '2001:db8::1'), /target IP must be a single IPv4 address/);
  });

  it('typed numbers: whole numbers become numbers, anything else stays text for the message', () => {
    assert.equal(wholeNumberOrText(' 65025 '), 65025);
    assert.equal(wholeNumberOrText('4294967295'), 4294967295);
    assert.equal(wholeNumberOrText('AS65000'), 'AS65000');
    assert.equal(wholeNumberOrText('1.5'), '1.5');
    assert.equal(wholeNumberOrText('-3'), '-3');
  });
});
