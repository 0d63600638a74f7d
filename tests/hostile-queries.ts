/**
 * Hostile URL values, shared by the parser's unit tests (tests/unit/url-state.test.ts: each one read
 * as a number) and the e2e fuzzing of built pages (tests/e2e/hardening-fuzz.test.ts: what is read
 * never reaches the page as markup). MARK is the global a hostile script would set.
 */
export const MARK = 'engramPwned';
export const HOSTILE: string[] = [
	'1e300',
	'-1e300',
	'99999999999999999999999999',
	'NaN',
	'Infinity',
	'-Infinity',
	'-0',
	'1e309',
	'-1e309',
	'',
	'   ',
	'0x10',
	'1,5',
	'½',
	'١٢',
	'🧠🧠',
	'\u202e42',
	'\u0000',
	`<script>window.${MARK}=1</script>`,
	`"><img src=x onerror="window.${MARK}=1">`,
	`'><svg onload=window.${MARK}=1>`,
	'javascript:alert(1)',
	'%E0%A4%A'
];
/** Long values go one per URL: with more, the URL passes the 16 kB a server accepts (Node's limit). */
export const BIG = ['9'.repeat(10_240), '<b>x</b>'.repeat(600)];
/** Keys that are not parameters at all: must be ignored. */
export const JUNK = [
	['__proto__', '1'],
	['constructor.prototype.polluted', '1'],
	['toString', 'x'],
	[`<script>window.${MARK}=1</script>`, '1'],
	['', '=='],
	['🧠', '🧠']
];
