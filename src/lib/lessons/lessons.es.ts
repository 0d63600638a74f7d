/**
 * The Spanish of lessons.ts: the same plans, steps, minutes and figure ids, for /es/teach/.
 * Plain text, no numbers from the studies, as in English.
 */
import type { Slug } from '$lib/articles';
import type { Lesson } from './lessons';

export const LESSONS: Record<Slug, Lesson> = {
	'astrocytes-fear-extinction': {
		goals: [
			'Describir cómo un tono se convierte en una señal de aviso mediante el condicionamiento del miedo, y por qué la extinción es un nuevo aprendizaje sobre la seguridad y no el borrado del recuerdo de miedo.',
			'Explicar qué son los astrocitos y cómo el estudio observó y modificó sus señales de calcio (técnicas de imagen, receptores DREADD, CalEx).',
			'Interpretar un resultado de decodificación: qué mide la «información por neurona» y por qué una cantidad menor significa un código más borroso del tono.',
			'Distinguir lo que muestra un estudio de circuitos en ratones de las afirmaciones sobre el tratamiento de personas.'
		],
		short: [
			{
				minutes: 2,
				text: 'Pregunta a la clase: a un niño le muerde un perro y, más adelante, juega feliz con perros amistosos. ¿Ha olvidado la mordedura? Recoge las respuestas y luego ponle nombre a la idea: la extinción añade un segundo recuerdo, un recuerdo de seguridad.'
			},
			{
				minutes: 5,
				text: 'Muestra el protocolo y la figura de información por neurona. Por parejas, los estudiantes escriben una frase sobre qué le ocurrió al código de la amígdala para el tono cuando se alteró la señalización de los astrocitos.',
				figures: ['protocol', 'info-per-neuron']
			},
			{
				minutes: 3,
				text: 'Pregunta de salida: nombra una cosa que este estudio en ratones muestra y otra que no muestra sobre la terapia para la ansiedad.'
			}
		],
		long: [
			{
				minutes: 5,
				text: 'Calentamiento sobre las fobias y la terapia de exposición. Presenta la extinción como el aprendizaje de que la señal ya es segura, y la renovación: el miedo puede volver en un lugar nuevo.'
			},
			{
				minutes: 10,
				text: 'Recorre el protocolo paso a paso: tono con descarga, dos días con el tono solo y después las pruebas de evocación y de renovación. Antes de cada fase, los estudiantes predicen cuánta inmovilidad (freezing) mostrarán los ratones.',
				figures: ['protocol']
			},
			{
				minutes: 10,
				text: 'El calcio de los astrocitos sigue el estado de miedo: responde al tono cuando el tono da miedo, disminuye a medida que avanza la extinción y vuelve con la renovación. Comenta con la clase por qué seguir el estado de miedo no basta para demostrar que los astrocitos causen nada.',
				figures: ['protocol']
			},
			{
				minutes: 10,
				text: 'Las manipulaciones: una herramienta quimiogenética redujo la inmovilidad y la otra la aumentó, durante el entrenamiento de extinción y todavía en la prueba de evocación posterior; aun así, los autores concluyen que ambas perjudicaron la formación del recuerdo de extinción. Plantéalo como un enigma antes de explicarlo: ¿cómo pueden suponer un coste dos efectos opuestos sobre el miedo? Después explora la figura del modelo, etiquetada como tal, y subraya que sus curvas son un modelo, no inmovilidad medida, y que la mayoría de sus marcas ✓ se cumplen por los propios supuestos del modelo.',
				figures: ['freezing-contrasts', 'fear-model']
			},
			{
				minutes: 5,
				text: 'El código neuronal: un decodificador extraía menos información sobre el tono de cada neurona de la amígdala, y menos neuronas que proyectan a la corteza respondían al tono. Usa la demostración de decodificación para mostrar cómo crece la precisión con el tamaño del conjunto de neuronas.',
				figures: ['info-per-neuron', 'decoding-demo', 'prelimbic-units']
			},
			{
				minutes: 5,
				text: 'Cierre en grupos pequeños: cada grupo enumera lo que habría que demostrar antes de probar un fármaco dirigido a los astrocitos junto con la terapia de exposición.'
			}
		],
		questions: [
			'Una herramienta hizo que los ratones se inmovilizaran menos y la otra más, incluso en la prueba de evocación; aun así, los autores concluyen que ambas perjudicaron la formación del recuerdo de extinción. ¿Cómo pueden ser ciertas las dos cosas? ¿Qué tendrías que medir para distinguir «menos miedo» de «mejor extinción»? ¿Y el resultado apunta a cuánto calcio hay en los astrocitos o a cuándo se produce?',
			'Cuando se alteraron los astrocitos, un decodificador podía extraer menos información sobre el tono de cada neurona, y los ratones se inmovilizaron menos. ¿Por qué un código más débil podría llevar a menos miedo en lugar de a más?',
			'El estudio usó ratones macho, herramientas víricas y ópticas implantadas. ¿Qué tendría que cumplirse antes de que sus resultados pudieran cambiar el tratamiento de las personas con TEPT?'
		],
		misconceptions: [
			{
				claim: 'La extinción borra el recuerdo de miedo.',
				correction:
					'Añade un recuerdo de seguridad que compite con él. El miedo antiguo puede volver en otro contexto o con el paso del tiempo, y por eso se pone a prueba la renovación.'
			},
			{
				claim: 'Los astrocitos son células de soporte pasivas.',
				correction:
					'Aquí sus señales de calcio siguieron el estado de miedo del animal, y alterarlas cambió tanto la conducta como el código de las neuronas para el tono.'
			},
			{
				claim: 'Una herramienta enciende los astrocitos y la otra los apaga.',
				correction:
					'En este estudio, la herramienta hM3Dq produjo una breve oleada de calcio seguida de un largo periodo de calma, mientras que hM4Di aumentó los eventos de calcio: ambas alteraron el patrón normal de las señales de calcio, de maneras distintas.'
			},
			{
				claim: 'El estudio muestra un nuevo tratamiento para el TEPT.',
				correction:
					'Aporta evidencia causal sobre circuitos de la amígdala del ratón. Señala un mecanismo que merece estudiarse, no una terapia probada.'
			}
		]
	},
	'inhibitory-plasticity': {
		goals: [
			'Explicar el equilibrio entre excitación e inhibición y por qué una excitación sin control es un problema para una red.',
			'Describir una regla de aprendizaje para las sinapsis inhibitorias (según Vogels y sus colegas, 2011): la inhibición sobre una célula crece cuando la célula dispara por encima de una frecuencia objetivo y mengua cuando dispara por debajo.',
			'Explicar cómo la inhibición plástica, una breve ventana de desinhibición y una señal neuromoduladora pueden permitir que una vía relevante gane mientras una rival queda contenida.',
			'Usar un modelo para predecir, y después comprobar, cómo cambia el resultado al modificar un parámetro.'
		],
		short: [
			{
				minutes: 2,
				text: 'Analogía: alguien que modera un debate y hace callar a quien habla demasiado, sin silenciar a toda la clase. Pregunta qué pasaría sin nadie que moderara, o con alguien que silenciara a todo el mundo.'
			},
			{
				minutes: 6,
				text: 'Abre la figura de la red. Pon a cero la tasa de aprendizaje inhibitorio y observa cómo la salida sube muy por encima de su objetivo; vuelve a subirla y observa cómo la salida se estabiliza en el objetivo. Después abre la ventana de desinhibición y observa cómo la vía relevante se adelanta a su rival.',
				figures: ['network']
			},
			{
				minutes: 2,
				text: 'Cada estudiante escribe una frase: ¿qué «aprende» una sinapsis inhibitoria en este modelo?'
			}
		],
		long: [
			{
				minutes: 5,
				text: 'Neuronas excitadoras e inhibitorias: qué hace cada una y qué aspecto tiene la actividad desbocada cuando falla la inhibición.'
			},
			{
				minutes: 10,
				text: 'La regla: si una célula dispara por encima de su frecuencia objetivo, sus entradas inhibitorias activas se fortalecen; por debajo, se debilitan. Los estudiantes predicen dónde acabará la frecuencia antes de ejecutar el modelo y después ponen a prueba su predicción.',
				figures: ['rule', 'network']
			},
			{
				minutes: 10,
				text: 'Competición: una vía relevante y una rival compiten por activar la misma neurona de salida. Cada una tiene sus propias sinapsis inhibitorias, que aprenden a igualar su propia excitación (sintonización conjunta). Usa la ventana de desinhibición y la ganancia de relevancia (que representa una señal neuromoduladora) para mostrar cómo la vía relevante se fortalece y adelanta a la rival.',
				figures: ['network', 'interneurons']
			},
			{
				minutes: 10,
				text: 'Reto en grupos: cada grupo se encarga de un control deslizante y busca un ajuste que rompa la selectividad. Los grupos cuentan qué falló y por qué.'
			},
			{
				minutes: 5,
				text: 'Más allá del modelo: los dos tipos de célula inhibitoria y el circuito que las desinhibe; los periodos críticos del desarrollo, cuando la inhibición, al madurar, abre y luego estrecha una ventana para la reorganización; e ideas (todavía especulativas) para la rehabilitación.',
				figures: ['interneurons']
			},
			{
				minutes: 5,
				text: 'Cierre: ¿en qué ayudó el modelo y qué deja fuera de una corteza real?'
			}
		],
		questions: [
			'¿Por qué podría necesitar un cerebro una inhibición que aprende, en lugar de una cantidad fija de inhibición en todas partes?',
			'En el modelo, ¿qué pasa cuando la inhibición aprende demasiado despacio o demasiado deprisa? ¿Qué aspecto podría tener cada caso en un cerebro real?',
			'Se cree que neuromoduladores como la acetilcolina señalan que algo importa. ¿Cómo podrías comprobar si uno de ellos cambia la plasticidad inhibitoria?'
		],
		misconceptions: [
			{
				claim: 'La inhibición simplemente apaga las neuronas.',
				correction: 'La inhibición determina qué patrones de actividad pasan y cuándo; su fuerza se ajusta con la experiencia.'
			},
			{
				claim: 'Aprender significa fortalecer las sinapsis excitadoras.',
				correction:
					'Las sinapsis inhibitorias también cambian con la experiencia. El ensayo en el que se basa la página va más allá y propone, como hipótesis y no como hallazgo, que los cambios inhibitorios ayudan a decidir qué cambios excitadores perduran; el modelo de la página muestra una forma en que eso podría funcionar.'
			},
			{
				claim: 'Equilibrio significa que la excitación y la inhibición son iguales y fijas.',
				correction:
					'El equilibrio se mantiene de forma activa y puede aflojarse brevemente, en una ventana de desinhibición, para permitir el aprendizaje.'
			},
			{
				claim: 'Las curvas de la página son mediciones.',
				correction:
					'Proceden de un pequeño modelo de frecuencias que se ejecuta en el navegador; el ensayo en el que se basa la página no presenta datos.'
			}
		]
	},
	'emotional-memory-integration': {
		goals: [
			'Describir el diseño de precondicionamiento sensorial: primero parejas neutras de cara y objeto, después las caras con un grito o con una voz neutra, y luego una prueba de memoria por sorpresa.',
			'Explicar un beneficio retroactivo para la memoria: tras un aprendizaje emocional posterior, una asociación anterior y corriente es más fácil de recordar, algo que aquí se observa en los recuerdos de alta confianza.',
			'Explicar la reactivación: durante el aprendizaje emocional, el cerebro recrea en parte el patrón de actividad de la pareja anterior, y la RMf puede detectarlo como similitud de patrones.',
			'Valorar la evidencia: efectos modestos, ninguna prueba de memoria antes del aprendizaje emocional y análisis que los propios autores califican de exploratorios.'
		],
		short: [
			{
				minutes: 2,
				text: 'Pregunta: ¿recuerdas detalles corrientes de justo antes de un suceso emocionante o angustioso? ¿Por qué podría conservarlos un cerebro?'
			},
			{
				minutes: 6,
				text: 'Muestra el diagrama del diseño y después el modelo de reactivación. Sube la ganancia emocional y observa cómo las parejas aversivas se adelantan a las neutras; luego pon la reactivación a cero y observa cómo esa ventaja casi desaparece (lo que queda es la suerte de qué parejas cayeron en cada grupo), sea cual sea la ganancia.',
				figures: ['design', 'model']
			},
			{
				minutes: 2,
				text: 'Predicción rápida: ¿qué debería pasar si el grito llegara antes de aprender las parejas neutras?'
			}
		],
		long: [
			{
				minutes: 5,
				text: 'Gancho: el recuerdo de un momento corriente que más tarde cobró importancia. Presenta la idea de que los recuerdos pueden cambiar después de formarse.'
			},
			{
				minutes: 10,
				text: 'Reproduce el diseño como demostración en clase con estímulos inofensivos: muestra parejas de imágenes, luego vuelve a mostrar algunas de las primeras imágenes con un borde de color (sin sonidos desagradables) y después haz la prueba. Compáralo con las tres fases del estudio.',
				figures: ['design']
			},
			{
				minutes: 10,
				text: 'Resultados: las parejas cuya cara se oyó después con un grito se recordaron mejor entre las respuestas de alta confianza; entre las respuestas inseguras no hubo tal beneficio, y en uno de los estudios las parejas neutras salieron mejor paradas. Comenta por qué importa separar las respuestas según la confianza.',
				figures: ['behaviour']
			},
			{
				minutes: 10,
				text: 'Mecanismo: reactivación en el hipocampo y la corteza visual, y un acoplamiento más fuerte del hipocampo con la amígdala y la corteza visual en los ensayos con grito (que sea la amígdala la que lo impulsa es la hipótesis de los autores). Explora los controles de ganancia emocional y de reactivación del modelo, y pregunta qué no reproduce el modelo.',
				figures: ['network', 'model']
			},
			{
				minutes: 5,
				text: 'Límites: la memoria no se evaluó antes de la fase emocional, los efectos son modestos y algunos análisis cerebrales fueron exploratorios.'
			},
			{
				minutes: 5,
				text: 'Tarjeta de salida: explica en dos frases cómo un grito podría ayudarte a recordar una pareja de cara y objeto que viste antes.'
			}
		],
		questions: [
			'¿Por qué podría ser útil para un cerebro reforzar los recuerdos de sucesos corrientes que ocurrieron justo antes de algo importante?',
			'El beneficio apareció en las respuestas de alta confianza, pero no en las de baja confianza. ¿Qué podría decir eso sobre el tipo de memoria que salió beneficiada?',
			'La memoria no se evaluó antes de la fase emocional. ¿Cómo cambiarías el diseño para saber si el aprendizaje emocional mejoró los recuerdos neutros o solo los protegió?'
		],
		misconceptions: [
			{
				claim: 'La emoción solo refuerza el recuerdo del propio momento emocional.',
				correction:
					'Puede actuar hacia atrás: asociaciones neutras anteriores que comparten un elemento con el suceso emocional resultaron más fáciles de recordar después.'
			},
			{
				claim: 'Una vez formado, un recuerdo se queda tal como está.',
				correction:
					'Aquí, una asociación aprendida minutos antes fue más fácil de recordar cuando lo que vino después daba miedo. (La memoria solo se evaluó una vez, al final, así que el estudio no puede decir si la huella en sí se hizo más fuerte.)'
			},
			{
				claim: 'Los escáneres cerebrales muestran un recuerdo que se reproduce como una película.',
				correction:
					'La RMf muestra patrones de actividad que se vuelven más parecidos a otros anteriores: un signo indirecto de reactivación, no una grabación del contenido.'
			},
			{
				claim: 'El grito mejoró mucho la memoria.',
				correction: 'El beneficio apareció en los tres estudios, pero fue pequeño, y solo en los recuerdos de alta confianza.'
			}
		]
	},
	'intrinsic-excitability': {
		goals: [
			'Definir la excitabilidad intrínseca (umbral, resistencia de entrada, posthiperpolarización) y distinguirla de la fuerza sináptica.',
			'Explicar la asignación de la memoria: las neuronas más excitables en el momento del aprendizaje tienen más probabilidades de entrar en la huella de memoria.',
			'Explicar por qué dos eventos cercanos en el tiempo pueden compartir neuronas y cómo eso vincula los recuerdos.',
			'Describir cómo la plasticidad intrínseca y un umbral deslizante mantienen el disparo de una neurona en un rango útil mientras sus sinapsis cambian.'
		],
		short: [
			{
				minutes: 2,
				text: 'Analogía: el profesor hace una pregunta y les toca responder a los estudiantes que ya tienen la mano medio levantada. La excitabilidad es la mano medio levantada.'
			},
			{
				minutes: 6,
				text: 'Abre la figura de asignación y sube el refuerzo de excitabilidad: las células reforzadas ganan mucho más a menudo. Después abre la figura de vinculación y acorta el tiempo entre dos eventos: los recuerdos comparten más células.',
				figures: ['allocation', 'linking']
			},
			{
				minutes: 2,
				text: 'Los estudiantes completan la frase: «Qué neuronas almacenan un recuerdo depende de…».'
			}
		],
		long: [
			{
				minutes: 5,
				text: 'Una neurona: mueve su umbral, su resistencia de entrada y su posthiperpolarización, y observa con qué facilidad dispara en comparación con una célula de referencia.',
				figures: ['excitability']
			},
			{
				minutes: 10,
				text: 'Asignación: una población compite por almacenar un evento. Los estudiantes predicen cómo depende del refuerzo la probabilidad de entrar, después lo comprueban y lo comparan con el azar.',
				figures: ['allocation']
			},
			{
				minutes: 10,
				text: 'Vinculación: la excitabilidad que deja un recuerdo sesga dónde se almacena el siguiente. Varía el intervalo entre eventos y representa el solapamiento.',
				figures: ['linking']
			},
			{
				minutes: 10,
				text: 'Mantener el disparo dentro de un rango: la plasticidad intrínseca devuelve el disparo a un objetivo después de que cambien las sinapsis, y un umbral deslizante convierte una historia de mucha actividad en debilitamiento en lugar de fortalecimiento.',
				figures: ['gain-control', 'sliding-threshold']
			},
			{
				minutes: 5,
				text: 'Discusión por parejas con las preguntas de abajo.'
			},
			{
				minutes: 5,
				text: 'Tarjeta de salida: una forma en que la excitabilidad y las sinapsis trabajan juntas y otra en que se diferencian.'
			}
		],
		questions: [
			'Si la excitabilidad decide qué neuronas almacenan un recuerdo, ¿se podría dirigir un recuerdo hacia neuronas elegidas? ¿Qué podría salir mal?',
			'Vincular recuerdos que ocurren cerca en el tiempo puede ayudar y puede perjudicar. Da un ejemplo de cada caso.',
			'¿Por qué necesitaría una neurona un mecanismo que devuelva su disparo hacia un objetivo después de que sus sinapsis hayan cambiado?'
		],
		misconceptions: [
			{
				claim: 'Los recuerdos se almacenan solo en las sinapsis.',
				correction:
					'La excitabilidad propia de una neurona también cambia con el aprendizaje, y ayuda a decidir qué neuronas entran en la huella.'
			},
			{
				claim: 'Las neuronas se eligen para un recuerdo solo por sus entradas.',
				correction:
					'Experimentos en ratones encontraron que la excitabilidad relativa justo antes del aprendizaje sesga qué neuronas se reclutan.'
			},
			{
				claim: 'Más excitable siempre es mejor.',
				correction:
					'Demasiada excitabilidad conlleva el riesgo de un disparo desbocado; los mecanismos homeostáticos devuelven la actividad a su rango.'
			},
			{
				claim: 'Cada recuerdo tiene su propio conjunto de neuronas, separado de los demás.',
				correction: 'Los recuerdos formados cerca en el tiempo pueden compartir neuronas, lo que los vincula.'
			}
		]
	}
};
