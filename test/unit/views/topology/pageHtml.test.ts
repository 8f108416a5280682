import assert from 'node:assert/strict';
import { buildGraph, layoutGraph } from '../../../../src/model/graph';
import { contentSecurityPolicy, topologyPageHtml } from '../../../../src/views/topology/pageHtml';
import { buildStandaloneHtml, cspHash, inlineScriptText, scriptSafeJson } from '../../../../src/views/topology/standaloneHtml';
import { AUTOMATION_META_NAME, WORKER_META_NAME } from '../../../../src/webview/pageDocument';
import { HOSTILE_CONNECTION_NAME, HOSTILE_VPC_NAME, demoSnapshot } from '../../model/graph/fixtures/demoSnapshot';

describe('graph page HTML: template and exported file', () => {
  it('writes the strict CSP the panel needs, with the nonce on the one script', () => {
    const html = topologyPageHtml({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'abcdefghijklmnop0123', scriptUri: 'https://r/topology.js', styleUri: 'https://r/topology.css' });
    assert.equal(
      contentSecurityPolicy('https://x', 'abcdefghijklmnop0123'),
      "default-src 'none'; img-src https://x data:; style-src https://x; script-src 'nonce-abcdefghijklmnop0123'; font-src https://x;",
    );
    assert.ok(html.includes(`content="default-src 'none'; img-src https://file+.vscode-resource.vscode-cdn.net data:;`));
    assert.ok(html.includes('<script nonce="abcdefghijklmnop0123" src="https://r/topology.js"></script>'));
    assert.ok(!/unsafe-(inline|eval)/.test(html));
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });

  it('with a re-layout worker, allows fetching its own files and a blob: worker, and nothing more', () => {
    assert.equal(
      contentSecurityPolicy('https://x', 'abcdefghijklmnop0123', { worker: true }),
      "default-src 'none'; img-src https://x data:; style-src https://x; script-src 'nonce-abcdefghijklmnop0123'; font-src https://x; connect-src https://x; worker-src blob:;",
    );
    const html = topologyPageHtml({
      cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
      nonce: 'abcdefghijklmnop0123',
      scriptUri: 'https://r/topology.js',
      styleUri: 'https://r/topology.css',
      workerUri: 'https://r/relayout-worker.js?a="b"&c',
    });
    assert.ok(html.includes(`<meta name="${WORKER_META_NAME}" content="https://r/relayout-worker.js?a=&quot;b&quot;&amp;c">`));
    assert.ok(html.includes('connect-src https://file+.vscode-resource.vscode-cdn.net; worker-src blob:;'));
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'the worker is not a script element');
    assert.ok(!/unsafe-(inline|eval)/.test(html));
  });

  it('asks for the test handle only when told to (browser tests), never by default', () => {
    const base = { cspSource: 'https://x', nonce: 'abcdefghijklmnop0123', scriptUri: 'https://r/t.js', styleUri: 'https://r/t.css' };
    assert.ok(!topologyPageHtml(base).includes(AUTOMATION_META_NAME));
    assert.ok(topologyPageHtml({ ...base, automation: true }).includes(`<meta name="${AUTOMATION_META_NAME}" content="on">`));
    const graph = buildGraph(demoSnapshot());
    const exported = { scriptText: '', styleText: '', graph, positions: {}, theme: 'dark' as const };
    assert.ok(!buildStandaloneHtml(exported).includes(AUTOMATION_META_NAME));
    assert.ok(buildStandaloneHtml({ ...exported, automation: true }).includes(AUTOMATION_META_NAME));
  });

  it('refuses a nonce or source that could widen the policy', () => {
    assert.throws(() => topologyPageHtml({ cspSource: 'x', nonce: "abc' 'unsafe-inline", scriptUri: '', styleUri: '' }));
    assert.throws(() => topologyPageHtml({ cspSource: "https://x; script-src 'unsafe-inline'", nonce: 'abcdefghijklmnop0123', scriptUri: '', styleUri: '' }));
  });

  it('hashes the UTF-8 text as a CSP source, for ASCII and multi-byte text', () => {
    // SHA-256 test vectors (FIPS 180-2 "abc", the empty string) and a multi-byte string.
    assert.equal(cspHash(''), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    assert.equal(cspHash('abc'), "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
    assert.equal(cspHash('é漢字🙂'), "'sha256-pNCbIZMvXB8d+114jo6eeX3LmnirXUznaAMVQHi+AxM='");
  });

  it('embeds the graph as JSON that cannot end its script element', () => {
    const json = scriptSafeJson({ name: '</script><script>alert(1)</script> & <!-- \u2028' });
    assert.ok(!json.includes('<') && !json.includes('>') && !json.includes('&'));
    assert.deepEqual(JSON.parse(json), { name: '</script><script>alert(1)</script> & <!-- \u2028' });
    assert.equal(inlineScriptText('const a = "</script>"; // <!-- x'), 'const a = "<\\/script>"; // <\\u0021-- x');
  });

  it('builds one file: inlined script and style allowed by hash, graph as data, nothing remote', () => {
    const graph = buildGraph(demoSnapshot({ hostileNames: true }));
    const script = 'console.log("page");';
    const style = 'body { color: red; }';
    const html = buildStandaloneHtml({ scriptText: script, styleText: style, graph, positions: layoutGraph(graph), theme: 'dark', title: '<b>Prod</b>' });
    assert.ok(html.includes(`script-src ${cspHash(script)}`));
    assert.ok(html.includes(`style-src ${cspHash(style)}`));
    assert.ok(html.includes(`<script>${script}</script>`));
    assert.ok(html.includes(`<style>${style}</style>`));
    assert.ok(html.includes('<title>&lt;b&gt;Prod&lt;/b&gt;</title>'));
    assert.ok(html.includes('<body class="vscode-dark">'));
    assert.ok(!html.includes(HOSTILE_VPC_NAME) && !html.includes(HOSTILE_CONNECTION_NAME), 'names only inside escaped JSON');
    assert.ok(!/<[a-z]+[^>]*\s(src|href)=/i.test(html), 'no element loads anything');
    const data = /<script type="application\/json" id="topology-data">(.*)<\/script>/.exec(html)?.[1];
    assert.ok(data);
    const embedded = JSON.parse(data) as { type: string; graph: { nodes: Array<{ label: string }> }; options: { readOnly: boolean } };
    assert.equal(embedded.type, 'init');
    assert.equal(embedded.options.readOnly, true);
    assert.ok(embedded.graph.nodes.some((n) => n.label.startsWith(HOSTILE_VPC_NAME)));
  });
});
