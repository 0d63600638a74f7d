/**
 * localStorage / sessionStorage that never throw. Inside a sandboxed iframe without
 * allow-same-origin (TinyMCE 7's default in many LMSs), with cookies blocked, or in some private
 * modes, merely *reading* `window.localStorage` throws a SecurityError; writes can throw when full.
 * Every use of storage in the site goes through here.
 */
export type StorageKind = 'local' | 'session';

export interface SafeStorage {
	get(key: string): string | null;
	/** False when the value could not be stored. */
	set(key: string, value: string): boolean;
	remove(key: string): void;
}

function open(kind: StorageKind): Storage | null {
	try {
		if (typeof window === 'undefined') return null;
		const s = kind === 'local' ? window.localStorage : window.sessionStorage;
		return s ?? null;
	} catch {
		return null;
	}
}

export function safeStorage(kind: StorageKind): SafeStorage {
	return {
		get(key) {
			try {
				return open(kind)?.getItem(key) ?? null;
			} catch {
				return null;
			}
		},
		set(key, value) {
			try {
				const s = open(kind);
				if (!s) return false;
				s.setItem(key, value);
				return true;
			} catch {
				return false;
			}
		},
		remove(key) {
			try {
				open(kind)?.removeItem(key);
			} catch {
				/* nothing to remove where storage is blocked */
			}
		}
	};
}
