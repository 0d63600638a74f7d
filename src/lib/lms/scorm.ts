/**
 * Talking to a SCORM 1.2 LMS from an article packaged by `npm run build:packages`.
 *
 * Life cycle (LmsBridge.svelte drives it):
 *   findScormApi(window) -> none: the page runs as a normal page, nothing else happens.
 *                        -> API: session.start()  LMSInitialize; lesson_status "not attempted" -> "incomplete"
 *   reader answers a quiz -> session.update()     score.raw/min/max (percent right), LMSCommit
 *   reader reaches the end and every quiz has an answer -> lesson_status "completed", LMSCommit
 *   page hides -> session.finish()               session_time, LMSCommit, LMSFinish
 * A status the LMS already holds as completed/passed/failed is never lowered back to incomplete.
 * Everything here is plain logic on an object with the SCORM 1.2 API's methods, so a fake API tests it.
 */

/** The SCORM 1.2 run-time API an LMS puts on a window as `API`. Values are strings. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string | boolean;
	LMSFinish(arg: ''): string | boolean;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string | boolean;
	LMSCommit(arg: ''): string | boolean;
	LMSGetLastError(): string | number;
}

/** Minimal view of a window for the search: parent, opener, and the API if any. */
export interface ApiWindow {
	API?: unknown;
	parent?: ApiWindow | null;
	opener?: ApiWindow | null;
	top?: ApiWindow | null;
}

function isApi(x: unknown): x is Scorm12Api {
	if (!x || typeof x !== 'object') return false;
	const a = x as Record<string, unknown>;
	return ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'].every((k) => typeof a[k] === 'function');
}

/** Reads a property of a window that may belong to another origin (which throws). */
function peek<T>(read: () => T): T | undefined {
	try {
		return read();
	} catch {
		return undefined;
	}
}

/** The usual search: this window and up to `maxDepth` parents, then the opener and its parents. */
export function findScormApi(start: ApiWindow, maxDepth = 7): Scorm12Api | undefined {
	const climb = (from: ApiWindow | null | undefined): Scorm12Api | undefined => {
		let win = from;
		for (let depth = 0; win && depth <= maxDepth; depth++) {
			const api = peek(() => win!.API);
			if (isApi(api)) return api;
			const parent = peek(() => win!.parent);
			if (!parent || parent === win) return undefined;
			win = parent;
		}
		return undefined;
	};
	return climb(start) ?? climb(peek(() => start.opener)) ?? climb(peek(() => peek(() => start.top)?.opener));
}

/** What the reader has done so far. */
export interface Progress {
	/** The end of the article has been on screen. */
	reachedEnd: boolean;
	/** Quizzes on the page, answered ones, and right answers among them. */
	quizzes: number;
	answered: number;
	correct: number;
}

/** Percent right, rounded (SCORM 1.2 raw score on a 0-100 scale), or undefined with no quiz answered. */
export function scorePercent(p: Progress): number | undefined {
	if (p.quizzes <= 0 || p.answered <= 0) return undefined;
	return Math.round((100 * Math.min(p.correct, p.quizzes)) / p.quizzes);
}

export function isComplete(p: Progress): boolean {
	return p.reachedEnd && p.answered >= p.quizzes;
}

/** "HHHH:MM:SS.SS" as SCORM 1.2 writes a time span (CMITimespan). */
export function scormTimespan(ms: number): string {
	// Whole hundredths first, so 59.999 s reads 0000:01:00.00, not 0000:00:60.00.
	const cs = Math.round(Math.max(0, ms) / 10);
	const h = Math.min(9999, Math.floor(cs / 360_000));
	const m = Math.floor((cs % 360_000) / 6000);
	const s = (cs % 6000) / 100;
	return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

const DONE = ['completed', 'passed', 'failed'];

export class ScormSession {
	private started = false;
	private finished = false;
	private startedAt = 0;
	private completed = false;
	private lastScore: number | undefined;

	constructor(
		private readonly api: Scorm12Api,
		private readonly now: () => number = () => Date.now()
	) {}

	/** LMSInitialize, and mark the lesson incomplete unless the LMS already has it finished. */
	start(): boolean {
		if (this.started) return true;
		const ok = String(this.call(() => this.api.LMSInitialize(''))) === 'true';
		if (!ok) return false;
		this.started = true;
		this.startedAt = this.now();
		const status = String(this.call(() => this.api.LMSGetValue('cmi.core.lesson_status')) ?? '');
		this.completed = DONE.includes(status);
		if (!this.completed) this.set('cmi.core.lesson_status', 'incomplete');
		this.commit();
		return true;
	}

	/** Reports a new state of the reader's progress; commits only when something changed. */
	update(p: Progress): void {
		if (!this.started || this.finished) return;
		let changed = false;
		const score = scorePercent(p);
		if (score !== undefined && score !== this.lastScore) {
			this.set('cmi.core.score.min', '0');
			this.set('cmi.core.score.max', '100');
			this.set('cmi.core.score.raw', String(score));
			this.lastScore = score;
			changed = true;
		}
		if (!this.completed && isComplete(p)) {
			this.set('cmi.core.lesson_status', 'completed');
			this.completed = true;
			changed = true;
		}
		if (changed) this.commit();
	}

	/** Session time, a last commit and LMSFinish. Safe to call more than once. */
	finish(): void {
		if (!this.started || this.finished) return;
		this.finished = true;
		this.set('cmi.core.session_time', scormTimespan(this.now() - this.startedAt));
		if (!this.completed) this.set('cmi.core.exit', 'suspend');
		this.commit();
		this.call(() => this.api.LMSFinish(''));
	}

	private set(element: string, value: string) {
		this.call(() => this.api.LMSSetValue(element, value));
	}

	private commit() {
		this.call(() => this.api.LMSCommit(''));
	}

	/** An LMS's API may throw; the page goes on either way. */
	private call<T>(f: () => T): T | undefined {
		try {
			return f();
		} catch {
			return undefined;
		}
	}
}

/**
 * Whether this page runs inside a course package: the package's launch page marks <html> with
 * data-lms="scorm" (scripts/packages), or the address says `?lms=scorm`.
 */
export function packagedFor(doc: { documentElement: { dataset: DOMStringMap } }, search: string): string | undefined {
	const marked = doc.documentElement.dataset.lms;
	if (marked) return marked;
	try {
		return new URLSearchParams(search).get('lms') ?? undefined;
	} catch {
		return undefined;
	}
}
