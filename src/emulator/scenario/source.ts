// Where a scenario comes from: a built-in name, a JSON file, or a document handed over in code.
// Whatever the source, the document's shape is checked before anything else looks at it.

import { readFileSync } from 'node:fs';
import { ScenarioError } from './compilation';
import { demoScenario } from './demo';
import { DOCUMENT, type ScenarioDocument } from './document';
import { emptyScenario } from './empty';
import { shapeProblems } from './shape';

export interface ScenarioSourceOptions {
  now: number;
  acceptWindowMs: number;
}

/** The scenarios that need no file, by the name `--scenario` takes. */
const BUILT_IN_SCENARIOS: Readonly<Record<string, (options: ScenarioSourceOptions) => ScenarioDocument>> = {
  demo: (options) => demoScenario(options.now, options.acceptWindowMs),
  empty: () => emptyScenario(),
};

/** `demo, empty`: the built-in names, as usage messages list them. */
export const BUILT_IN_SCENARIO_NAMES = Object.keys(BUILT_IN_SCENARIOS).join(', ');

/** The document for `demo`, `empty`, a path to a JSON file, or a document object. */
export function resolveScenario(scenario: string | ScenarioDocument, options: ScenarioSourceOptions): { document: ScenarioDocument; source: string } {
  if (typeof scenario !== 'string') return { document: checkedDocument(scenario, 'given in code'), source: 'given in code' };
  const builtIn = Object.hasOwn(BUILT_IN_SCENARIOS, scenario) ? BUILT_IN_SCENARIOS[scenario] : undefined;
  if (builtIn) return { document: builtIn(options), source: scenario };
  return { document: readScenarioFile(scenario), source: scenario };
}

export function readScenarioFile(path: string): ScenarioDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    throw new ScenarioError(path, [`cannot read it: ${why}. Use ${BUILT_IN_SCENARIO_NAMES} or the path of a JSON scenario file.`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(path, [`not valid JSON: ${(error as Error).message}`]);
  }
  return checkedDocument(value, path);
}

export function checkedDocument(value: unknown, source: string): ScenarioDocument {
  const problems = shapeProblems(value, DOCUMENT, '');
  if (problems.length > 0) throw new ScenarioError(source, problems);
  return value as ScenarioDocument;
}
