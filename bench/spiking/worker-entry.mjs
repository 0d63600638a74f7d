// Bundled by bench/spiking/lib.mjs into a classic worker script for the Chromium speed run.
// Messages: {type: 'run', options} starts the protocol; after the first second of model time the
// worker posts {type: 'mark'} and waits for {type: 'go'} (the bench reads the thread's CPU time
// meanwhile); at the end it posts {type: 'result', result}.
import * as engine from '../../src/lib/sim/engines.ts';
import { runProtocol } from './protocol.mjs';

let go;
self.onmessage = async (e) => {
	if (e.data.type === 'go') return go?.();
	const result = await runProtocol(engine, e.data.options, () => {
		self.postMessage({ type: 'mark' });
		return new Promise((resolve) => (go = resolve));
	});
	self.postMessage({ type: 'result', result });
};
