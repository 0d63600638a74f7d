/**
 * The Spanish of tips-notes.ts `simplifies` (what each model or drawing leaves out), by article and
 * figure; the misconceptions come from the Spanish lesson plans (lessons.es.ts, same order).
 */
export const SIMPLIFIES_ES: Record<string, Record<string, string>> = {
	'astrocytes-fear-extinction': {
		'fear-model':
			'Es nuestro modelo didáctico, no el del estudio: una asociación de miedo (Rescorla-Wagner) y una asociación de seguridad que depende del contexto, más tres supuestos explícitos sobre los astrocitos. El ajuste del fármaco actúa solo en los dos días de extinción, y los porcentajes son resultados del modelo, no los valores de inmovilidad del estudio.',
		'decoding-demo':
			'Neuronas simuladas que disparan espigas de Poisson, algo más rápido durante el tono, con una sola ganancia de sintonía para todas y un decodificador de observador ideal. Solo muestra la dirección del efecto publicado.'
	},
	'inhibitory-plasticity': {
		rule: 'La forma de la regla en frecuencias: una sinapsis cambia según la actividad de su entrada multiplicada por la diferencia entre la frecuencia de salida y el objetivo ρ₀. La versión con espigas actúa sobre el momento de cada espiga; promediada en el tiempo da esta curva.',
		network:
			'Una neurona de salida y unas pocas vías, cada una con excitación y su inhibición correspondiente; la inhibición de una vía es un único número, mientras que la corteza usa varios tipos de interneuronas. Segundos de modelo: un mecanismo, no un ajuste a datos.',
		interneurons:
			'Un dibujo, no a escala. El modelo de frecuencias agrupa toda la inhibición de una vía en una sola proyección, y su ventana de desinhibición representa una ruta (de VIP a células SST) de las varias que se han encontrado en la corteza.',
		'spiking-network':
			'Neuronas de integración y disparo con fugas, un 80\u00a0% excitatorias y un 20\u00a0% inhibitorias, todas con el mismo estímulo constante y entradas aleatorias; solo aprenden las sinapsis inhibitorias sobre células excitatorias, tras un primer segundo en el que están en silencio.',
		'memory-assembly':
			'Una décima parte de las células excitatorias se convierte en un ensamble multiplicando las sinapsis entre ellas; la señal es una corriente extra a la mitad de ellas. Por defecto la red es más pequeña que la del artículo, y su velocidad está limitada para que puedas seguirla.'
	},
	'emotional-memory-integration': {
		design: 'Un dibujo del diseño: las caras y los objetos sustituyen a las fotografías del estudio.',
		network:
			'Un esquema, no un mapa del cerebro: las posiciones se disponen para que se lea con claridad y el grosor de las líneas solo indica la dirección de los cambios publicados.',
		model:
			'Un modelo didáctico, no ajustado a los datos del estudio: las fuerzas están en unidades arbitrarias, se reutilizan los mismos pares simulados al mover los controles y se deja fuera la reorganización durante el reposo.'
	},
	'intrinsic-excitability': {
		excitability:
			'Una célula de integración y disparo con fugas: solo conserva el momento de las espigas, no su forma; con posthiperpolarización, la frecuencia mostrada es la frecuencia estable tras la adaptación.',
		allocation:
			'El estímulo de cada célula en un evento es un número aleatorio más el refuerzo de las células reforzadas, y la inhibición deja disparar solo a las células más estimuladas, que se unen al engrama.',
		linking:
			'Tras el primer evento, sus células del engrama conservan una excitabilidad extra que se desvanece de forma exponencial; el segundo evento se asigna mediante la misma competencia que en la figura de asignación.',
		'gain-control':
			'La salida de la célula es una sigmoide de su entrada, y la regla de Triesch desplaza la pendiente y la posición de la sigmoide para que sus salidas sigan una distribución exponencial cuya media es un objetivo.',
		'sliding-threshold':
			'La regla de Bienenstock-Cooper-Munro para una sinapsis: el umbral entre reforzar y debilitar se desplaza con el cuadrado de la actividad media reciente de la célula.'
	}
};
