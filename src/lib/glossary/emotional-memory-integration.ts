/** Glossary for this article: key -> plain-words definition, shown by <Term>. */
import type { Glossary } from './types';

export const glossary: Glossary = {
	amygdala: {
		term: 'Amygdala',
		definition:
			'A small almond-shaped group of nuclei next to the hippocampus that responds to emotionally significant events, such as threats, and can boost how strongly other regions store them.'
	},
	consolidation: {
		term: 'Consolidation',
		definition:
			'The processes that make a fresh memory more stable after learning, including its gradual reorganisation across brain networks, some of which take place during rest and sleep.'
	},
	'functional-connectivity': {
		term: 'Functional connectivity',
		definition:
			'How closely the activity of two brain regions rises and falls together over time. It is a statistical coupling, not a direct measurement of wires between the regions.'
	},
	'high-confidence': {
		term: 'High-confidence memory',
		definition:
			'In this study, test answers rated 3 or 4 on a 4-point confidence scale. Only these answers were above chance in every study, so they are taken as the trustworthy memories.'
	},
	hippocampus: {
		term: 'Hippocampus',
		definition:
			'A curved structure deep in the temporal lobe that binds the pieces of an experience (who, what, where) into one episode and helps bring the whole back from a part.'
	},
	neocortex: {
		term: 'Neocortex',
		definition:
			'The folded outer layer of the brain. Some parts handle particular kinds of input (faces, objects); transmodal parts, for example in prefrontal and parietal cortex, combine information across senses and over time.'
	},
	reactivation: {
		term: 'Reactivation',
		definition:
			'The return of a memory’s activity pattern when part of the memory is cued. Seeing one half of a learned pair can bring the brain’s pattern for the other half back, even if it is not on screen.'
	},
	rsa: {
		term: 'Representational similarity',
		definition:
			'A way to read fMRI data that compares the pattern of activity across many small brain volumes between two moments. A high similarity means the brain was in a similar state, for example re-creating an earlier experience.'
	},
	'sensory-preconditioning': {
		term: 'Sensory preconditioning',
		definition:
			'A learning design in which two neutral things are first linked to each other, and only later is one of them paired with something that matters. If the other one then also takes on that meaning, the earlier link carried it across.'
	},
	transmodal: {
		term: 'Transmodal areas',
		definition:
			'Regions that combine information from several senses and from memory, rather than handling one kind of input such as faces or objects. In this study: parts of parietal cortex, the posterior cingulate, and anterior and medial prefrontal cortex.'
	}
};
