import assert from 'node:assert/strict';
import { OperationCancelled, type OperationControl } from '../../../../src/commands/operation/operationControl';
import { WizardCancelled } from '../../../../src/commands/wizard/prompter';
import { ScriptedPrompter, type ScriptedAnswer } from '../../../../src/commands/wizard/scriptedPrompter';
import { inputStep, pickManyStep, pickStep } from '../../../../src/commands/wizard/steps';
import { runWizard, type ExecuteStep, type Wizard, type WizardServices } from '../../../../src/commands/wizard/wizard';

interface Order {
  given: { size?: string };
  size?: string;
  name?: string;
  extras?: string[];
  review?: 'send';
  sentWith: string[];
}

/** A refusal the person can fix: what the review shows. */
class Refusal extends Error {}

const sizeStep = pickStep<Order, string>({
  when: (s) => s.given.size === undefined,
  title: 'Order',
  placeholder: 'Size',
  items: () => ['small', 'large'].map((size) => ({ label: size, value: size })),
  get: (s) => s.size,
  set: (s, size) => {
    s.size = size;
  },
});

const nameStep = inputStep<Order>({
  title: 'Order',
  prompt: (s) => `Name of the ${s.size} order`,
  get: (s) => s.name ?? `${s.size}-order`,
  validate: (text) => (/^[a-z][a-z-]*$/.test(text) ? undefined : 'Letters and - only, starting with a letter'),
  set: (s, text) => {
    s.name = text;
  },
});

const extrasStep = pickManyStep<Order, string>({
  title: 'Order',
  placeholder: 'Extras',
  items: () => ['fast', 'gift'].map((extra) => ({ label: extra, value: extra, picked: extra === 'fast' })),
  get: (s) => s.extras,
  set: (s, extras) => {
    s.extras = extras;
  },
});

const reviewStep = pickStep<Order, 'send' | 'info'>({
  review: true,
  title: 'Order',
  placeholder: 'Review',
  items: (s) => [
    { label: 'Send', value: 'send' },
    { label: `Name: ${s.name}`, value: 'info' },
  ],
  asksAgain: (value) => value === 'info',
  set: (s, value) => {
    s.review = value as 'send';
  },
});

/** An execute step that records what it sent, refusing names in `refuse` before sending. */
function sendStep(refuse: string[] = []): ExecuteStep<Order> {
  return {
    progress: (s) => `Sending ${s.name}`,
    async execute(s, control) {
      if (refuse.includes(s.name!)) throw new Refusal(`The name ${s.name} is taken. Choose another name.`);
      control.markSent();
      s.sentWith.push(`${s.name}:${control.clientToken}`);
    },
  };
}

function services(prompter: ScriptedPrompter, reports: string[] = []): WizardServices {
  let operations = 0;
  return {
    prompter,
    runOperation: async <T>(title: string, work: (control: OperationControl) => Promise<T>) => {
      operations++;
      reports.push(`[${title}]`);
      const control: OperationControl = {
        signal: new AbortController().signal,
        clientToken: `token-${operations}`,
        report: (message) => reports.push(message),
        markSent: () => undefined,
      };
      return work(control);
    },
    revisable: (error) => (error instanceof Refusal ? error.message : undefined),
    offerContinue: async (p) => (await p.pick([{ label: 'Continue where you left off', value: true }, { label: 'Start over', value: false }], { title: 'Order', canGoBack: false })) === true,
  };
}

function order(given: Order['given'] = {}): Order {
  return { given, size: given.size, sentWith: [] };
}

function wizard(refuse: string[] = [], unfinishedKey?: string): Wizard<Order> {
  return { promptSteps: [sizeStep, nameStep, extrasStep, reviewStep], executeSteps: [sendStep(refuse)], operationTitle: () => 'Placing the order', unfinishedKey };
}

describe('commands/wizard: runWizard with step helpers', () => {
  it('asks every step in order, counting steps, then runs the execute steps under one operation', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'large' }, { input: 'big-one' }, { pickMany: ['fast', 'gift'] }, { pick: 'Send' }]);
    const reports: string[] = [];
    const done = await runWizard(wizard(), order(), services(prompter, reports));
    assert.deepEqual([done.size, done.name, done.extras], ['large', 'big-one', ['fast', 'gift']]);
    assert.deepEqual(done.sentWith, ['big-one:token-1']);
    assert.deepEqual(reports, ['[Placing the order]', 'Sending big-one']);
    assert.equal(prompter.asked.length, 4);
    assert.equal(prompter.remaining, 0);
  });

  it('skips a step whose value was given, and the step count leaves it out', async () => {
    const prompter = new ScriptedPrompter([{ input: 'small-order' }, { pickMany: ['fast'] }, { pick: 'Send' }]);
    const counts: string[] = [];
    const original = prompter.input.bind(prompter);
    prompter.input = async (options) => {
      counts.push(`${options.step}/${options.totalSteps}`);
      return original(options);
    };
    const done = await runWizard(wizard(), order({ size: 'small' }), services(prompter));
    assert.equal(done.size, 'small');
    assert.deepEqual(
      prompter.asked.map((a) => a.kind),
      ['input', 'pickMany', 'pick'],
    );
    assert.deepEqual(counts, ['1/3']);
  });

  it('goes Back to the previous question with the earlier answer filled in, highlighted or selected', async () => {
    const prompter = new ScriptedPrompter([
      { pick: 'large' },
      { input: 'first-name' },
      { pickMany: ['gift'] },
      { back: true }, // on the review: back to the extras
      { back: true }, // back to the name
      { back: true }, // back to the size
      { pick: 'small' },
      { input: 'second-name' },
      { pickMany: ['gift'] },
      { pick: 'Send' },
    ]);
    const done = await runWizard(wizard(), order(), services(prompter));
    assert.deepEqual(
      prompter.asked.map((a) => a.kind),
      ['pick', 'input', 'pickMany', 'pick', 'pickMany', 'input', 'pick', 'input', 'pickMany', 'pick'],
    );
    // Coming back: the extras chosen before, the name typed before, the size picked before.
    assert.deepEqual(prompter.asked[4].preselected, ['gift']);
    assert.equal(prompter.asked[5].value, 'first-name');
    assert.deepEqual(prompter.asked[6].preselected, ['large']);
    // The first time: the items' own defaults and the suggested name.
    assert.deepEqual(prompter.asked[2].preselected, ['fast']);
    assert.equal(prompter.asked[1].value, 'large-order');
    assert.deepEqual([done.size, done.name], ['small', 'second-name']);
  });

  it('Back on the first question stays on it', async () => {
    const prompter = new ScriptedPrompter([{ back: true }, { pick: 'small' }, { input: 'x' }, { pickMany: ['fast'] }, { pick: 'Send' }]);
    const done = await runWizard(wizard(), order(), services(prompter));
    assert.equal(done.size, 'small');
    assert.equal(prompter.asked[0].title, 'Order');
    assert.equal(prompter.asked.length, 5);
  });

  it('refuses a typed value that fails validation, naming the limit', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'small' }, { input: '1st' }]);
    await assert.rejects(runWizard(wizard(), order(), services(prompter)), /Letters and - only/);
    assert.match(prompter.asked[1].refused ?? '', /starting with a letter/);
  });

  it('asks again when an informational line of the review is chosen', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'small' }, { input: 'abc' }, { pickMany: ['fast'] }, { pick: 'Name: abc' }, { pick: 'Send' }]);
    const done = await runWizard(wizard(), order(), services(prompter));
    assert.equal(done.review, 'send');
    assert.equal(prompter.asked.filter((a) => a.kind === 'pick').length, 3);
  });

  it('returns to the review with the refusal shown and every answer kept; fixing one value sends again with a new token', async () => {
    const prompter = new ScriptedPrompter([
      { pick: 'large' },
      { input: 'taken' },
      { pickMany: ['gift'] },
      { pick: 'Send' }, // refused: the name is taken
      { back: true }, // from the review, back to the extras (kept) …
      { back: true }, // … and to the name
      { input: 'free' },
      { pickMany: ['gift'] },
      { pick: 'Send' },
    ]);
    const done = await runWizard(wizard(['taken']), order(), services(prompter));
    const review = prompter.asked[4];
    assert.equal(review.kind, 'pick');
    assert.equal(review.problem, 'The name taken is taken. Choose another name.');
    assert.deepEqual(prompter.asked[5].preselected, ['gift']);
    assert.equal(prompter.asked[6].value, 'taken');
    assert.equal(prompter.asked[6].problem, undefined);
    assert.deepEqual(done.sentWith, ['free:token-2']);
    assert.deepEqual([done.size, done.extras], ['large', ['gift']]);
  });

  it('ends with the error when nothing was asked (an arguments object answered everything)', async () => {
    const quiet: Wizard<Order> = { promptSteps: [sizeStep], executeSteps: [sendStep(['given'])] };
    const prompter = new ScriptedPrompter([]);
    await assert.rejects(runWizard(quiet, { ...order({ size: 'small' }), name: 'given' }, services(prompter)), Refusal);
    assert.equal(prompter.asked.length, 0);
  });

  it('ends with the error when the request reached the cloud before failing', async () => {
    const failsAfterSending: ExecuteStep<Order> = {
      async execute(_s, control) {
        control.markSent();
        throw new Refusal('stopped halfway');
      },
    };
    const prompter = new ScriptedPrompter([{ pick: 'small' }, { input: 'abc' }, { pickMany: ['fast'] }, { pick: 'Send' }]);
    const sent: Wizard<Order> = { ...wizard([], 'order'), executeSteps: [failsAfterSending] };
    await assert.rejects(runWizard(sent, order(), services(prompter)), /stopped halfway/);
    assert.equal(prompter.unfinished.get('order'), undefined, 'answers already sent are not offered again');
  });

  it('an error the review cannot fix ends the wizard with it', async () => {
    const broken: ExecuteStep<Order> = {
      async execute() {
        throw new TypeError('a bug');
      },
    };
    const prompter = new ScriptedPrompter([{ pick: 'small' }, { input: 'abc' }, { pickMany: ['fast'] }, { pick: 'Send' }]);
    await assert.rejects(runWizard({ ...wizard(), executeSteps: [broken] }, order(), services(prompter)), TypeError);
  });

  it('after Escape, running again offers to continue where the person left off, with the answers kept', async () => {
    const answers: ScriptedAnswer[] = [
      { pick: 'large' },
      { input: 'kept-name' },
      { escape: true }, // closed on the extras
      { pick: 'Continue where you left off' },
      { pickMany: ['fast'] }, // the extras again, then the review
      { pick: 'Send' },
    ];
    const prompter = new ScriptedPrompter(answers);
    await assert.rejects(runWizard(wizard([], 'order'), order(), services(prompter)), WizardCancelled);
    const done = await runWizard(wizard([], 'order'), order(), services(prompter));
    assert.deepEqual([done.size, done.name, done.extras], ['large', 'kept-name', ['fast']]);
    assert.deepEqual(done.sentWith, ['kept-name:token-1']);
    assert.equal(prompter.remaining, 0);
    assert.equal(prompter.unfinished.get('order'), undefined, 'a finished wizard is forgotten');
  });

  it('continuing keeps Back working through the earlier answers', async () => {
    const prompter = new ScriptedPrompter([
      { pick: 'small' },
      { escape: true },
      { pick: 'Continue where you left off' },
      { back: true }, // from the name, back to the size picked before
      { pick: 'large' },
      { input: 'after-back' },
      { pickMany: ['fast'] },
      { pick: 'Send' },
    ]);
    await assert.rejects(runWizard(wizard([], 'order'), order(), services(prompter)), WizardCancelled);
    const done = await runWizard(wizard([], 'order'), order(), services(prompter));
    assert.equal(prompter.asked[3].title, 'Order');
    assert.equal(prompter.asked[3].kind, 'input', 'it continues at the question that was closed');
    assert.deepEqual(prompter.asked[4].preselected, ['small']);
    assert.deepEqual([done.size, done.name], ['large', 'after-back']);
  });

  it('after a cancelled send, running again can start over with nothing filled in', async () => {
    const cancelled: ExecuteStep<Order> = {
      async execute() {
        throw new OperationCancelled(false);
      },
    };
    const prompter = new ScriptedPrompter([
      { pick: 'small' },
      { input: 'first' },
      { pickMany: ['fast'] },
      { pick: 'Send' },
      { pick: 'Start over' },
      { pick: 'large' },
      { input: 'second' },
      { pickMany: ['gift'] },
      { pick: 'Send' },
    ]);
    await assert.rejects(runWizard({ ...wizard([], 'order'), executeSteps: [cancelled] }, order(), services(prompter)), OperationCancelled);
    assert.ok(prompter.unfinished.get('order'), 'the answers are kept');
    const done = await runWizard(wizard([], 'order'), order(), services(prompter));
    assert.equal(prompter.asked[5].preselected, undefined, 'the size is not pre-selected after Start over');
    assert.equal(prompter.asked[6].value, 'large-order');
    assert.deepEqual(done.sentWith, ['second:token-1']);
  });

  it('does not offer to continue a wizard that was never interrupted, nor one under another key', async () => {
    const prompter = new ScriptedPrompter([{ pick: 'small' }, { escape: true }, { pick: 'large' }, { input: 'n' }, { pickMany: ['fast'] }, { pick: 'Send' }]);
    await assert.rejects(runWizard(wizard([], 'order A'), order(), services(prompter)), WizardCancelled);
    const done = await runWizard(wizard([], 'order B'), order(), services(prompter));
    assert.equal(done.size, 'large');
    assert.ok(prompter.unfinished.get('order A'));
  });
});
