// @alicloud/vpc20160428 is the way the extension calls VPC 2016-04-28, but its client is one
// class with ~800 API methods and one `require` of every request and response model (~3,600
// files): bundled whole it is 2.9 MB minified, ~95 % of which the extension never calls. This
// esbuild plugin loads the SDK's own dist/client.js with only the methods src/cloud/ calls (and
// those they call) and only the models those methods and src/ name; everything kept is the
// SDK's code, unchanged.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const SDK = '@alicloud/vpc20160428';
/** An API method of the client: `    async describeVpcsWithOptions(request, runtime) {` … `    }`. */
const METHOD_START = /^ {4}async (\w+)\(/;
const METHOD_END = /^ {4}\}$/;

function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

/** Names src/ imports from the SDK (`import { A, type B } from '@alicloud/vpc20160428'`). */
function modelsImportedBySources(sources) {
  const names = new Set();
  const pattern = new RegExp(`import\\s+(?:type\\s+)?\\{([^}]*)\\}\\s+from\\s+'${SDK.replace('/', '\\/')}'`, 'g');
  for (const text of sources) {
    for (const match of text.matchAll(pattern)) {
      for (const part of match[1].split(',')) {
        const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0];
        if (name) names.add(name);
      }
    }
  }
  return names;
}

/** The client's methods, each as its lines, and the lines outside them. */
function splitMethods(lines) {
  const methods = new Map();
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i].match(METHOD_START);
    if (!start) {
      kept.push({ line: lines[i] });
      continue;
    }
    let end = i;
    while (!METHOD_END.test(lines[end])) end++;
    methods.set(start[1], lines.slice(i, end + 1));
    kept.push({ method: start[1] });
    i = end;
  }
  return { methods, kept };
}

/** Methods called from src/cloud (`.describeVpcsWithOptions(`) and, in turn, from those. */
function methodsNeeded(methods, sources) {
  const wanted = new Set();
  const queue = [];
  const want = (name) => {
    if (methods.has(name) && !wanted.has(name)) {
      wanted.add(name);
      queue.push(name);
    }
  };
  for (const text of sources) for (const match of text.matchAll(/\.(\w+)\(/g)) want(match[1]);
  while (queue.length) {
    for (const match of methods.get(queue.pop()).join('\n').matchAll(/this\.(\w+)\(/g)) want(match[1]);
  }
  return wanted;
}

/** Model name → the file under dist/models/ that exports it, read from the SDK's models/model.js. */
function modelFiles(distDir) {
  const index = readFileSync(path.join(distDir, 'models', 'model.js'), 'utf8');
  const fileOfVariable = new Map([...index.matchAll(/var (\w+) = require\("\.\/([^"]+)"\);/g)].map((m) => [m[1], m[2]]));
  const files = new Map();
  for (const m of index.matchAll(/Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.\w+; \} \}\);/g)) {
    files.set(m[1], fileOfVariable.get(m[2]));
  }
  return files;
}

/** The pruned client.js, and what it kept. */
export function prunedVpcClient(root) {
  const distDir = path.join(root, 'node_modules', ...SDK.split('/'), 'dist');
  const original = readFileSync(path.join(distDir, 'client.js'), 'utf8');
  const cloudSources = sourceFiles(path.join(root, 'src', 'cloud'));
  const { methods, kept } = splitMethods(original.split('\n'));
  const wanted = methodsNeeded(methods, cloudSources);
  const body = kept.flatMap((part) => (part.method ? (wanted.has(part.method) ? methods.get(part.method) : []) : [part.line])).join('\n');

  const files = modelFiles(distDir);
  const models = new Set([...body.matchAll(/\$_model\.(\w+)/g)].map((m) => m[1]));
  for (const name of modelsImportedBySources(sourceFiles(path.join(root, 'src')))) if (files.has(name)) models.add(name);
  // Each model is required when first read, as the SDK's own index does, but only these.
  const modelIndex = [...models]
    .sort()
    .map((name) => `Object.defineProperty($_model, "${name}", { enumerable: true, get: function () { return require("./models/${files.get(name)}").${name}; } });`)
    .join('\n');
  const contents = body
    .replace('const $_model = __importStar(require("./models/model"));', `const $_model = {};\n${modelIndex}`)
    .replace('__exportStar(require("./models/model"), exports);', '__exportStar($_model, exports);');
  if (contents === body) throw new Error(`${SDK}'s client.js no longer has the model index this plugin replaces`);
  return { contents, distDir, methods: [...wanted].sort(), models: [...models].sort(), allMethods: methods.size };
}

/** esbuild plugin: the SDK's client with only what the extension uses. */
export function usedVpcClientOnly(root) {
  return {
    name: 'used-vpc-client-only',
    setup(build) {
      build.onLoad({ filter: /[\\/]@alicloud[\\/]vpc20160428[\\/]dist[\\/]client\.js$/ }, () => {
        const { contents, distDir } = prunedVpcClient(root);
        return { contents, loader: 'js', resolveDir: distDir };
      });
    },
  };
}
