/**
 * What a reader (or a test) did to a prerendered figure while its code was loading, done again on
 * the live figure that replaces it (./LazyFigure.svelte): slider values, "Show data" and other
 * button presses, open <details>, keys pressed on the chart, and where the focus was. Elements are
 * matched by their place in the figure's tree: the live figure renders the same markup the
 * prerendered one was made from. Anything that no longer matches is dropped, never guessed.
 */
type Path = number[];
export type Replay = () => void;

function pathOf(el: Element, roots: readonly Element[]): Path | undefined {
	const path: number[] = [];
	let node: Element | null = el;
	while (node) {
		const top = roots.indexOf(node);
		if (top >= 0) return [top, ...path.reverse()];
		const parent: Element | null = node.parentElement;
		if (!parent) return undefined;
		path.push(Array.prototype.indexOf.call(parent.children, node));
		node = parent;
	}
	return undefined;
}

function at(path: Path, roots: readonly Element[]): HTMLElement | undefined {
	let node: Element | undefined = roots[path[0]];
	for (const i of path.slice(1)) node = node?.children[i];
	return node instanceof HTMLElement ? node : undefined;
}

/** Starts recording on the prerendered figure in `slot`; `stop()` ends it and gives the replay. */
export function capture(slot: HTMLElement): { stop(): Replay } {
	const roots = Array.from(slot.children);
	const parent = slot.parentElement;
	const index = parent ? Array.prototype.indexOf.call(parent.children, slot) : -1;
	const actions: ((live: readonly Element[]) => void)[] = [];
	const values = new Map<string, { path: Path; value: string; checked: boolean }>();

	const onInput = (e: Event) => {
		const t = e.target;
		if (!(t instanceof HTMLInputElement || t instanceof HTMLSelectElement)) return;
		const path = pathOf(t, roots);
		if (path) values.set(path.join('/'), { path, value: t.value, checked: t instanceof HTMLInputElement && t.checked });
	};
	const onClick = (e: Event) => {
		const button = e.target instanceof Element ? e.target.closest('button') : null;
		const path = button && pathOf(button, roots);
		if (path) actions.push((live) => at(path, live)?.click());
	};
	const onKey = (e: KeyboardEvent) => {
		const t = e.target;
		// Keys on form controls act through their values (recorded above); others (a chart) are sent again.
		if (!(t instanceof HTMLElement) || t.matches('input, select, textarea, button')) return;
		const path = pathOf(t, roots);
		const init: KeyboardEventInit = {
			key: e.key,
			code: e.code,
			shiftKey: e.shiftKey,
			ctrlKey: e.ctrlKey,
			altKey: e.altKey,
			metaKey: e.metaKey,
			bubbles: true,
			cancelable: true
		};
		if (path) actions.push((live) => at(path, live)?.dispatchEvent(new KeyboardEvent('keydown', init)));
	};
	slot.addEventListener('input', onInput, true);
	slot.addEventListener('change', onInput, true);
	slot.addEventListener('click', onClick, true);
	slot.addEventListener('keydown', onKey, true);

	// The change that made the figure wanted (a select or a slider moved before the code had loaded)
	// reached the slot before this recording began: keep every control that no longer holds the value
	// it was prerendered with.
	for (const el of slot.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
		const prerendered = el instanceof HTMLSelectElement ? Array.from(el.options).findIndex((o) => o.defaultSelected) : -1;
		const changed =
			el instanceof HTMLSelectElement
				? el.selectedIndex !== Math.max(0, prerendered)
				: el.type === 'checkbox' || el.type === 'radio'
					? el.checked !== el.defaultChecked
					: el.value !== el.defaultValue;
		if (changed) onInput({ target: el } as unknown as Event);
	}

	return {
		stop() {
			slot.removeEventListener('input', onInput, true);
			slot.removeEventListener('change', onInput, true);
			slot.removeEventListener('click', onClick, true);
			slot.removeEventListener('keydown', onKey, true);
			const active = document.activeElement;
			const focus = active && slot.contains(active) ? pathOf(active, roots) : undefined;
			const open = Array.from(slot.querySelectorAll('details[open]'))
				.map((d) => pathOf(d, roots))
				.filter((p): p is Path => !!p);
			const count = roots.length;
			return () => {
				if (!parent || index < 0) return;
				const live = Array.from(parent.children).slice(index, index + count);
				for (const p of open) {
					const d = at(p, live);
					if (d instanceof HTMLDetailsElement) d.open = true;
				}
				for (const { path, value, checked } of values.values()) {
					const el = at(path, live);
					if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) continue;
					if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) el.checked = checked;
					else el.value = value;
					el.dispatchEvent(new Event('input', { bubbles: true }));
					el.dispatchEvent(new Event('change', { bubbles: true }));
				}
				for (const act of actions) act(live);
				if (focus) at(focus, live)?.focus({ preventScroll: true });
			};
		}
	};
}
