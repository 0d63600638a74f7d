/** Glossary for this article: key -> plain-words definition, shown by <Term>. */
import type { Glossary } from './types';

export const glossary: Glossary = {
	astrocyte: {
		term: 'Astrocyte',
		definition:
			'A star-shaped glial cell. One astrocyte wraps its fine branches around a great many synapses, manages the chemistry around them and signals through slow rises of calcium rather than electrical spikes.'
	},
	bla: {
		term: 'Basolateral amygdala (BLA)',
		definition:
			'A region deep in the temporal lobe where a neutral cue becomes linked to danger. Its neurons change their response to a tone after the tone has predicted a shock.'
	},
	calex: {
		term: 'CalEx',
		definition:
			'Short for calcium extrusion: a tool that makes astrocytes pump calcium out of the cell continuously, flattening their calcium signals for as long as it is expressed.'
	},
	cno: {
		term: 'CNO (clozapine-N-oxide)',
		definition:
			"The designer drug that activates DREADD receptors. It is not fully inert: in the body some of it is converted back to clozapine, which acts on the brain's own receptors. That is why studies give CNO to control mice without the receptor too, to check that the drug alone does not explain an effect."
	},
	cs: {
		term: 'Conditioned stimulus (CS)',
		definition: 'A cue that starts out neutral, here a tone, and comes to predict something important because it has been paired with it.'
	},
	decoder: {
		term: 'Decoder',
		definition:
			'A statistical read-out that guesses something about the world (was the tone on?) from recorded activity. How often it guesses right measures how much information the activity carries.'
	},
	dreadd: {
		term: 'DREADD',
		definition:
			"Designer Receptor Exclusively Activated by Designer Drugs: an engineered receptor put into chosen cells that responds to a designer drug such as CNO and not to the body's own signals, so the experimenter can switch signalling in those cells."
	},
	extinction: {
		term: 'Extinction',
		definition:
			'Learning that a feared cue is now safe, by meeting it again and again with nothing bad happening. It adds a new safety memory; the original fear memory stays.'
	},
	freezing: {
		term: 'Freezing',
		definition:
			'Complete stillness apart from breathing: the standard measure of fear in mice, scored as the share of time the animal freezes.'
	},
	gcamp: {
		term: 'GCaMP6f',
		definition:
			'A genetically encoded calcium sensor: a protein that glows more brightly when calcium binds to it, so calcium activity in chosen cells can be filmed.'
	},
	hm3dq: {
		term: 'hM3Dq',
		definition:
			'A DREADD coupled to the Gq pathway, which normally raises calcium inside a cell. In these astrocytes it caused a brief calcium surge followed by a long quiet period.'
	},
	hm4di: {
		term: 'hM4Di',
		definition:
			'A DREADD coupled to the Gi pathway. In neurons it usually quiets activity; in these BLA astrocytes it increased calcium transients.'
	},
	phototagging: {
		term: 'Phototagging',
		definition:
			'Giving a group of neurons (here, those projecting to prelimbic cortex) a light-sensitive channel, so that a flash of light identifies which recorded cells belong to that group.'
	},
	prelimbic: {
		term: 'Prelimbic cortex',
		definition:
			'Part of the medial prefrontal cortex in rodents. It receives input from the BLA and helps drive fear expression such as freezing.'
	},
	renewal: {
		term: 'Renewal',
		definition: 'The return of an extinguished fear when the cue is met outside the place (context) where extinction was learned.'
	},
	us: {
		term: 'Unconditioned stimulus (US)',
		definition: 'Something that triggers a response without any learning, here a footshock.'
	}
};
