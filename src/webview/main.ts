// Entry point of the topology page bundle (dist/webview/topology.js).

import { automationRequested, exposeAutomationHandle } from './automationHandle';
import { connectToHost } from './hostBridge';
import { TopologyPage } from './topologyPage';

const page = new TopologyPage(document, connectToHost(window));
if (automationRequested(document)) exposeAutomationHandle(window, page);
page.start();
