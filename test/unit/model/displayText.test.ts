import assert from 'node:assert/strict';
import { displayText, LABEL_LINE_MAX } from '../../../src/model/displayText';

const hasBidiControls = (text: string) => /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(text);

describe('cloud text as shown', () => {
  it('shows every bidirectional control as its code point, so a name cannot read backwards', () => {
    assert.equal(displayText('invoice\u202Egnp.exe'), 'invoice[U+202E]gnp.exe');
    const controls = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of controls) {
      const shown = displayText(`a${control}b`);
      assert.ok(!hasBidiControls(shown), JSON.stringify(control));
      assert.match(shown, /^a\[U\+[0-9A-F]{4}\]b$/);
    }
    assert.equal(displayText('hub-prod 生产 مرحبا'), 'hub-prod 生产 مرحبا', 'other text is left alone');
  });

  it('cuts long values with an ellipsis only where asked, counting characters not UTF-16 units', () => {
    const name = 'n'.repeat(128);
    assert.equal(displayText(name), name);
    const cut = displayText(name, LABEL_LINE_MAX);
    assert.equal(Array.from(cut).length, LABEL_LINE_MAX);
    assert.ok(cut.endsWith('…'));
    assert.equal(displayText('🙂'.repeat(10), 5), '🙂🙂🙂🙂…');
    assert.equal(displayText('short', 5), 'short');
  });

  it('neutralises before cutting, so a cut never leaves half a control behind', () => {
    const shown = displayText(`${'x'.repeat(10)}\u202E${'y'.repeat(100)}`, 20);
    assert.ok(!hasBidiControls(shown));
    assert.equal(shown, `${'x'.repeat(10)}[U+202E]y…`);
  });
});
