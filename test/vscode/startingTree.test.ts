// The loading row that stands in for the explorer while the sandbox starts, in real VS Code: it
// tells the view of a change only when the view can see one, because VS Code holds back a tree's
// change events while more follow within 200 ms, and each needless one would delay the next rows.
// For the same reason an ask for the top rows during a start waits for it up to START_GRACE_MS.
import * as assert from 'node:assert/strict';
import type { VpcPeeringApi } from '../../src/extension';
import type { ExplorerNode } from '../../src/views/explorer/explorerNode';
import { START_GRACE_MS, StartingTree } from '../../src/views/explorer/startingTree';
import { activatedExtension } from './support/extension';

const ids = async (rows: ExplorerNode[] | Promise<ExplorerNode[]>) => (await rows).map((node) => node.id);

/** A start under way until `finish()` is called. */
function startOn(tree: StartingTree): { finish: () => void; done: Promise<void> } {
  let finish = () => {};
  const done = tree.whileStarting('Starting the sandbox…', () => new Promise<void>((resolve) => (finish = resolve)));
  return { finish: () => finish(), done };
}

describe('starting tree', () => {
  let api: VpcPeeringApi;
  let tree: StartingTree;
  let events: unknown[];
  let recording: { dispose(): void };

  beforeEach(async () => {
    api = (await activatedExtension()).exports as VpcPeeringApi;
    tree = new StartingTree(api.explorer);
    events = [];
    recording = tree.onDidChangeTreeData((node) => events.push(node));
  });

  afterEach(() => {
    recording.dispose();
    tree.dispose();
  });

  it('tells of no change before its rows were asked for, none behind the loading row, and one when it goes', async () => {
    const start = startOn(tree);
    assert.deepEqual(events, [], 'no one holds rows to refresh yet');
    const askedAt = Date.now();
    assert.deepEqual(await ids(tree.getChildren()), ['starting'], 'a start longer than the grace: the loading row');
    assert.ok(Date.now() - askedAt >= START_GRACE_MS - 5, 'the ask waited out the grace first');

    api.explorer.refreshAll();
    const nested = tree.whileStarting('Starting the sandbox…', () => Promise.resolve());
    await nested;
    assert.deepEqual(events, [], 'the explorer changed behind the loading row, and the same row stayed');

    start.finish();
    await start.done;
    assert.deepEqual(events, [undefined], 'one refresh of every row when the loading row goes');
    api.explorer.refreshAll();
    assert.deepEqual(events, [undefined, undefined], 'the explorer’s changes pass once the loading row is gone');
  });

  it('answers an ask made during a start that ends within the grace with the explorer’s rows, and tells of no change after', async () => {
    const start = startOn(tree);
    const asked = tree.getChildren();
    assert.ok(asked instanceof Promise, 'the ask waits for the start');
    setTimeout(() => start.finish(), 20);
    const rows = await asked;
    await start.done;
    assert.deepEqual(
      rows.map((node) => node.id),
      await ids(api.explorer.getChildren()),
      'the rows the explorer has, with no loading row between',
    );
    assert.deepEqual(events, [], 'the view got the rows from its ask: no refresh to wait 200 ms for');
  });

  it('marks when the view first got the explorer’s rows, not the loading row', async () => {
    let handed = false;
    void tree.firstRowsHanded.then(() => (handed = true));
    const start = startOn(tree);
    assert.deepEqual(await ids(tree.getChildren()), ['starting']);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(handed, false, 'the loading row is not the rows');
    start.finish();
    await start.done;
    await tree.getChildren();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(handed, true);
  });

  it('tells the view once a start begins after it asked, so that it shows the loading row', async () => {
    assert.deepEqual(await ids(tree.getChildren()), await ids(api.explorer.getChildren()), 'no start: the explorer’s rows at once');
    const start = startOn(tree);
    assert.deepEqual(events, [undefined], 'the rows the view holds are stale: one refresh');
    start.finish();
    await start.done;
    assert.deepEqual(events, [undefined, undefined], 'and one when the loading row goes');
  });
});
