/** The astrocytes glossary in Spanish: the same keys as ../astrocytes-fear-extinction.ts, shown by <Term>. */
import type { Glossary } from '../types';

export const glossary: Glossary = {
	bla: {
		term: 'Amígdala basolateral (ABL)',
		definition:
			'Región situada en la profundidad del lóbulo temporal donde una señal neutra pasa a asociarse con el peligro. Sus neuronas cambian su respuesta a un tono después de que ese tono haya predicho una descarga.'
	},
	astrocyte: {
		term: 'Astrocito',
		definition:
			'Célula glial con forma de estrella. Un astrocito envuelve con sus finas ramificaciones muchísimas sinapsis, regula la química a su alrededor y se comunica mediante aumentos lentos de calcio en lugar de impulsos eléctricos.'
	},
	calex: {
		term: 'CalEx',
		definition:
			'Abreviatura en inglés de «extrusión de calcio»: una herramienta que hace que los astrocitos bombeen calcio fuera de la célula de forma continua, aplanando sus señales de calcio mientras se exprese.'
	},
	cno: {
		term: 'CNO (clozapina-N-óxido)',
		definition:
			'El fármaco de diseño que activa los receptores DREADD. No es del todo inerte: en el organismo una parte vuelve a transformarse en clozapina, que actúa sobre los receptores propios del cerebro. Por eso los estudios administran CNO también a ratones control sin el receptor, para comprobar que el fármaco por sí solo no explica un efecto.'
	},
	freezing: {
		term: 'Congelamiento',
		definition:
			'Inmovilidad total salvo la respiración: la medida habitual del miedo en ratones, que se puntúa como la proporción del tiempo en que el animal permanece inmóvil.'
	},
	prelimbic: {
		term: 'Corteza prelímbica',
		definition:
			'Parte de la corteza prefrontal medial de los roedores. Recibe aferencias de la ABL y contribuye a la expresión del miedo, por ejemplo al congelamiento.'
	},
	decoder: {
		term: 'Decodificador',
		definition:
			'Una lectura estadística que adivina algo sobre el mundo (¿sonaba el tono?) a partir de la actividad registrada. La frecuencia con la que acierta mide cuánta información contiene esa actividad.'
	},
	dreadd: {
		term: 'DREADD',
		definition:
			'Siglas en inglés de «receptor de diseño activado exclusivamente por fármacos de diseño»: un receptor modificado que se introduce en células concretas y responde a un fármaco de diseño como la CNO, y no a las señales propias del organismo, de modo que el investigador puede activar la señalización en esas células.'
	},
	cs: {
		term: 'Estímulo condicionado (EC)',
		definition:
			'Una señal que al principio es neutra, aquí un tono, y que llega a predecir algo importante porque se ha presentado emparejada con ello.'
	},
	us: {
		term: 'Estímulo incondicionado (EI)',
		definition: 'Algo que desencadena una respuesta sin ningún aprendizaje previo, aquí una descarga eléctrica en las patas.'
	},
	extinction: {
		term: 'Extinción',
		definition:
			'Aprender que una señal temida es ahora segura, al encontrarla una y otra vez sin que ocurra nada malo. Añade una nueva memoria de seguridad; la memoria del miedo original permanece.'
	},
	phototagging: {
		term: 'Fotoetiquetado',
		definition:
			'Dotar a un grupo de neuronas (aquí, las que proyectan a la corteza prelímbica) de un canal sensible a la luz, de modo que un destello de luz identifica qué células registradas pertenecen a ese grupo.'
	},
	gcamp: {
		term: 'GCaMP6f',
		definition:
			'Un sensor de calcio codificado genéticamente: una proteína que brilla con más intensidad cuando se le une el calcio, de modo que puede filmarse la actividad de calcio en células concretas.'
	},
	hm3dq: {
		term: 'hM3Dq',
		definition:
			'Un DREADD acoplado a la vía Gq, que normalmente eleva el calcio dentro de la célula. En estos astrocitos provocó un breve aumento brusco de calcio seguido de un largo periodo de calma.'
	},
	hm4di: {
		term: 'hM4Di',
		definition:
			'Un DREADD acoplado a la vía Gi. En las neuronas suele reducir la actividad; en estos astrocitos de la ABL aumentó los transitorios de calcio.'
	},
	renewal: {
		term: 'Renovación',
		definition:
			'El regreso de un miedo extinguido cuando la señal aparece fuera del lugar (el contexto) en el que se aprendió la extinción.'
	}
};
