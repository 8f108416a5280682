// What the page expects of the HTML document it runs in: the ids and meta names the host's HTML
// builders (views/topology/pageHtml.ts, standaloneHtml.ts) write and the page reads. Shared as
// constants only; the markup itself is built on the host.

/** The `<meta name>` that tells the page where its re-layout worker script is. */
export const WORKER_META_NAME = 'topology-relayout-worker';

/**
 * Cytoscape inserts a `<style>` element into the page unless an element with this id already
 * exists. The CSP would refuse that element (and report a violation), so the page declares the id
 * on a `<meta>` and media/topology.css carries the one rule cytoscape wanted (a positioned
 * container). Cytoscape's other styling is done through the CSSOM, which the CSP allows.
 */
export const PAGE_MARKER_ID = '__________cytoscape_stylesheet';

/** The id of the `<script type="application/json">` element an exported file embeds its graph in. */
export const EMBEDDED_DATA_ID = 'topology-data';

/**
 * The `<meta name>` that lets the browser tests and the benchmark reach the running page
 * (automationHandle.ts). The panel and the exported file never write it.
 */
export const AUTOMATION_META_NAME = 'topology-automation';
