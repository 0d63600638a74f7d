/** The Spanish of ../intrinsic-excitability.ts (same keys), shown by <Term> on the /es/ page. */
import type { Glossary } from '../types';

export const glossary: Glossary = {
	creb: {
		term: 'CREB',
		definition:
			'Proteína de unión al elemento de respuesta al AMPc, un factor de transcripción. Aumentar su nivel en una neurona hace que la célula sea más excitable y tenga más probabilidades de entrar en una huella de memoria.'
	},
	'fi-curve': {
		term: 'Curva f-I',
		definition:
			'Representación de la frecuencia de disparo de una neurona (f) frente a la corriente constante que se le inyecta (I): la regla de entrada-salida de la célula.'
	},
	engram: {
		term: 'Engrama',
		definition:
			'La huella física de un recuerdo: el conjunto de células que una experiencia activa y modifica, y cuya reactivación puede traer de vuelta el recuerdo.'
	},
	excitability: {
		term: 'Excitabilidad intrínseca',
		definition:
			'La facilidad con la que una neurona dispara cuando le llega una entrada, determinada por sus propios canales iónicos y no por la fuerza de sus sinapsis.'
	},
	inhibition: {
		term: 'Inhibición lateral',
		definition:
			'Neuronas activas que excitan a neuronas inhibitorias, las cuales silencian a sus vecinas, de modo que solo pueden disparar las células de una población que reciben la activación más fuerte.'
	},
	ltp: {
		term: 'LTP y LTD',
		definition:
			'Potenciación a largo plazo y depresión a largo plazo: fortalecimiento o debilitamiento duradero de una sinapsis tras ciertos patrones de actividad.'
	},
	metaplasticity: {
		term: 'Metaplasticidad',
		definition:
			'La plasticidad de la plasticidad: la actividad previa de una neurona cambia la facilidad con la que sus sinapsis se fortalecen o se debilitan después.'
	},
	homeostasis: {
		term: 'Plasticidad homeostática',
		definition:
			'Ajustes lentos que devuelven la actividad media de una neurona hacia un punto de consigna cuando se ha desviado demasiado hacia arriba o hacia abajo.'
	},
	ahp: {
		term: 'Posthiperpolarización (AHP)',
		definition:
			'Descenso por debajo del voltaje de reposo tras una espiga, debido sobre todo a corrientes de potasio. Calma a la célula durante un tiempo, así que una AHP grande ralentiza el disparo repetido.'
	},
	rheobase: {
		term: 'Reobase',
		definition: 'La corriente constante más pequeña que hace disparar a una neurona. Una reobase más baja indica una célula más excitable.'
	},
	'input-resistance': {
		term: 'Resistencia de entrada',
		definition:
			'Cuánto cambia el voltaje de una neurona ante una corriente inyectada dada. Menos canales de fuga abiertos significan más resistencia, así que la misma entrada desplaza más el voltaje.'
	},
	threshold: {
		term: 'Umbral de disparo',
		definition:
			'El voltaje de membrana al que una neurona dispara un potencial de acción (una espiga). Cuanto más cerca está del voltaje de reposo, menos entrada hace falta.'
	}
};
