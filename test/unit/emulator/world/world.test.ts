import assert from 'node:assert/strict';
import { ManualClock } from '../../../../src/emulator/clock';
import { FaultInjector } from '../../../../src/emulator/faults';
import { IdFactory } from '../../../../src/emulator/ids';
import { SeededRandom } from '../../../../src/emulator/random';
import { compileScenario } from '../../../../src/emulator/scenario/compile';
import { demoScenario } from '../../../../src/emulator/scenario/demo';
import { populateWorld } from '../../../../src/emulator/scenario/populate';
import { worldToDocument } from '../../../../src/emulator/scenario/save';
import { TransitionQueue } from '../../../../src/emulator/world/transitionQueue';
import { DEFAULT_QUOTAS, World } from '../../../../src/emulator/world/world';

function demoWorld(clock: ManualClock, transitionMs = 1000): World {
  const ids = new IdFactory(new SeededRandom(1));
  const world = new World(clock, ids, { transitionMs, acceptWindowMs: 7 * 86_400_000, quotas: DEFAULT_QUOTAS });
  populateWorld(world, compileScenario(demoScenario(clock.now()), { ids, now: clock.now(), acceptWindowMs: 7 * 86_400_000 }));
  return world;
}

describe('emulator unit: transitions on a clock', () => {
  it('orders pending transitions by due time, then by when they were scheduled', () => {
    const queue = new TransitionQueue();
    queue.push(30, 'peer', 'c');
    queue.push(10, 'peer', 'a');
    queue.push(10, 'routeEntry', 'b');
    queue.push(20, 'bgpPeer', 'x');
    assert.equal(queue.popDue(5), undefined);
    assert.deepEqual([queue.popDue(100)?.id, queue.popDue(100)?.id, queue.popDue(100)?.id, queue.popDue(100)?.id, queue.popDue(100)], ['a', 'b', 'x', 'c', undefined]);
  });

  it('settles the demo’s in-flight resources only when the clock passes the transition time', () => {
    const clock = new ManualClock();
    const world = demoWorld(clock);
    let changes = 0;
    world.onChange(() => changes++);
    const inFlight = () => [...world.peers.values()].filter((p) => ['Creating', 'Updating', 'Deleting'].includes(p.status)).length;
    assert.equal(inFlight(), 3);
    clock.advance(999);
    world.advance();
    assert.equal(inFlight(), 3);
    assert.equal(changes, 0);
    clock.advance(1);
    world.advance();
    assert.equal(inFlight(), 0);
    assert.equal(changes, 1, 'one change event for a batch of transitions');
    const accepting = [...world.peers.values()].filter((p) => p.status === 'Accepting');
    assert.equal(accepting.length, 3);
    clock.advance(7 * 86_400_000);
    world.advance();
    assert.ok(accepting.every((p) => p.status === 'Expired'), 'unanswered requests expire when their window closes');
  });

  it('ignores a transition that was replaced before it came due', () => {
    const clock = new ManualClock();
    const world = demoWorld(clock, 100);
    const peer = [...world.peers.values()].find((p) => p.status === 'Activated')!;
    world.beginTransition('peer', peer, 'Updating', 'Activated');
    clock.advance(50);
    world.beginTransition('peer', peer, 'Deleting', 'gone');
    clock.advance(60);
    world.advance();
    assert.equal(peer.status, 'Deleting', 'the first (replaced) transition did nothing');
    clock.advance(50);
    world.advance();
    assert.equal(world.peers.has(peer.id), false);
  });

  it('writes a world back as a document that compiles to the same records', () => {
    const clock = new ManualClock();
    const world = demoWorld(clock);
    world.settleAll();
    const doc = worldToDocument(world);
    const ids = new IdFactory(new SeededRandom(2));
    const again = compileScenario(doc, { ids, now: clock.now(), acceptWindowMs: 7 * 86_400_000 });
    const strip = <T extends { pending?: unknown }>(records: T[]) => records.map(({ pending: _p, ...rest }) => rest);
    const before = world.records();
    assert.deepEqual(strip(again.peers), strip(before.peers));
    assert.deepEqual(again.vpcs, before.vpcs);
    assert.deepEqual(strip(again.routeEntries).sort((a, b) => a.id.localeCompare(b.id)), strip(before.routeEntries).sort((a, b) => a.id.localeCompare(b.id)));
    assert.deepEqual(strip(again.routerInterfaces), strip(before.routerInterfaces));
    assert.deepEqual(again.accessKeys, before.accessKeys);
  });
});

describe('emulator unit: fault rules', () => {
  it('matches rules by action, region and account, counts them down, and keeps the seeded sequence', () => {
    const faults = new FaultInjector({ latencyMs: 0, throttleRate: 0, errorRate: 0 }, 1);
    faults.addRule({ action: 'CreateRouteEntry', regionId: 'cn-shanghai', code: 'TaskConflict', httpStatus: 400, times: 2 });
    const call = { action: 'CreateRouteEntry', regionId: 'cn-shanghai', accountUid: '1' };
    assert.equal(faults.beforeApply({ ...call, regionId: 'cn-hangzhou' }), undefined);
    assert.equal(faults.beforeApply(call)?.code, 'TaskConflict');
    assert.equal(faults.afterApply(call), undefined, 'a before-rule never fires after applying');
    assert.equal(faults.beforeApply(call)?.code, 'TaskConflict');
    assert.equal(faults.beforeApply(call), undefined);
    assert.deepEqual(faults.rules(), []);
    assert.throws(() => faults.setRates({ throttleRate: -0.1 }), RangeError);
  });
});
