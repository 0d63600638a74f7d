/** The Spanish of ../inhibitory-plasticity.ts (same keys), shown by <Term> on the /es/ page. */
import type { Glossary } from '../types';

export const glossary: Glossary = {
	disinhibition: {
		term: 'Desinhibición',
		definition:
			'Inhibir a los inhibidores: cuando las interneuronas que normalmente calman a una célula quedan a su vez silenciadas, la célula queda libre para responder, y sus sinapsis, para cambiar.'
	},
	'detailed-balance': {
		term: 'Equilibrio detallado (sintonización conjunta)',
		definition:
			'Inhibición que sube y baja con la excitación en cada vía de entrada por separado, de modo que cada entrada llega con su propio freno a juego.'
	},
	'ei-balance': {
		term: 'Equilibrio E/I',
		definition:
			'La correspondencia entre la excitación y la inhibición que recibe una neurona. El equilibrio «detallado» significa que la correspondencia se mantiene entrada por entrada, no solo en promedio.'
	},
	'target-rate': {
		term: 'Frecuencia objetivo (ρ₀)',
		definition:
			'En la regla de aprendizaje inhibitoria, la frecuencia de disparo a la que las sinapsis inhibitorias dejan de cambiar. Por encima de ella se fortalecen; por debajo, se debilitan.'
	},
	interneuron: {
		term: 'Interneurona (inhibitoria)',
		definition:
			'Neurona cuyas conexiones son locales y que, en la corteza, suele liberar GABA, lo que hace menos probable que sus dianas disparen.'
	},
	pv: {
		term: 'Interneurona PV',
		definition:
			'Célula inhibitoria que contiene la proteína parvalbúmina. La mayoría son de disparo rápido y contactan con el cuerpo celular o con el inicio del axón de sus dianas, de modo que controlan si esas dianas disparan y cuándo.'
	},
	sst: {
		term: 'Interneurona SST',
		definition:
			'Célula inhibitoria que contiene el péptido somatostatina. Muchas envían sus axones a las dendritas distales de las neuronas piramidales, donde moldean cómo se combinan las numerosas entradas que llegan allí.'
	},
	vip: {
		term: 'Interneurona VIP',
		definition:
			'Célula inhibitoria que contiene el péptido intestinal vasoactivo. Inhibe sobre todo a otras interneuronas, en especial a las células SST, de modo que activarla libera a las neuronas piramidales de la inhibición.'
	},
	neuromodulator: {
		term: 'Neuromodulador',
		definition:
			'Sustancia química como la dopamina, la acetilcolina, la noradrenalina o la serotonina, liberada de forma amplia por unos pocos grupos de neuronas, que cambia cómo responden y aprenden los circuitos en lugar de transmitir un mensaje concreto.'
	},
	'critical-period': {
		term: 'Periodo crítico',
		definition:
			'Ventana del desarrollo en la que la experiencia remodela con facilidad un circuito cerebral, como la etapa temprana de la vida en la que la corteza visual organiza las entradas de los dos ojos.'
	},
	ltp: {
		term: 'Potenciación a largo plazo (LTP)',
		definition:
			'Aumento duradero de la fuerza de una sinapsis tras una actividad intensa y bien sincronizada a ambos lados de ella. Es el candidato celular mejor estudiado para almacenar recuerdos.'
	}
};
