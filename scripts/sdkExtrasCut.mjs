// What the Huawei Cloud SDK brings that the extension's calls never reach, left out of the cloud
// bundle instead of shipped (scripts/deferredRequires.mjs defers what may be reached):
// - log4js (with streamroller, graceful-fs, date-format, rfdc, flatted: ~85 KB minified). The
//   SDK's logger module configures log4js at load and every SDK logger writes through it;
//   src/cloud/huawei/sdk.ts switches it off at load, since it would log each failure with its
//   Authorization header, and nothing switches it on again. Its stand-in is a logger that writes
//   nothing, with the same level property and methods.
// - form-data (with mime-types and mime-db's 137 KB table of file types, combined-stream, …):
//   axios builds multipart bodies with it, and the SDK for file uploads; VPC and IAM send JSON
//   only. axios gets Node's own FormData (Node 18+) in its place, which it also supports.
// - ws, socks-proxy-agent and http-proxy-agent (with socks, ip-address, smart-buffer: ~125 KB):
//   Alibaba's SDK runtime (@darabonba/typescript's websocket.js) requires them for WebSocket APIs
//   only; the VPC, VpcPeer and STS calls are HTTP requests. There they become a stand-in that
//   throws, naming this file, if a WebSocket connection is ever opened.
const LOG4J_LOGGER = /[\\/]@huaweicloud[\\/]huaweicloud-sdk-core[\\/]logger[\\/]log4jLogger\.js$/;

const SILENT_LOGGER = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
function nothing() {}
exports.Logger4jInstance = { level: "off", trace: nothing, debug: nothing, info: nothing, warn: nothing, error: nothing, fatal: nothing, mark: nothing, log: nothing, isLevelEnabled: function () { return false; } };
`;

/** Only the Alibaba runtime's WebSocket helpers import these. */
const WEBSOCKET_ONLY = /^(ws|socks-proxy-agent|http-proxy-agent)$/;
const WEBSOCKET_HELPERS = /[\\/]@darabonba[\\/]typescript[\\/]dist[\\/]websocket\.js$/;
const WEBSOCKET_STAND_IN = `function WebSocketUnavailable() {
  throw new Error("WebSocket APIs are not in the extension's cloud bundle (scripts/sdkExtrasCut.mjs)");
}
WebSocketUnavailable.default = WebSocketUnavailable;
WebSocketUnavailable.SocksProxyAgent = WebSocketUnavailable;
WebSocketUnavailable.HttpProxyAgent = WebSocketUnavailable;
module.exports = WebSocketUnavailable;
`;

export function unusedSdkExtrasCut() {
  return {
    name: 'unused-sdk-extras-cut',
    setup(build) {
      build.onLoad({ filter: LOG4J_LOGGER }, () => ({ contents: SILENT_LOGGER, loader: 'js' }));
      build.onResolve({ filter: /^form-data$/ }, () => ({ path: 'form-data', namespace: 'node-form-data' }));
      build.onLoad({ filter: /.*/, namespace: 'node-form-data' }, () => ({ contents: 'module.exports = globalThis.FormData;', loader: 'js' }));
      build.onResolve({ filter: WEBSOCKET_ONLY }, (args) => (WEBSOCKET_HELPERS.test(args.importer) ? { path: args.path, namespace: 'websocket-unavailable' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'websocket-unavailable' }, () => ({ contents: WEBSOCKET_STAND_IN, loader: 'js' }));
    },
  };
}
