export const SCROLLY_KEY = Symbol('engram-scrolly');

export interface ScrollyContext {
	/** Called once by each <Step> as it is created; returns its 0-based index. */
	register(): number;
}
