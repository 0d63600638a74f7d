/**
 * Seeded pseudo-random numbers, so every model run is reproducible from its seed.
 * mulberry32: small, fast, and good enough for teaching simulations (not for cryptography).
 */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
	let a = Math.floor(Math.abs(seed)) >>> 0 || 0x9e3779b9;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Standard normal deviate (Box-Muller). */
export function gaussian(rng: Rng): number {
	let u = 0;
	while (u <= Number.EPSILON) u = rng();
	const v = rng();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
