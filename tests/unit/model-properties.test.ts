/**
 * Property tests over every model in src/lib/models (found with import.meta.glob, so a new model
 * is covered without new code). A model is any module there that exports `spec: ParamRange[]` and
 * `run(params, options)`. For random parameters inside its spec (on the step grid, edges included):
 *   1. run() does not throw and every number in its result is finite;
 *   2. every documented bound holds (see BOUNDS below, or a model's own `bounds` export);
 *   3. the same parameters and seed give the same result, twice in a row and after other runs.
 * The number of random cases adapts to the model's cost so the whole file stays fast.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { defaults, sanitize, type ParamRange, type Params } from '../../src/lib/models/types';

type Bound = readonly [min: number, max: number];
/**
 * Documented output ranges, as "path": [min, max]. A path is a dotted key path into run()'s result;
 * `*` matches any key or array index, and a path ending at an array covers all its elements.
 * A model may also export its own `bounds` with the same shape; both are checked.
 */
/** A run() result as the bound functions read it: nested records of numbers. */
type ResultTree = Record<string, Record<string, number>> & Record<string, number>;
type Bounds = Record<string, Bound | ((result: ResultTree, params: Params) => Bound)>;

interface ModelModule {
	spec: readonly ParamRange[];
	run: (params: Partial<Params>, options?: Record<string, unknown>) => unknown;
	bounds?: Bounds;
}

const PROB: Bound = [0, 1];

/** Bounds stated in the models' own doc comments and interfaces, per model file name. */
const BOUNDS: Record<string, Bounds> = {
	'memory-allocation': {
		boosted: [0, 1],
		engram: [0, 1],
		'simulated.boosted': PROB,
		'simulated.other': PROB,
		'curve.boosted': PROB,
		'curve.other': PROB,
		chance: PROB,
		'counts.boostedWon': (r) => [0, r.counts.boostedTotal],
		'counts.otherWon': (r) => [0, r.counts.otherTotal],
		k: (r) => [1, r.n]
	},
	'memory-linking': {
		chance: PROB,
		'curve.overlap': PROB,
		'simulated.overlap': PROB,
		'example.a': [0, 1],
		'example.b': [0, 1],
		'example.expected': PROB,
		'example.shared': (r) => [0, r.k],
		halfway: [0, Infinity]
	},
	'intrinsic-plasticity': {
		// Outputs of a sigmoid unit and their running means.
		adaptive: PROB,
		frozen: PROB,
		'phaseMeans.*': PROB
	},
	'lif-neuron': {
		fi: [0, Infinity],
		baselineFi: [0, Infinity],
		rate: [0, Infinity],
		spikeCount: [0, Infinity],
		rheobase: [0, Infinity],
		'at300.*': [0, Infinity]
	}
};

const found = import.meta.glob<Record<string, unknown>>('../../src/lib/models/*.ts', { eager: true });
const MODELS: [name: string, model: ModelModule][] = Object.entries(found)
	.filter(([, m]) => Array.isArray(m.spec) && typeof m.run === 'function')
	.map(([path, m]) => [path.replace(/^.*\/|\.ts$/g, ''), m as unknown as ModelModule]);

/** Every number in a result, with its dotted path (typed arrays and nested objects included). */
function numbers(value: unknown, path = '', out: [string, number][] = [], seen = new Set<unknown>()): [string, number][] {
	if (typeof value === 'number') out.push([path, value]);
	else if (typeof value === 'bigint') out.push([path, Number(value)]);
	else if (value && typeof value === 'object') {
		if (seen.has(value)) return out;
		seen.add(value);
		const entries: [string, unknown][] = ArrayBuffer.isView(value)
			? Array.from(value as unknown as ArrayLike<number>, (v, i) => [String(i), v])
			: Object.entries(value);
		for (const [k, v] of entries) numbers(v, path ? `${path}.${k}` : k, out, seen);
	}
	return out;
}

/** Does a result path ("curve.boosted.3") fall under a bound path ("curve.boosted", "phaseMeans.*")? */
function covers(boundPath: string, path: string): boolean {
	const b = boundPath.split('.');
	const p = path.split('.');
	if (p.length < b.length) return false;
	for (let i = 0; i < b.length; i++) if (b[i] !== '*' && b[i] !== p[i]) return false;
	// A bound on an array covers its elements (numeric keys only below the bound path).
	return p.slice(b.length).every((k) => /^\d+$/.test(k));
}

/** Arbitrary parameters on the spec's step grid, edges included (fast-check favours extremes). */
function paramsArb(spec: readonly ParamRange[]): fc.Arbitrary<Params> {
	const fields: Record<string, fc.Arbitrary<number>> = {};
	for (const p of spec) {
		const steps = Math.max(0, Math.round((p.max - p.min) / p.step));
		fields[p.key] = fc.integer({ min: 0, max: steps }).map((i) => sanitize(p, p.min + i * p.step));
	}
	return fc.record(fields);
}

function timeOne(model: ModelModule, params: Params): number {
	const t0 = performance.now();
	numbers(model.run(params, { seed: 1 }));
	return performance.now() - t0;
}

/** Budget per model and property, in milliseconds (a run plus walking its result). */
const BUDGET_MS = 250;
// Generous: the machine may be shared; the budget above is what keeps the file fast.
vi.setConfig({ testTimeout: 120_000 });
function runsFor(model: ModelModule): number {
	const cost = Math.max(0.05, timeOne(model, defaults(model.spec)), timeOne(model, defaults(model.spec)));
	return Math.max(8, Math.min(100, Math.floor(BUDGET_MS / cost)));
}

/** The models the explainers run today: a renamed or broken module must not drop out unnoticed. */
const KNOWN = [
	'fear-extinction',
	'inhibitory-network',
	'intrinsic-plasticity',
	'lif-neuron',
	'memory-allocation',
	'memory-linking',
	'population-decoding',
	'retroactive-memory'
];

describe('models are discovered', () => {
	it('finds every model module in src/lib/models, the eight known ones by name', () => {
		// random.ts, stats.ts and types.ts are helpers; anything else exporting spec + run is a model.
		expect(MODELS.map(([name]) => name)).toEqual(expect.arrayContaining(KNOWN));
		for (const [name, m] of MODELS) expect(m.spec.length, `${name} has an empty spec`).toBeGreaterThan(0);
	});

	it("has no stale entry in the documented bounds (this table and the models' own)", () => {
		for (const [name, model] of MODELS) {
			const declared = [...Object.keys(BOUNDS[name] ?? {}), ...Object.keys(model.bounds ?? {})];
			if (!declared.length) continue;
			const paths = numbers(model.run(defaults(model.spec), { seed: 1 })).map(([p]) => p);
			for (const b of declared) {
				expect(
					paths.some((p) => covers(b, p)),
					`${name}: bound "${b}" matches no output`
				).toBe(true);
			}
		}
	});
});

describe.each(MODELS)('model %s', (name, model) => {
	const numRuns = runsFor(model);
	const bounds: Bounds = { ...(BOUNDS[name] ?? {}), ...(model.bounds ?? {}) };

	it('has a sane spec: min < max, step > 0, default on the grid inside [min, max]', () => {
		for (const p of model.spec) {
			expect(p.min, p.key).toBeLessThan(p.max);
			expect(p.step, p.key).toBeGreaterThan(0);
			expect(sanitize(p, p.default), `${p.key} default`).toBe(p.default);
		}
	});

	it('gives finite outputs within their documented bounds for any parameters in the spec', () => {
		fc.assert(
			fc.property(paramsArb(model.spec), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (params, seed) => {
				const result = model.run(params, { seed });
				const all = numbers(result);
				expect(all.length, 'run() returned no numbers').toBeGreaterThan(0);
				for (const [path, v] of all) expect(Number.isFinite(v), `${path} = ${v}`).toBe(true);
				for (const [bpath, bound] of Object.entries(bounds)) {
					const [lo, hi] = typeof bound === 'function' ? bound(result as ResultTree, params) : bound;
					for (const [path, v] of all) {
						if (!covers(bpath, path)) continue;
						// Allow float round-off at the edges, nothing more.
						expect(v, `${path} outside [${lo}, ${hi}]`).toBeGreaterThanOrEqual(lo - 1e-9);
						expect(v, `${path} outside [${lo}, ${hi}]`).toBeLessThanOrEqual(hi + 1e-9);
					}
				}
			}),
			{ numRuns, seed: 20261123 }
		);
	});

	it('gives the same result for the same parameters and seed', () => {
		fc.assert(
			fc.property(paramsArb(model.spec), paramsArb(model.spec), fc.nat(1000), (params, other, seed) => {
				const first = model.run(params, { seed });
				const again = model.run(params, { seed });
				model.run(other, { seed: seed + 1 }); // no hidden state may leak between runs
				const third = model.run(params, { seed });
				expect(again).toEqual(first);
				expect(third).toEqual(first);
			}),
			{ numRuns: Math.max(4, Math.floor(numRuns / 3)), seed: 20261124 }
		);
	});

	it('runs with missing or out-of-spec parameters without throwing or emitting non-finite numbers', () => {
		// Bad input gets an answer (the defaults, or the nearest value in range), never a crash.
		const hostile: Partial<Params>[] = [{}, Object.fromEntries(model.spec.map((p) => [p.key, NaN]))];
		hostile.push(Object.fromEntries(model.spec.map((p) => [p.key, p.max * 10 + 1e6])));
		hostile.push(Object.fromEntries(model.spec.map((p) => [p.key, -Infinity])));
		hostile.push(Object.fromEntries(model.spec.map((p) => [p.key, 'x' as unknown as number])));
		for (const params of hostile) {
			const result = model.run(params, {});
			const all = numbers(result);
			expect(all.length, `${JSON.stringify(params)}: no numbers`).toBeGreaterThan(0);
			for (const [path, v] of all) expect(Number.isFinite(v), `${JSON.stringify(params)}: ${path} = ${v}`).toBe(true);
		}
	});
});
