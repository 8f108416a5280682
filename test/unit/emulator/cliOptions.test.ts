import assert from 'node:assert/strict';
import { CliUsageError, parseCliArgs } from '../../../src/emulator/cliOptions';

describe('emulator unit: command line options', () => {
  it('reads every option, with a space or an equals sign', () => {
    const command = parseCliArgs([
      '--port', '0', '--scenario=demo', '--transition-ms', '50', '--latency-ms=5', '--throttle-rate', '0.1', '--error-rate', '0', '--seed', '9', '--state', '/tmp/s.json', '--accept-window-ms', '60000', '--verbose',
    ]);
    assert.deepEqual(command.options, {
      port: 0,
      scenario: 'demo',
      transitionMs: 50,
      latencyMs: 5,
      throttleRate: 0.1,
      errorRate: 0,
      seed: 9,
      stateFile: '/tmp/s.json',
      acceptWindowMs: 60000,
    });
    assert.equal(command.verbose, true);
    assert.equal(command.help, false);
    assert.deepEqual(parseCliArgs(['--generate', 'regions=20,vpcs=2000,peers=5000']).options.generate, { regions: 20, vpcs: 2000, peers: 5000, accounts: undefined });
    assert.deepEqual(parseCliArgs(['--generate=regions=2,vpcs=3,peers=1,accounts=4']).options.generate, { regions: 2, vpcs: 3, peers: 1, accounts: 4 });
    assert.deepEqual(parseCliArgs(['--generate', 'regions=2,vpcs=3,peers=1,huaweiTenants=3,huaweiVpcs=20,huaweiPeerings=0']).options.generate, {
      regions: 2,
      vpcs: 3,
      peers: 1,
      accounts: undefined,
      huaweiTenants: 3,
      huaweiVpcs: 20,
      huaweiPeerings: 0,
    });
    assert.equal(parseCliArgs(['--help']).help, true);
  });

  it('refuses what it cannot use', () => {
    for (const args of [['--port', '-1'], ['--port', '1.5'], ['--error-rate', 'x'], ['--latency-ms', ''], ['--unknown'], ['stray'], ['--generate', 'regions=0,vpcs=1,peers=1'], ['--generate', 'size=3'], ['--generate', 'regions=1,vpcs=1,peers=0,huaweiVpcs=-1'], ['--state', '']]) {
      assert.throws(() => parseCliArgs(args), CliUsageError, args.join(' '));
    }
  });
});
