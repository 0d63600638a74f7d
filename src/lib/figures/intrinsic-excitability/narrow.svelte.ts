/** True on phone-width screens (charts are drawn shorter there so a sticky figure fits). */
import { onMount } from 'svelte';

export function narrowScreen(query = '(max-width: 600px)') {
	let narrow = $state(false);
	onMount(() => {
		const media = window.matchMedia(query);
		narrow = media.matches;
		const update = () => (narrow = media.matches);
		media.addEventListener('change', update);
		return () => media.removeEventListener('change', update);
	});
	return {
		get value() {
			return narrow;
		}
	};
}
