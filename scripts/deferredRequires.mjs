// The SDKs' runtimes require at load what only a few of their functions use. Alibaba's,
// @darabonba/typescript: lodash (one merge), moment (date helpers), xml2js (XML bodies; the APIs
// the extension calls answer JSON) and, for WebSocket APIs the extension never calls, ws and three
// proxy agents. Huawei's, @huaweicloud/huaweicloud-sdk-core: axios (its HTTP client, needed by the
// first Huawei request only), lodash and moment (the signer), uuid (the user agent's id) and its
// proxy agent. Evaluating them is a large part of loading the cloud bundle. This esbuild plugin
// rewrites those top-level `require`s in the runtimes' own files into stand-ins that require the
// module on first property access: the code stays bundled and behaves the same, it runs only when
// used. (Both runtimes resolve lodash, moment and https-proxy-agent to the same files, which the
// bundle holds once.)
import { readFile } from 'node:fs/promises';

const DEFERRED = ['ws', 'moment', 'lodash', 'xml2js', 'https-proxy-agent', 'http-proxy-agent', 'socks-proxy-agent', 'axios', 'uuid'];
const names = DEFERRED.map((name) => name.replace(/[-/]/g, '\\$&')).join('|');
/** `var x = __importDefault(require("m"));` (or `const x`), `__importStar(require("m"))` or `require("m")`. */
const TOP_LEVEL_REQUIRE = new RegExp(`^(var|const) (\\w+) = (?:(__importDefault|__importStar)\\()?require\\("(${names})"\\)\\)?;$`, 'gm');
/** The runtimes' own files: @darabonba/typescript's dist/*.js, any file of @huaweicloud/huaweicloud-sdk-core. */
const RUNTIME_FILES = /[\\/]@darabonba[\\/]typescript[\\/]dist[\\/]\w+\.js$|[\\/]@huaweicloud[\\/]huaweicloud-sdk-core[\\/].*\.js$/;

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
      build.onLoad({ filter: RUNTIME_FILES }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        let changed = false;
        const contents = source.replace(TOP_LEVEL_REQUIRE, (_line, keyword, variable, interop, module) => {
          changed = true;
          return `${keyword} ${variable} = __deferredRequire(function () { return require("${module}"); }, ${interop ?? 'undefined'});`;
        });
        if (!changed) return undefined;
        // After a leading "use strict", which must stay the file's first statement.
        const strict = contents.match(/^(\s*(?:\/\*[\s\S]*?\*\/\s*)?"use strict";\n)/);
        return { contents: strict ? `${strict[1]}${LAZY_MODULE}${contents.slice(strict[1].length)}` : `${LAZY_MODULE}${contents}`, loader: 'js' };
      });
    },
  };
}
