/** The Spanish of quiz.ts (same order, same correct answers), for the /es/ page. */
import type { Question } from './quiz';

export const quiz: Question[] = [
	{
		question:
			'Una neurona de salida dispara a 8 Hz y su frecuencia objetivo ρ₀ es de 3 Hz. ¿Qué hace la regla inhibitoria con las sinapsis de las entradas inhibitorias que están activas en este momento?',
		choices: [
			{
				text: 'Las debilita, para que la neurona pueda disparar más.',
				feedback:
					'Eso es lo que ocurre por debajo del objetivo. Aquí la neurona está demasiado activa, así que la regla añade inhibición, no la quita.'
			},
			{
				text: 'Las fortalece, en proporción a lo activa que esté cada entrada.',
				correct: true,
				feedback:
					'Correcto. Por encima de ρ₀ crece toda sinapsis inhibitoria activa, y las entradas más activas crecen más deprisa. Las entradas en silencio no cambian.'
			},
			{
				text: 'Nada: a la regla solo le importa el momento de las espigas, no las frecuencias.',
				feedback:
					'La versión con espigas se formula en términos del momento de las espigas, pero, promediada en el tiempo, actúa sobre las frecuencias como muestra la curva, de forma exacta cuando las espigas de la entrada y las de la diana no están correlacionadas; las correlaciones entre ambas añaden un término adicional.'
			}
		]
	},
	{
		question: 'Tras el aprendizaje, la inhibición del modelo es más fuerte en las mismas vías que llevan más excitación. ¿Por qué?',
		choices: [
			{
				text: 'Porque los pesos inhibitorios se configuraron así desde el principio.',
				feedback:
					'Empezaron planos. Pulsa Reiniciar y observa la gráfica «E/I por vía»: la correspondencia se desarrolla durante la simulación.'
			},
			{
				text: 'Porque cada vía está activa en sus propios momentos y, siempre que una vía muy excitadora lleva la salida por encima del objetivo, son sus propias sinapsis inhibitorias las que crecen.',
				correct: true,
				feedback:
					'Sí. La regla atribuye el mérito a las entradas que estaban activas cuando la salida era demasiado alta. Como las vías se turnan, eso ordena la inhibición vía a vía: equilibrio detallado. Pon el contraste a cero y la correspondencia desaparece.'
			},
			{
				text: 'Porque las sinapsis excitadoras copian a las inhibitorias.',
				feedback:
					'En la primera fase del modelo los pesos excitadores no cambian en absoluto; toda la variación corre a cargo de la inhibición.'
			}
		]
	},
	{
		question:
			'En el modelo, la vía relevante adelanta a su rival solo cuando coinciden una ventana de desinhibición y una señal de relevancia. ¿Qué aporta cada una?',
		choices: [
			{
				text: 'La ventana deja que la salida suba lo suficiente para que se fortalezcan las sinapsis excitadoras; la señal de relevancia decide qué vía activa se lleva el mérito.',
				correct: true,
				feedback:
					'Correcto. Sin la ventana, la inhibición equilibrada mantiene la salida por debajo del umbral de potenciación. Sin relevancia, la ventana premia a la vía que ya era fuerte.'
			},
			{
				text: 'La ventana elige la vía relevante; la señal de relevancia aporta la energía para crecer.',
				feedback:
					'La ventana es la misma para todas las vías: reduce a la mitad toda la inhibición. La selectividad viene del neuromodulador, que llega cuando la vía relevante está activa.'
			},
			{
				text: 'Bastaría con cualquiera de las dos; juntas solo aceleran las cosas.',
				feedback:
					'Pruébalo: pon la ganancia de relevancia a cero, o la duración de la ventana a cero. En ambos casos la vía relevante se queda por detrás de su rival.'
			}
		]
	}
];
