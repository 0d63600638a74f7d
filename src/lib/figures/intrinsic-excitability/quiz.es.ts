/** The Spanish of quiz.ts (same order, same correct answers), for the /es/ page. */
import type { Question } from './quiz';

export const quiz: Question[] = [
	{
		question: 'Un fármaco baja el umbral de disparo de una neurona pero no toca ninguna de sus sinapsis. ¿Qué le pasa a su curva f-I?',
		choices: [
			{
				text: 'Se desplaza a la izquierda: la célula empieza a disparar con una corriente menor y dispara más rápido con cualquier corriente dada.',
				correct: true,
				feedback:
					'Hay que subir menos voltaje desde el reposo hasta el umbral, así que la reobase baja y cualquier corriente por encima de ella da una frecuencia mayor.'
			},
			{
				text: 'No cambia nada, porque las sinapsis son las mismas.',
				feedback:
					'Las sinapsis determinan cuánta corriente llega; el umbral determina qué hace la célula con ella. Prueba el control del umbral en la primera figura.'
			},
			{
				text: 'Se desplaza a la derecha: un umbral más bajo hace que a la célula le cueste más disparar.',
				feedback: 'Un umbral más bajo está más cerca del voltaje de reposo, así que es más fácil de alcanzar, no más difícil.'
			}
		]
	},
	{
		question:
			'En el modelo de asignación, una décima parte de las células recibe un refuerzo y el engrama mantiene su tamaño. ¿Qué les pasa a las células sin refuerzo?',
		choices: [
			{
				text: 'Su probabilidad de entrar cae por debajo del azar, porque las células reforzadas ocupan puestos que ellas habrían ganado.',
				correct: true,
				feedback:
					'La inhibición fija cuántas células pueden ganar. Cada puesto extra que gana una célula reforzada es uno menos para las demás: la competición es de suma cero.'
			},
			{
				text: 'Su probabilidad se queda en k/N: el refuerzo solo afecta a las células reforzadas.',
				feedback:
					'Mira la línea inferior de la gráfica de asignación: a medida que crece el refuerzo, baja por debajo de la línea del azar.'
			},
			{
				text: 'También entran más a menudo, porque toda la red está más activa.',
				feedback:
					'En este modelo la inhibición lateral limita el tamaño del engrama, así que la red en su conjunto no puede volverse más activa.'
			}
		]
	},
	{
		question:
			'Dos eventos ocurren con unas pocas horas de diferencia, y otros dos con una semana de diferencia. ¿Qué pareja tiene más probabilidades de compartir células del engrama, y por qué?',
		choices: [
			{
				text: 'La pareja separada por unas pocas horas: las células del primer engrama siguen siendo más excitables y ganan la segunda competición más a menudo.',
				correct: true,
				feedback:
					'Esta es la explicación de la vinculación de recuerdos basada en la asignación, y la dirección que encontraron Cai y sus colegas en la región CA1 del ratón.'
			},
			{
				text: 'Las dos parejas por igual: qué células almacenan un recuerdo es cuestión de azar.',
				feedback:
					'La asignación solo parece aleatoria cuando la excitabilidad residual se ha desvanecido. Mueve el control del intervalo entre eventos en la figura de vinculación.'
			},
			{
				text: 'La pareja separada por una semana: más tiempo permite que el primer recuerdo se extienda a más células.',
				feedback:
					'En el modelo el primer engrama no crece; su ventaja inicial se desvanece, así que un evento posterior comparte menos células con él.'
			}
		]
	},
	{
		question:
			'El aprendizaje ha fortalecido muchas de las sinapsis de una neurona, que ahora dispara demasiado. ¿Qué hace la plasticidad intrínseca del tipo de la regla de Triesch?',
		choices: [
			{
				text: 'Reduce la excitabilidad de la célula (eleva su umbral) hasta que la salida media vuelve a estar cerca de su objetivo.',
				correct: true,
				feedback: 'El patrón sináptico se conserva, pero la ganancia global de la célula baja: un termostato, no una goma de borrar.'
			},
			{
				text: 'Debilita las sinapsis fortalecidas hasta devolverlas a su estado anterior.',
				feedback:
					'Eso borraría lo aprendido. En el modelo la entrada sináptica sigue duplicada; solo cambian el umbral y la pendiente propios de la célula.'
			},
			{
				text: 'Nada: la excitabilidad solo aumenta con el aprendizaje.',
				feedback:
					'La excitabilidad puede moverse en ambos sentidos. En la figura de control de ganancia, el umbral sube cuando la entrada crece y baja cuando disminuye.'
			}
		]
	}
];
