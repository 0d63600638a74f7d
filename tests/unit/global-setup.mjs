// Before Vitest transforms the first test file: SvelteKit's generated tsconfig, which tsconfig.json
// extends and the TypeScript transform reads (a fresh clone has none; ensureKitTsconfig says why).
import { ensureKitTsconfig } from '../../scripts/bin.mjs';

export default () => ensureKitTsconfig();
