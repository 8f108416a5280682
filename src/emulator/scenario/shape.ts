// The shape of a scenario document's objects: which fields each has, their JSON types, which are
// required. One table per object (in scenario/document.ts) gives both the TypeScript types of a
// document and the check of a file's JSON; unknown fields are reported too, since in a
// hand-written file they are usually typos.

type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'string[]' | { object: Shape } | { array: Shape };

interface Field {
  type: FieldType;
  required?: boolean;
}

export type Shape = Readonly<Record<string, Field>>;

export const req = <const T extends FieldType>(type: T): { type: T; required: true } => ({ type, required: true });
export const opt = <const T extends FieldType>(type: T): { type: T } => ({ type });

/** The TypeScript type of each scalar field type. */
interface Scalars {
  string: string;
  number: number;
  integer: number;
  boolean: boolean;
  'string[]': string[];
}

type ValueOf<T> = T extends keyof Scalars ? Scalars[T] : T extends { object: infer S } ? DocumentOf<S> : T extends { array: infer S } ? Array<DocumentOf<S>> : never;

/** The TypeScript type of an object of shape `S`: its required fields, then its optional ones. */
export type DocumentOf<S> = {
  [K in keyof S as S[K] extends { required: true } ? K : never]: S[K] extends { type: infer T } ? ValueOf<T> : never;
} & {
  [K in keyof S as S[K] extends { required: true } ? never : K]?: S[K] extends { type: infer T } ? ValueOf<T> : never;
};

/** Problems with the JSON shape of `value` against `shape`, each prefixed by its path. */
export function shapeProblems(value: unknown, shape: Shape, path: string): string[] {
  if (!isObject(value)) return [`${path || 'the document'}: expected an object, found ${describe(value)}.`];
  const problems: string[] = [];
  for (const [name, field] of Object.entries(shape)) {
    const fieldPath = path ? `${path}.${name}` : name;
    const fieldValue = value[name];
    if (fieldValue === undefined || fieldValue === null) {
      if (field.required) problems.push(`${fieldPath}: required but missing.`);
      continue;
    }
    problems.push(...typeProblems(fieldValue, field.type, fieldPath));
  }
  for (const name of Object.keys(value)) {
    if (!(name in shape)) problems.push(`${path ? `${path}.` : ''}${name}: unknown field (known: ${Object.keys(shape).join(', ')}).`);
  }
  return problems;
}

function typeProblems(value: unknown, type: FieldType, path: string): string[] {
  if (type === 'string') return typeof value === 'string' ? [] : [`${path}: expected a string, found ${describe(value)}.`];
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value) ? [] : [`${path}: expected a number, found ${describe(value)}.`];
  if (type === 'integer') return Number.isSafeInteger(value) ? [] : [`${path}: expected a whole number, found ${describe(value)}.`];
  if (type === 'boolean') return typeof value === 'boolean' ? [] : [`${path}: expected true or false, found ${describe(value)}.`];
  if (type === 'string[]') {
    if (!Array.isArray(value)) return [`${path}: expected a list of strings, found ${describe(value)}.`];
    return value.flatMap((item, i) => (typeof item === 'string' ? [] : [`${path}[${i}]: expected a string, found ${describe(item)}.`]));
  }
  if ('object' in type) return shapeProblems(value, type.object, path);
  if (!Array.isArray(value)) return [`${path}: expected a list, found ${describe(value)}.`];
  return value.flatMap((item, i) => shapeProblems(item, type.array, `${path}[${i}]`));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
