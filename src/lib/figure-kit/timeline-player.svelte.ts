/**
 * Plays a precomputed run frame by frame (requestAnimationFrame), for figures that show a model
 * unfolding in time. Prerendered HTML shows the whole run (frame = `initial`); once mounted the
 * player starts from 0 when the figure comes on screen, pauses off screen and in a hidden tab,
 * and resumes when it returns. Under reduced motion it never plays on its own: it shows the end.
 *
 *   const player = new TimelinePlayer({ last: () => r.t.length - 1, speed: () => values.speed, initial: N });
 *   onMount(() => player.attach(root));      player.frame, player.playing, player.play() ...
 */
import { untrack } from 'svelte';
import { reducedMotion } from '../browser/reduced-motion';
import { watchOnScreen } from '../browser/on-screen';

export interface PlayerOptions {
	/** Index of the last frame. */
	last: () => number;
	/** Frames per second of playback. */
	speed: () => number;
	/** Frame shown before mount (the whole run, for prerendered HTML and no-JS readers). */
	initial: number;
}

export class TimelinePlayer {
	frame = $state(0);
	playing = $state(false);
	private visible = false;
	private wantPlay = false;
	private opts: PlayerOptions;

	constructor(opts: PlayerOptions) {
		this.opts = opts;
		this.frame = opts.initial;
		$effect(() => {
			if (!this.playing) return;
			return this.loop();
		});
	}

	/** The frame to draw, always in [0, last]. */
	get shown(): number {
		return Math.max(0, Math.min(this.frame, this.opts.last()));
	}

	play(): void {
		if (this.shown >= this.opts.last()) this.frame = 0;
		this.playing = true;
	}
	pause(): void {
		this.playing = false;
		this.wantPlay = false;
	}
	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}
	stepBy(frames: number): void {
		this.pause();
		this.frame = Math.min(this.opts.last(), this.shown + frames);
	}
	reset(): void {
		this.pause();
		this.frame = 0;
	}
	toEnd(): void {
		this.pause();
		this.frame = this.opts.last();
	}
	/** Start from the beginning now (or as soon as the figure is on screen); reduced motion jumps to the end. */
	replay(): void {
		if (reducedMotion.current) {
			this.frame = this.opts.last();
			return;
		}
		this.frame = 0;
		if (this.visible) this.playing = true;
		else this.wantPlay = true;
	}

	/** Call from onMount with the figure's root element; returns the cleanup. */
	attach(element: Element | undefined): () => void {
		if (reducedMotion.current) this.frame = this.opts.last();
		else {
			this.frame = 0;
			this.wantPlay = true;
		}
		if (!element) return () => {};
		return watchOnScreen(element, (visible) => {
			this.visible = visible;
			if (!visible && this.playing) {
				this.playing = false;
				this.wantPlay = true;
			} else if (visible && this.wantPlay && !reducedMotion.current) {
				this.wantPlay = false;
				this.play();
			}
		});
	}

	private loop(): () => void {
		let raf = 0;
		let before = -1;
		let pos = untrack(() => this.frame);
		const tick = (now: number) => {
			// rAF timestamps can precede the moment the loop started: never step backwards.
			const dt = before < 0 ? 0 : Math.min(0.1, Math.max(0, (now - before) / 1000));
			before = now;
			pos += dt * untrack(() => this.opts.speed());
			const last = untrack(() => this.opts.last());
			const next = Math.max(0, Math.min(last, Math.floor(pos)));
			if (next !== this.frame) this.frame = next;
			if (next >= last) {
				this.playing = false;
				return;
			}
			raf = requestAnimationFrame(tick);
		};
		raf = requestAnimationFrame(tick);
		return () => cancelAnimationFrame(raf);
	}
}
