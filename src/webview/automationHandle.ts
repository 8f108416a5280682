// A handle on the running page for the browser tests and the benchmark: the cytoscape instance
// (to read back what is drawn and how it is styled) and the cytoscape factory (for the baseline
// layout the benchmark compares against). It exposes nothing the page's own script cannot reach,
// and only where the document asks for it (a `<meta name="topology-automation">` that only the
// test harness writes): the panel and exported files carry no test hook.

import cytoscape from 'cytoscape';
import { AUTOMATION_META_NAME } from './pageDocument';
import type { TopologyPage } from './topologyPage';

export interface AutomationHandle {
  cy(): cytoscape.Core | undefined;
  cytoscape: typeof cytoscape;
  readonly page: TopologyPage;
}

export const AUTOMATION_HANDLE = '__vpcTopology';

/** Whether the document asks for the handle. */
export function automationRequested(document: Document): boolean {
  return document.querySelector(`meta[name="${AUTOMATION_META_NAME}"]`) !== null;
}

export function exposeAutomationHandle(window: Window, page: TopologyPage): void {
  const handle: AutomationHandle = { cy: () => page.cy, cytoscape, page };
  Object.defineProperty(window, AUTOMATION_HANDLE, { value: handle, enumerable: false });
}
