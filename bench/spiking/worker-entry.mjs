// Bundled by bench/spiking/lib.mjs into a classic worker script for the Chromium speed run.
import * as engine from '../../src/lib/sim/network.ts';
import { runProtocol } from './protocol.mjs';

self.onmessage = (e) => {
	self.postMessage(runProtocol(engine, e.data));
};
