// The official Huawei Cloud SDKs are how src/cloud/huawei calls VPC and IAM, but each client is one
// class with every API of the service (VPC v2 125 methods, VPC v3 91, IAM v3 152), each with its
// request builder in `ParamCreater` and a `require` of its request model, and each package's
// public-api.js requires every model file (VPC ~2,700, IAM ~2,200): bundled whole they are 840 KB
// minified, of which src/cloud/huawei calls a dozen methods. This esbuild plugin loads the SDKs'
// own client files with only the methods src/cloud/huawei calls, and their public-api.js with the
// client and only the models src/ imports by name; everything kept is the SDK's code, unchanged.
// (Responses are plain objects; a request model is only the class its builder tests with
// `instanceof`, kept with its method.) Like scripts/vpcClientPruning.mjs for Alibaba's VPC SDK.
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** The client files pruned, under node_modules/@huaweicloud. */
export const HUAWEI_CLIENTS = [
  { pkg: 'huaweicloud-sdk-vpc', dir: 'v2', file: 'VpcClient.js' },
  { pkg: 'huaweicloud-sdk-vpc', dir: 'v3', file: 'VpcClient.js' },
  { pkg: 'huaweicloud-sdk-iam', dir: 'v3', file: 'IamClient.js' },
];

const CLASS_START = /^class \w+ \{$/;
const CLASS_END = /^\}$/;
/** An API method of the client class: `    listVpcs(listVpcsRequest) {` … `    }`. */
const CLASS_METHOD = /^ {4}(\w+)\(\w*\) \{$/;
const CLASS_METHOD_END = /^ {4}\}$/;
const BUILDERS_START = /^const ParamCreater = function \(\) \{$/;
const BUILDERS_END = /^\};$/;
/** Its request builder: `        listVpcs(listVpcsRequest) {` … `        },`. */
const BUILDER = /^ {8}(\w+)\(\w*\) \{$/;
const BUILDER_END = /^ {8}\},$/;
/** `const ListVpcsRequest_1 = require("./model/ListVpcsRequest");` */
const MODEL_REQUIRE = /^const (\w+) = require\("\.\/model\/\w+"\);$/;
/** What every client class keeps besides its API methods. */
const ALWAYS_KEPT = new Set(['constructor', 'getPath']);

function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

/** Every `.name(` called in the sources. */
function calledNames(sources) {
  return new Set(sources.flatMap((text) => [...text.matchAll(/\.(\w+)\(/g)].map((match) => match[1])));
}

/** Value names src/ imports from a module of the package (`import { A, type B } from '@huaweicloud/<pkg>…'`). */
function namesImportedFrom(sources, pkg) {
  const names = new Set();
  const pattern = new RegExp(`import\\s+\\{([^}]*)\\}\\s+from\\s+'@huaweicloud/${pkg}(?:/[^']*)?'`, 'g');
  for (const text of sources) {
    for (const match of text.matchAll(pattern)) {
      for (const part of match[1].split(',')) {
        if (/^\s*type\s/.test(part)) continue;
        const name = part.trim().split(/\s+as\s+/)[0];
        if (name) names.add(name);
      }
    }
  }
  return names;
}

/**
 * One client file with only the API methods in `wanted` (class method and request builder), and
 * only the model requires the rest still names. Throws when the file's shape is not the one this
 * reads, so an SDK update cannot quietly keep everything or nothing.
 */
export function pruneClientSource(source, wanted, label) {
  const lines = source.split('\n');
  const kept = [];
  const allMethods = new Set();
  const keptMethods = new Set();
  const keptBuilders = new Set();
  let region;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!region && CLASS_START.test(line)) region = 'class';
    else if (!region && BUILDERS_START.test(line)) region = 'builders';
    else if ((region === 'class' && CLASS_END.test(line)) || (region === 'builders' && BUILDERS_END.test(line))) region = undefined;
    const start = region === 'class' ? line.match(CLASS_METHOD) : region === 'builders' ? line.match(BUILDER) : null;
    if (!start) {
      kept.push(line);
      continue;
    }
    const end = region === 'class' ? CLASS_METHOD_END : BUILDER_END;
    let last = i;
    while (last < lines.length && !end.test(lines[last])) last++;
    if (last === lines.length) throw new Error(`${label}: ${start[1]} has no end`);
    const name = start[1];
    if (region === 'class' && !ALWAYS_KEPT.has(name)) allMethods.add(name);
    if (ALWAYS_KEPT.has(name) || wanted.has(name)) {
      kept.push(...lines.slice(i, last + 1));
      (region === 'class' ? keptMethods : keptBuilders).add(name);
    }
    i = last;
  }
  if (allMethods.size === 0) throw new Error(`${label}: no client class with API methods found`);
  for (const name of keptMethods) {
    if (!ALWAYS_KEPT.has(name) && !keptBuilders.has(name)) throw new Error(`${label}: ${name} has no request builder`);
  }
  const body = kept.join('\n');
  const contents = kept
    .filter((line) => {
      const model = line.match(MODEL_REQUIRE);
      return !model || body.split(`${model[1]}.`).length > 1;
    })
    .join('\n');
  return { contents, methods: [...keptMethods].filter((name) => !ALWAYS_KEPT.has(name)).sort(), allMethods: allMethods.size };
}

/** The pruned client files and public-api.js contents, by absolute path, and what each kept. */
export function prunedHuaweiSdk(root) {
  const huaweiSources = sourceFiles(path.join(root, 'src', 'cloud', 'huawei'));
  const allSources = sourceFiles(path.join(root, 'src'));
  const called = calledNames(huaweiSources);
  const files = new Map();
  const clients = [];
  for (const client of HUAWEI_CLIENTS) {
    // As esbuild names the files it loads: through any symbolic link.
    const dir = realpathSync(path.join(root, 'node_modules', '@huaweicloud', client.pkg, client.dir));
    const file = path.join(dir, client.file);
    const label = `@huaweicloud/${client.pkg}/${client.dir}/${client.file}`;
    const pruned = pruneClientSource(readFileSync(file, 'utf8'), called, label);
    files.set(file, pruned.contents);
    // The public API: the client, and the models src/ imports by name (none are needed to call).
    const models = [...namesImportedFrom(allSources, client.pkg)].filter((name) => existsSync(path.join(dir, 'model', `${name}.js`))).sort();
    const publicApi = path.join(dir, 'public-api.js');
    const original = readFileSync(publicApi, 'utf8');
    const clientExport = `__exportStar(require("./${client.file.replace(/\.js$/, '')}"), exports);`;
    if (!original.includes(clientExport)) throw new Error(`${label}: public-api.js no longer exports the client as this plugin expects`);
    const exports = [clientExport, ...models.map((name) => `__exportStar(require("./model/${name}"), exports);`)];
    const head = original.slice(0, original.indexOf('Object.defineProperty(exports, "__esModule"'));
    files.set(publicApi, `${head}Object.defineProperty(exports, "__esModule", { value: true });\n${exports.join('\n')}\n`);
    clients.push({ label, methods: pruned.methods, allMethods: pruned.allMethods, models });
  }
  return { files, clients };
}

/** esbuild plugin: the Huawei SDKs' clients with only what src/cloud/huawei uses. */
export function usedHuaweiClientsOnly(root) {
  let pruned;
  return {
    name: 'used-huawei-clients-only',
    setup(build) {
      build.onStart(() => {
        pruned = undefined;
      });
      build.onLoad({ filter: /[\\/]@huaweicloud[\\/]huaweicloud-sdk-(vpc|iam)[\\/]v\d[\\/](VpcClient|IamClient|public-api)\.js$/ }, (args) => {
        pruned ??= prunedHuaweiSdk(root);
        const contents = pruned.files.get(args.path);
        return contents === undefined ? undefined : { contents, loader: 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}
