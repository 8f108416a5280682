// The SDKs' runtime, @darabonba/typescript, requires at load what only a few of its functions use:
// lodash (one merge), moment (date helpers), xml2js (XML bodies; the APIs the extension calls
// answer JSON) and, for WebSocket APIs the extension never calls, ws and three proxy agents.
// Evaluating them is a large part of loading the cloud bundle. This esbuild plugin rewrites those
// top-level `require`s in the runtime's own files into stand-ins that require the module on first
// property access: the code stays bundled and behaves the same, it runs only when used.
import { readFile } from 'node:fs/promises';

const DEFERRED = ['ws', 'moment', 'lodash', 'xml2js', 'https-proxy-agent', 'http-proxy-agent', 'socks-proxy-agent'];
const names = DEFERRED.map((name) => name.replace(/[-/]/g, '\\$&')).join('|');
/** `var x = __importDefault(require("m"));`, `__importStar(require("m"))` or `require("m")`. */
const TOP_LEVEL_REQUIRE = new RegExp(`^var (\\w+) = (?:(__importDefault|__importStar)\\()?require\\("(${names})"\\)\\)?;$`, 'gm');

/** A stand-in for `interop(require(m))` that requires on first property access. */
const LAZY_MODULE = `function __deferredRequire(load, interop) {
  var loaded;
  var module = function () { return loaded || (loaded = interop ? interop(load()) : load()); };
  return new Proxy({}, { get: function (_target, key) { return module()[key]; }, has: function (_target, key) { return key in module(); } });
}
`;

export function deferredSdkRequires() {
  return {
    name: 'deferred-sdk-requires',
    setup(build) {
      build.onLoad({ filter: /[\\/]@darabonba[\\/]typescript[\\/]dist[\\/]\w+\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        let changed = false;
        const contents = source.replace(TOP_LEVEL_REQUIRE, (_line, variable, interop, module) => {
          changed = true;
          return `var ${variable} = __deferredRequire(function () { return require("${module}"); }, ${interop ?? 'undefined'});`;
        });
        return changed ? { contents: `${LAZY_MODULE}${contents}`, loader: 'js' } : undefined;
      });
    },
  };
}
