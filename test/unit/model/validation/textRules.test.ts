import assert from 'node:assert/strict';
import { checkText } from '../../../../src/emulator/api/validation';
import { peerConnectionNameProblem } from '../../../../src/model/validation';
import { TEXT_RULES, textRuleProblem } from '../../../../src/model/validation/textRules';

describe('text rules: one table for the extension and the emulator', () => {
  it('refuses a period in a new peer connection name, as VpcPeer documents (letters, digits, _ and -)', () => {
    assert.match(peerConnectionNameProblem('hub.peer') ?? '', /may contain only letters, Chinese characters, digits, underscores \(_\) and hyphens \(-\); it contains "\."/);
    assert.equal(peerConnectionNameProblem('中文-peer_1_2'), undefined);
    assert.equal(peerConnectionNameProblem('hub.peer', 'modify'), undefined, 'Modify documents only the length');
  });

  const samples = ['', 'a', 'ab', 'hub.peer', 'has space', '9lives', '中文名', 'https://x', 'Https-Host', 'n'.repeat(128), 'n'.repeat(129), 'd'.repeat(257)];
  for (const [field, rule] of Object.entries(TEXT_RULES)) {
    it(`${field}: the emulator refuses exactly what the extension's validation refuses`, () => {
      for (const value of samples) {
        const problem = textRuleProblem(field, value, rule);
        let refused: Error | undefined;
        try {
          checkText(field, value, rule);
        } catch (error) {
          refused = error as Error;
        }
        assert.equal(refused !== undefined, problem !== undefined, `${JSON.stringify(value)}: ${problem ?? 'accepted'} vs ${refused?.message ?? 'accepted'}`);
        if (problem) assert.ok(refused?.message.includes(problem), refused?.message);
      }
    });
  }
});
