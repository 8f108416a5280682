// Entry point of the topology page bundle (dist/webview/topology.js).

import { exposeAutomationHandle } from './automationHandle';
import { connectToHost } from './hostBridge';
import { TopologyPage } from './topologyPage';

const page = new TopologyPage(document, connectToHost(window));
exposeAutomationHandle(window, page);
page.start();
