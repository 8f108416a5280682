// The loading row that stands in for the explorer while the sandbox starts, in real VS Code: it
// tells the view of a change only when the view can see one, because VS Code holds back a tree's
// change events while more follow within 200 ms, and each needless one would delay the next rows.
import * as assert from 'node:assert/strict';
import type { VpcPeeringApi } from '../../src/extension';
import { StartingTree } from '../../src/views/explorer/startingTree';
import { activatedExtension } from './support/extension';

describe('starting tree', () => {
  it('tells of no change before its rows were asked for, none behind the loading row, and one when it goes', async () => {
    const api = (await activatedExtension()).exports as VpcPeeringApi;
    const tree = new StartingTree(api.explorer);
    const events: unknown[] = [];
    const recording = tree.onDidChangeTreeData((node) => events.push(node));
    try {
      let finish = () => {};
      const starting = tree.whileStarting('Starting the sandbox…', () => new Promise<void>((resolve) => (finish = resolve)));
      assert.deepEqual(events, [], 'no one holds rows to refresh yet');
      assert.deepEqual(tree.getChildren().map((node) => node.id), ['starting']);

      api.explorer.refreshAll();
      const nested = tree.whileStarting('Starting the sandbox…', () => Promise.resolve());
      await nested;
      assert.deepEqual(events, [], 'the explorer changed behind the loading row, and the same row stayed');

      finish();
      await starting;
      assert.deepEqual(events, [undefined], 'one refresh of every row when the loading row goes');
      api.explorer.refreshAll();
      assert.deepEqual(events, [undefined, undefined], 'the explorer’s changes pass once the loading row is gone');
    } finally {
      recording.dispose();
      tree.dispose();
    }
  });
});
