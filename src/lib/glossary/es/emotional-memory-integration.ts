/** The emotional-memory-integration glossary in Spanish: the same keys as ../emotional-memory-integration.ts, shown by <Term>. */
import type { Glossary } from '../types';

export const glossary: Glossary = {
	amygdala: {
		term: 'Amígdala',
		definition:
			'Un pequeño grupo de núcleos con forma de almendra, junto al hipocampo, que responde a sucesos con carga emocional, como las amenazas, y puede potenciar la intensidad con que otras regiones los almacenan.'
	},
	transmodal: {
		term: 'Áreas transmodales',
		definition:
			'Regiones que combinan información de varios sentidos y de la memoria, en lugar de procesar un solo tipo de información, como caras u objetos. En este estudio: partes de la corteza parietal, el cíngulo posterior y la corteza prefrontal anterior y medial.'
	},
	'functional-connectivity': {
		term: 'Conectividad funcional',
		definition:
			'El grado en que la actividad de dos regiones cerebrales sube y baja a la vez a lo largo del tiempo. Es un acoplamiento estadístico, no una medida directa de las conexiones físicas entre las regiones.'
	},
	consolidation: {
		term: 'Consolidación',
		definition:
			'Los procesos que hacen que una memoria reciente sea más estable después del aprendizaje, incluida su reorganización gradual en redes cerebrales, algunos de los cuales ocurren durante el reposo y el sueño.'
	},
	hippocampus: {
		term: 'Hipocampo',
		definition:
			'Una estructura curvada situada en la profundidad del lóbulo temporal que une las piezas de una experiencia (quién, qué, dónde) en un solo episodio y ayuda a recuperar el todo a partir de una parte.'
	},
	'high-confidence': {
		term: 'Memoria con confianza alta',
		definition:
			'En este estudio, las respuestas de la prueba valoradas con un 3 o un 4 en una escala de confianza de 4 puntos. Solo estas respuestas superaron el azar en todos los estudios, así que se consideran los recuerdos fiables.'
	},
	neocortex: {
		term: 'Neocorteza',
		definition:
			'La capa externa y plegada del cerebro. Algunas partes procesan tipos concretos de información (caras, objetos); las partes transmodales, por ejemplo en la corteza prefrontal y parietal, combinan información de distintos sentidos y a lo largo del tiempo.'
	},
	'sensory-preconditioning': {
		term: 'Precondicionamiento sensorial',
		definition:
			'Un diseño de aprendizaje en el que primero se vinculan entre sí dos cosas neutras y solo después una de ellas se empareja con algo que importa. Si entonces la otra adquiere también ese significado, es que el vínculo anterior lo ha transmitido.'
	},
	reactivation: {
		term: 'Reactivación',
		definition:
			'El regreso del patrón de actividad de una memoria cuando se presenta una parte de ella como señal. Ver una mitad de un par aprendido puede hacer que el cerebro recupere el patrón de la otra mitad, aunque no esté en pantalla.'
	},
	rsa: {
		term: 'Similitud representacional',
		definition:
			'Una forma de analizar los datos de RMf que compara el patrón de actividad en muchos pequeños volúmenes cerebrales entre dos momentos. Una similitud alta significa que el cerebro estaba en un estado parecido, por ejemplo recreando una experiencia anterior.'
	}
};
