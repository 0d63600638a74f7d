/** The emotional-memory-integration quiz in Spanish: quiz.ts translated, same questions in the same order, same correct answers. */
import type { Question } from './quiz';

export const questions: Question[] = [
	{
		question: 'En la fase de aprendizaje emocional, ¿qué vieron y oyeron los participantes?',
		choices: [
			{
				text: 'Cada par cara–objeto de nuevo, seguido de un grito o de una voz neutra.',
				feedback:
					'Los objetos nunca se mostraron en esta fase. Esa es la clave del diseño: cualquier beneficio para los objetos tiene que viajar a través de la memoria.'
			},
			{
				text: 'Cada cara sola y después la misma cara con un grito o con una voz neutra.',
				correct: true,
				feedback:
					'Solo volvieron las caras. Los objetos con los que se habían emparejado antes solo podían intervenir si el cerebro los traía de nuevo a la mente.'
			},
			{
				text: 'Los objetos solos, emparejados con descargas eléctricas leves.',
				feedback: 'No se usó ninguna descarga; el suceso desagradable era un breve grito grabado, y los objetos no aparecían.'
			}
		]
	},
	{
		question: '¿Por qué el nivel de azar de la prueba de memoria es del 52 % y no del 25 %?',
		choices: [
			{
				text: 'Porque la mitad de las caras se habían emparejado con gritos.',
				feedback: 'La condición emocional no cambia cuántas respuestas acierta alguien que adivina.'
			},
			{
				text: 'Porque en cada pantalla se emparejan cuatro caras con cuatro objetos, así que cada elección reduce las opciones que quedan para las demás.',
				correct: true,
				feedback:
					'Con cuatro opciones, luego tres, luego dos y luego una, alguien que solo adivina acierta de media (1/4 + 1/3 + 1/2 + 1) / 4, alrededor del 52 %.'
			},
			{
				text: 'Porque la gente recuerda más o menos la mitad de lo que aprende.',
				feedback: 'El azar es lo que se acertaría solo adivinando, calculado a partir del formato de la prueba, no de la memoria.'
			}
		]
	},
	{
		question: '¿Dónde apareció en la conducta el beneficio del grito?',
		choices: [
			{
				text: 'En todas las respuestas, tanto si los participantes estaban seguros como si no.',
				feedback:
					'Las respuestas de baja confianza no mostraron ningún beneficio, y en el Estudio 3 incluso favorecieron a los pares neutros.'
			},
			{
				text: 'En la memoria con confianza alta, y sobre todo en los pares que se habían imaginado de forma vívida al principio.',
				correct: true,
				feedback:
					'Solo las respuestas seguras superaron el azar. Entre ellas, la ventaja aversiva fue significativa para los pares vívidos en los tres estudios y no significativa para los menos vívidos (una prueba que no llega a ser significativa no demuestra que no hubiera efecto).'
			},
			{
				text: 'Solo en la memoria de las propias caras.',
				feedback:
					'La memoria de las caras (antigua o nueva) no mostró ningún efecto de la emoción; el beneficio estaba en qué objeto iba con qué cara.'
			}
		]
	},
	{
		question: 'En el modelo, pones la intensidad de la reactivación a cero y subes la ganancia emocional al máximo. ¿Qué ocurre y por qué?',
		choices: [
			{
				text: 'Los pares aversivos se recuerdan mucho mejor, porque la ganancia es alta.',
				feedback: 'Pruébalo: la ganancia multiplica la coactivación del par, y sin reactivación no hay nada que multiplicar.'
			},
			{
				text: 'Nada: los pares aversivos y los neutros se quedan igual, porque el par anterior nunca vuelve a activarse para reforzarse.',
				correct: true,
				feedback:
					'En el modelo, la emoción solo puede llegar hasta una memoria que vuelve a estar activa. El estudio apunta en la misma dirección (las personas cuyo hipocampo reactivaba más los pares aversivos recordaban más de ellos), pero el modelo no reproduce su contraste: en el modelo la reactivación va unida al recuerdo igual de fuerte en los pares neutros, mientras que en el estudio no era así.'
			},
			{
				text: 'Los pares neutros empeoran, porque el grito les roba la atención.',
				feedback: 'En el modelo los pares neutros no dependen de la ganancia; sin reactivación, simplemente conservan su fuerza inicial.'
			}
		]
	},
	{
		question: '¿Cuál de estas es una limitación que señalan los propios autores?',
		choices: [
			{
				text: 'La memoria no se evaluó antes del aprendizaje emocional, así que el beneficio podría reflejar en parte que el aprendizaje emocional sobrescribió el primero.',
				correct: true,
				feedback:
					'Correcto. Sin una prueba intermedia, el estudio no puede decir exactamente cómo cambió la memoria entre antes y después de la fase emocional.'
			},
			{ text: 'El estudio solo se hizo con ratas.', feedback: 'Todos los participantes eran estudiantes universitarios sanos.' },
			{
				text: 'El efecto apareció solo en uno de los tres estudios.',
				feedback: 'El beneficio con confianza alta apareció en los tres, incluida una replicación independiente.'
			}
		]
	}
];
