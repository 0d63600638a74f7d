/** The astrocytes quiz in Spanish: quiz.ts translated, same questions in the same order, same correct answers. */
import type { Question } from './quiz';

export const quiz: Question[] = [
	{
		question: 'Tras una extinción eficaz, un ratón apenas se inmoviliza ante el tono. ¿Qué le ha pasado a la memoria del miedo original?',
		choices: [
			{
				text: 'Se ha borrado y no la ha sustituido nada.',
				feedback:
					'Si se hubiera borrado, el miedo no podría volver cuando el tono aparece en otro lugar. La renovación muestra que sí puede: la memoria antigua sigue ahí.'
			},
			{
				text: 'Sigue almacenada, pero una memoria de seguridad más reciente compite con ella y suele imponerse en el contexto de la extinción.',
				correct: true,
				feedback:
					'La extinción añade aprendizaje en lugar de borrarlo. Por eso el miedo puede volver en un lugar nuevo (renovación), y por eso también la señal de los astrocitos reapareció en la renovación.'
			},
			{
				text: 'El ratón ya no puede oír el tono.',
				feedback:
					'La audición no cambia. El tono sigue provocando respuestas en la amígdala; lo que cambia es lo que el animal ha aprendido que predice.'
			}
		]
	},
	{
		question: 'hM3Dq redujo el congelamiento y hM4Di lo aumentó. ¿Qué tenían en común las dos manipulaciones?',
		choices: [
			{
				text: 'Ambas elevaron el calcio de los astrocitos durante la extinción.',
				feedback:
					'Solo hM4Di aumentó los transitorios de calcio. hM3Dq provocó un aumento breve seguido de un largo periodo de calma, y suprimió las respuestas relacionadas con el tono.'
			},
			{
				text: 'Ambas perjudicaron la formación de la memoria de extinción.',
				correct: true,
				feedback:
					'Correcto. Efectos opuestos sobre cuánto se inmovilizaban los ratones y, aun así, en ambos grupos la memoria de extinción se formó peor. Una interpretación es que la extinción necesita una señalización astrocitaria en el nivel y el momento adecuados, no simplemente más o menos de ella.'
			},
			{
				text: 'Ninguna cambió la conducta; solo se movió la señal de calcio.',
				feedback:
					'Ambas cambiaron el congelamiento, en los bloques 1 y 2 de la extinción y en la evocación de la extinción, con valores P pequeños.'
			}
		]
	},
	{
		question: '¿Por qué importan los experimentos control sin la descarga o sin el tono para los resultados de calcio?',
		choices: [
			{
				text: 'Muestran que la respuesta de los astrocitos está ligada a lo que el tono ha llegado a significar, no a cualquier sonido ni al movimiento.',
				correct: true,
				feedback:
					'Sí. Sin un peligro aprendido, la actividad astrocitaria relacionada con el tono era mínima, así que la señal no es una simple reacción al ruido, a la inmovilidad o a un artefacto del registro.'
			},
			{
				text: 'Hacen que los valores P sean más pequeños.',
				feedback: 'Los controles no reducen los valores P; descartan otras explicaciones de una señal.'
			},
			{
				text: 'Demuestran que los astrocitos almacenan la memoria.',
				feedback:
					'Ningún control puede demostrarlo. El estudio sostiene que los astrocitos ayudan a las neuronas a construir y actualizar el código, no que guarden ellos mismos la memoria.'
			}
		]
	},
	{
		question: 'En la demostración de decodificación, reduces a la mitad la sintonía de las neuronas con el tono. ¿Qué ocurre?',
		choices: [
			{
				text: 'Nada: con 40 neuronas el decodificador siempre es perfecto.',
				feedback: 'Pruébalo: la precisión baja con todos los tamaños de conjunto, aunque añadir neuronas sigue ayudando.'
			},
			{
				text: 'Cada neurona transmite menos información, y el decodificador necesita más neuronas para alcanzar la misma precisión.',
				correct: true,
				feedback:
					'Correcto. La información por neurona cae más deprisa que la propia sintonía (reducirla a la mitad deja alrededor de un tercio), así que un código más débil le cuesta mucho a la población: la misma dirección que el 0,31 frente a 0,20 que publica el estudio.'
			},
			{
				text: 'Las neuronas dejan de disparar.',
				feedback: 'La actividad basal no cambia; solo se reduce la actividad adicional durante el tono.'
			}
		]
	},
	{
		question: '¿Qué conclusión respalda mejor este estudio?',
		choices: [
			{
				text: 'Los fármacos dirigidos a los astrocitos harán que la terapia de exposición para el TEPT funcione mejor.',
				feedback:
					'Es una hipótesis para trabajos futuros. El estudio usó ratones macho y herramientas virales, y no se probó ningún fármaco dirigido a los astrocitos en personas.'
			},
			{
				text: 'En la amígdala del ratón, la señalización de calcio de los astrocitos ayuda a las neuronas a formar y actualizar el código en el que se basan el miedo y la extinción.',
				correct: true,
				feedback:
					'Sí: la afirmación se refiere a un mecanismo en circuitos de ratón, respaldado por el seguimiento, dos manipulaciones opuestas, la decodificación neuronal y una vía de salida definida.'
			},
			{
				text: 'Son los astrocitos, y no las neuronas, los que almacenan las memorias de miedo.',
				feedback:
					'El estudio no dice eso. Las neuronas siguen transportando el código; los astrocitos influyen en lo bien que lo transportan.'
			}
		]
	}
];
