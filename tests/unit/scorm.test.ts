/** The SCORM 1.2 bridge against a fake LMS API: finding it, status, score, commits. */
import { describe, expect, it } from 'vitest';
import {
	findScormApi,
	isComplete,
	packagedFor,
	ScormSession,
	scorePercent,
	scormTimespan,
	type ApiWindow,
	type Scorm12Api
} from '../../src/lib/lms/scorm';

class FakeApi implements Scorm12Api {
	data: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted' };
	calls: string[] = [];
	commits: Record<string, string>[] = [];
	initialized = false;
	finished = false;
	LMSInitialize() {
		this.calls.push('LMSInitialize');
		this.initialized = true;
		return 'true';
	}
	LMSFinish() {
		this.calls.push('LMSFinish');
		this.finished = true;
		return 'true';
	}
	LMSGetValue(k: string) {
		return this.data[k] ?? '';
	}
	LMSSetValue(k: string, v: string) {
		if (!this.initialized || this.finished) throw new Error(`set ${k} outside a session`);
		this.calls.push(`set ${k}=${v}`);
		this.data[k] = v;
		return 'true';
	}
	LMSCommit() {
		this.calls.push('LMSCommit');
		this.commits.push({ ...this.data });
		return 'true';
	}
	LMSGetLastError() {
		return '0';
	}
}

const progress = (o: Partial<Parameters<typeof isComplete>[0]> = {}) => ({ reachedEnd: false, quizzes: 3, answered: 0, correct: 0, ...o });

describe('findScormApi', () => {
	it('finds the API on a parent a few frames up', () => {
		const api = new FakeApi();
		const top: ApiWindow = { API: api };
		top.parent = top;
		const middle: ApiWindow = { parent: top };
		const sco: ApiWindow = { parent: middle };
		expect(findScormApi(sco)).toBe(api);
	});
	it('looks in the opener when no parent has one', () => {
		const api = new FakeApi();
		const opener: ApiWindow = { API: api };
		opener.parent = opener;
		const popup: ApiWindow = { opener };
		popup.parent = popup;
		expect(findScormApi(popup)).toBe(api);
	});
	it('returns nothing on a normal page, skips frames of other origins, and stops after 7 levels', () => {
		const lone: ApiWindow = {};
		lone.parent = lone;
		expect(findScormApi(lone)).toBeUndefined();
		const foreign = {
			get API(): unknown {
				throw new DOMException('cross-origin', 'SecurityError');
			},
			parent: null
		};
		expect(findScormApi({ parent: foreign as ApiWindow })).toBeUndefined();
		let deep: ApiWindow = { API: new FakeApi() };
		deep.parent = deep;
		for (let i = 0; i < 9; i++) deep = { parent: deep };
		expect(findScormApi(deep)).toBeUndefined();
		expect(findScormApi({ API: { LMSInitialize: 1 } })).toBeUndefined();
	});
});

describe('ScormSession', () => {
	it('initializes, marks the lesson incomplete and commits', () => {
		const api = new FakeApi();
		expect(new ScormSession(api).start()).toBe(true);
		expect(api.calls.slice(0, 3)).toEqual(['LMSInitialize', 'set cmi.core.lesson_status=incomplete', 'LMSCommit']);
	});

	it('scores answers as percent right, and completes only at the end with every quiz answered', () => {
		const api = new FakeApi();
		const s = new ScormSession(api);
		s.start();
		s.update(progress({ answered: 1, correct: 1 }));
		expect(api.data['cmi.core.score.raw']).toBe('33');
		expect(api.data['cmi.core.score.min']).toBe('0');
		expect(api.data['cmi.core.score.max']).toBe('100');
		expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
		s.update(progress({ reachedEnd: true, answered: 2, correct: 1 }));
		expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
		s.update(progress({ reachedEnd: true, answered: 3, correct: 2 }));
		expect(api.data['cmi.core.score.raw']).toBe('67');
		expect(api.data['cmi.core.lesson_status']).toBe('completed');
		// The commit that carried "completed" carried the score too.
		expect(api.commits.at(-1)).toMatchObject({ 'cmi.core.lesson_status': 'completed', 'cmi.core.score.raw': '67' });
	});

	it('does not commit when nothing changed', () => {
		const api = new FakeApi();
		const s = new ScormSession(api);
		s.start();
		s.update(progress({ answered: 1, correct: 0 }));
		const n = api.commits.length;
		s.update(progress({ answered: 1, correct: 0 }));
		expect(api.commits.length).toBe(n);
	});

	it('completes at the end of an article with no quiz, without a score', () => {
		const api = new FakeApi();
		const s = new ScormSession(api);
		s.start();
		s.update({ reachedEnd: true, quizzes: 0, answered: 0, correct: 0 });
		expect(api.data['cmi.core.lesson_status']).toBe('completed');
		expect(api.data['cmi.core.score.raw']).toBeUndefined();
	});

	it('never lowers a finished lesson back to incomplete', () => {
		const api = new FakeApi();
		api.data['cmi.core.lesson_status'] = 'completed';
		new ScormSession(api).start();
		expect(api.data['cmi.core.lesson_status']).toBe('completed');
	});

	it('finishes once: session time, suspend when unfinished, commit, LMSFinish', () => {
		const api = new FakeApi();
		let t = 1_000;
		const s = new ScormSession(api, () => t);
		s.start();
		t += 3_723_450;
		s.finish();
		s.finish();
		expect(api.data['cmi.core.session_time']).toBe('0001:02:03.45');
		expect(api.data['cmi.core.exit']).toBe('suspend');
		expect(api.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
		expect(api.calls.at(-2)).toBe('LMSCommit');
		s.update(progress({ reachedEnd: true, answered: 3, correct: 3 }));
		expect(api.data['cmi.core.lesson_status']).toBe('incomplete');
	});

	it('survives an LMS that refuses to initialize or throws', () => {
		const api = new FakeApi();
		api.LMSInitialize = () => 'false';
		expect(new ScormSession(api).start()).toBe(false);
		const angry = new FakeApi();
		angry.LMSCommit = () => {
			throw new Error('network down');
		};
		const s = new ScormSession(angry);
		expect(() => (s.start(), s.update(progress({ reachedEnd: true, answered: 3, correct: 3 })), s.finish())).not.toThrow();
		expect(angry.data['cmi.core.lesson_status']).toBe('completed');
	});
});

describe('helpers', () => {
	it('scorePercent and isComplete', () => {
		expect(scorePercent(progress())).toBeUndefined();
		expect(scorePercent(progress({ answered: 3, correct: 3 }))).toBe(100);
		expect(isComplete(progress({ reachedEnd: true, answered: 3 }))).toBe(true);
		expect(isComplete(progress({ reachedEnd: false, answered: 3 }))).toBe(false);
	});
	it('scormTimespan', () => {
		expect(scormTimespan(0)).toBe('0000:00:00.00');
		expect(scormTimespan(59_999)).toBe('0000:01:00.00');
		expect(scormTimespan(-5)).toBe('0000:00:00.00');
	});
	it('packagedFor reads the launch page mark, then the address', () => {
		expect(packagedFor({ documentElement: { dataset: { lms: 'scorm' } } }, '')).toBe('scorm');
		expect(packagedFor({ documentElement: { dataset: {} } }, '?lms=scorm')).toBe('scorm');
		expect(packagedFor({ documentElement: { dataset: {} } }, '')).toBeUndefined();
	});
});
