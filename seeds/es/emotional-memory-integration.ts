/**
 * seeds/emotional-memory-integration.ts in Spanish: labels and sample notes (the numbers stay in the
 * seed; every `where` here is a section of the paper, translated by placeInPaper).
 */
import type { SeedTranslation } from '../types';

export const translation: SeedTranslation = {
	facts: {
		'n-total': { label: 'Participantes en los tres estudios' },
		'n-study1': { label: 'Muestra del Estudio 1 (conductual, Pekín)' },
		'n-study2': { label: 'Muestra del Estudio 2 (replicación independiente, Xinyang)' },
		'n-study3': { label: 'Muestra del Estudio 3 (RMf) tras las exclusiones' },
		'n-study3-recruited': { label: 'Participantes reclutados en el Estudio 3' },
		'n-study3-excluded': { label: 'Participantes excluidos del Estudio 3 (dos se durmieron, uno con memoria casi nula)' },
		pairs: { label: 'Pares cara–objeto que aprendió cada participante' },
		'faces-total': { label: 'Caras chinas del conjunto de estímulos (la mitad, usadas como distractores en la prueba de ítems)' },
		objects: { label: 'Objetos cotidianos neutros' },
		'aversive-faces': { label: 'Caras emparejadas con un grito en el aprendizaje emocional' },
		'neutral-faces': { label: 'Caras emparejadas con una voz neutra en el aprendizaje emocional' },
		'voice-clips': { label: 'Clips de voz femenina (dos gritos, dos sonidos neutros)' },
		'voice-duration': { label: 'Duración de cada clip de voz' },
		'pair-duration': { label: 'Aprendizaje inicial: tiempo en pantalla de cada par cara–objeto' },
		'rating-duration': { label: 'Tiempo para cada valoración de viveza' },
		'rating-scale': { label: 'Puntos de las escalas de viveza y de confianza' },
		repetitions: { label: 'Veces que se mostró cada par en el aprendizaje inicial' },
		'run-minutes': { label: 'Duración de cada una de las dos tandas de aprendizaje inicial' },
		'cue-duration': { label: 'Aprendizaje emocional: la cara se muestra sola antes de la voz' },
		'face-voice-duration': { label: 'Aprendizaje emocional: la cara se muestra junto con su voz' },
		'emotional-minutes': { label: 'Duración de la fase de aprendizaje emocional (72 ensayos, una vez cada uno)' },
		'delay-minutes': { label: 'Demora entre el aprendizaje emocional y la prueba sorpresa' },
		'test-screens': { label: 'Pantallas de la prueba de memoria asociativa' },
		'test-per-screen': { label: 'Caras (y objetos) en cada pantalla de la prueba' },
		chance: { label: 'Acierto por azar al emparejar cuatro caras con cuatro objetos: (1/4 + 1/3 + 1/2 + 1) / 4' },
		'rest-minutes': { label: 'Estudio 3: duración de cada escáner en reposo con los ojos abiertos' },
		'item-chance': { label: 'Azar en la prueba de ítems de caras antiguas/nuevas' },
		's1-hc-t': { label: 'Estudio 1, memoria con confianza alta, aversiva frente a neutra: estadístico t', n: 'N = 30 (Estudio 1)' },
		's1-hc-p': { label: 'Estudio 1, memoria con confianza alta, aversiva frente a neutra: valor P', n: 'N = 30 (Estudio 1)' },
		's1-hc-d': {
			label: 'Estudio 1, memoria con confianza alta, aversiva frente a neutra: tamaño del efecto (d de Cohen con la DE media)',
			n: 'N = 30 (Estudio 1)'
		},
		's2-hc-t': { label: 'Estudio 2, memoria con confianza alta, aversiva frente a neutra: estadístico t', n: 'N = 28 (Estudio 2)' },
		's2-hc-p': { label: 'Estudio 2, memoria con confianza alta, aversiva frente a neutra: valor P', n: 'N = 28 (Estudio 2)' },
		's2-hc-d': {
			label: 'Estudio 2, memoria con confianza alta, aversiva frente a neutra: tamaño del efecto (d de Cohen con la DE media)',
			n: 'N = 28 (Estudio 2)'
		},
		's3-hc-t': { label: 'Estudio 3, memoria con confianza alta, aversiva frente a neutra: estadístico t', n: 'N = 28 (Estudio 3)' },
		's3-hc-p': { label: 'Estudio 3, memoria con confianza alta, aversiva frente a neutra: valor P', n: 'N = 28 (Estudio 3)' },
		's3-hc-d': {
			label: 'Estudio 3, memoria con confianza alta, aversiva frente a neutra: tamaño del efecto (d de Cohen con la DE media)',
			n: 'N = 28 (Estudio 3)'
		},
		's1-lc-t': { label: 'Estudio 1, memoria con confianza baja, aversiva frente a neutra: estadístico t', n: 'N = 30 (Estudio 1)' },
		's1-lc-p': { label: 'Estudio 1, memoria con confianza baja, aversiva frente a neutra: valor P', n: 'N = 30 (Estudio 1)' },
		's2-lc-t': { label: 'Estudio 2, memoria con confianza baja, aversiva frente a neutra: estadístico t', n: 'N = 28 (Estudio 2)' },
		's2-lc-p': { label: 'Estudio 2, memoria con confianza baja, aversiva frente a neutra: valor P', n: 'N = 28 (Estudio 2)' },
		's3-lc-t': {
			label: 'Estudio 3, memoria con confianza baja, aversiva frente a neutra (mejor la neutra): estadístico t',
			n: 'N = 28 (Estudio 3)'
		},
		's3-lc-p': {
			label: 'Estudio 3, memoria con confianza baja, aversiva frente a neutra (mejor la neutra): valor P',
			n: 'N = 28 (Estudio 3)'
		},
		's3-lc-d': {
			label:
				'Estudio 3, memoria con confianza baja, aversiva frente a neutra (mejor la neutra): tamaño del efecto (d de Cohen con la DE media)',
			n: 'N = 28 (Estudio 3)'
		},
		's1-hv-t': {
			label: 'Estudio 1, memoria con confianza alta de los pares de viveza alta, aversiva frente a neutra: estadístico t',
			n: 'N = 30 (Estudio 1)'
		},
		's1-hv-p': {
			label: 'Estudio 1, memoria con confianza alta de los pares de viveza alta, aversiva frente a neutra: valor P',
			n: 'N = 30 (Estudio 1)'
		},
		's1-hv-d': {
			label:
				'Estudio 1, memoria con confianza alta de los pares de viveza alta, aversiva frente a neutra: tamaño del efecto (d de Cohen con la DE media)',
			n: 'N = 30 (Estudio 1)'
		},
		's2-hv-t': {
			label: 'Estudio 2, memoria con confianza alta de los pares de viveza alta, aversiva frente a neutra: estadístico t',
			n: 'N = 28 (Estudio 2)'
		},
		's2-hv-p': {
			label: 'Estudio 2, memoria con confianza alta de los pares de viveza alta, aversiva frente a neutra: valor P',
			n: 'N = 28 (Estudio 2)'
		},
		's2-hv-d': {
			label:
				'Estudio 2, memoria con confianza alta de los pares de viveza alta, aversiva frente a neutra: tamaño del efecto (d de Cohen con la DE media)',
			n: 'N = 28 (Estudio 2)'
		},
		's3-hv-t': {
			label: 'Estudio 3, memoria con confianza alta de los pares de viveza alta, aversiva frente a neutra: estadístico t',
			n: 'N = 28 (Estudio 3)'
		},
		's3-hv-p': {
			label: 'Estudio 3, memoria con confianza alta de los pares de viveza alta, aversiva frente a neutra: valor P',
			n: 'N = 28 (Estudio 3)'
		},
		's3-hv-d': {
			label:
				'Estudio 3, memoria con confianza alta de los pares de viveza alta, aversiva frente a neutra: tamaño del efecto (d de Cohen con la DE media)',
			n: 'N = 28 (Estudio 3)'
		},
		's1-lv-t': {
			label: 'Estudio 1, memoria con confianza alta de los pares de viveza baja, aversiva frente a neutra: estadístico t',
			n: 'N = 30 (Estudio 1)'
		},
		's1-lv-p': {
			label: 'Estudio 1, memoria con confianza alta de los pares de viveza baja, aversiva frente a neutra: valor P',
			n: 'N = 30 (Estudio 1)'
		},
		's2-lv-t': {
			label: 'Estudio 2, memoria con confianza alta de los pares de viveza baja, aversiva frente a neutra: estadístico t',
			n: 'N = 28 (Estudio 2)'
		},
		's2-lv-p': {
			label: 'Estudio 2, memoria con confianza alta de los pares de viveza baja, aversiva frente a neutra: valor P',
			n: 'N = 28 (Estudio 2)'
		},
		's3-lv-t': {
			label: 'Estudio 3, memoria con confianza alta de los pares de viveza baja, aversiva frente a neutra: estadístico t',
			n: 'N = 28 (Estudio 3)'
		},
		's3-lv-p': {
			label: 'Estudio 3, memoria con confianza alta de los pares de viveza baja, aversiva frente a neutra: valor P',
			n: 'N = 28 (Estudio 3)'
		},
		's1-emotion-F': {
			label: 'Estudio 1, efecto principal de la emoción sobre la memoria asociativa: estadístico F',
			n: 'N = 30 (Estudio 1)'
		},
		's1-emotion-p': { label: 'Estudio 1, efecto principal de la emoción sobre la memoria asociativa: valor P', n: 'N = 30 (Estudio 1)' },
		's1-emotion-eta': {
			label: 'Estudio 1, efecto principal de la emoción sobre la memoria asociativa: tamaño del efecto (eta cuadrado parcial)',
			n: 'N = 30 (Estudio 1)'
		},
		's2-emotion-F': {
			label: 'Estudio 2, efecto principal de la emoción sobre la memoria asociativa: estadístico F',
			n: 'N = 28 (Estudio 2)'
		},
		's2-emotion-p': { label: 'Estudio 2, efecto principal de la emoción sobre la memoria asociativa: valor P', n: 'N = 28 (Estudio 2)' },
		's2-emotion-eta': {
			label: 'Estudio 2, efecto principal de la emoción sobre la memoria asociativa: tamaño del efecto (eta cuadrado parcial)',
			n: 'N = 28 (Estudio 2)'
		},
		's1-interaction-F': { label: 'Estudio 1, interacción emoción × confianza (no significativa): estadístico F', n: 'N = 30 (Estudio 1)' },
		's1-interaction-p': { label: 'Estudio 1, interacción emoción × confianza (no significativa): valor P', n: 'N = 30 (Estudio 1)' },
		's1-interaction-eta': {
			label: 'Estudio 1, interacción emoción × confianza (no significativa): tamaño del efecto (eta cuadrado parcial)',
			n: 'N = 30 (Estudio 1)'
		},
		's2-interaction-F': { label: 'Estudio 2, interacción emoción × confianza: estadístico F', n: 'N = 28 (Estudio 2)' },
		's2-interaction-p': { label: 'Estudio 2, interacción emoción × confianza: valor P', n: 'N = 28 (Estudio 2)' },
		's2-interaction-eta': {
			label: 'Estudio 2, interacción emoción × confianza: tamaño del efecto (eta cuadrado parcial)',
			n: 'N = 28 (Estudio 2)'
		},
		's3-interaction-F': { label: 'Estudio 3, interacción emoción × confianza: estadístico F', n: 'N = 28 (Estudio 3)' },
		's3-interaction-p': { label: 'Estudio 3, interacción emoción × confianza: valor P', n: 'N = 28 (Estudio 3)' },
		's3-interaction-eta': {
			label: 'Estudio 3, interacción emoción × confianza: tamaño del efecto (eta cuadrado parcial)',
			n: 'N = 28 (Estudio 3)'
		},
		'scl-n': { label: 'Participantes del Estudio 3 con registros de conductancia de la piel utilizables (el equipo falló en los demás)' },
		'scl-t': {
			label: 'Estudio 3, conductancia de la piel durante el aprendizaje emocional, aversiva frente a neutra: estadístico t',
			n: 'n = 20 de los 28 escaneados (el equipo de conductancia de la piel falló en los demás)'
		},
		'scl-p': {
			label: 'Estudio 3, conductancia de la piel durante el aprendizaje emocional, aversiva frente a neutra: valor P',
			n: 'n = 20 de los 28 escaneados (el equipo de conductancia de la piel falló en los demás)'
		},
		'scl-d': {
			label:
				'Estudio 3, conductancia de la piel durante el aprendizaje emocional, aversiva frente a neutra: tamaño del efecto (d de Cohen con la DE media)',
			n: 'n = 20 de los 28 escaneados (el equipo de conductancia de la piel falló en los demás)'
		},
		'rsa-pair-hpc-F': {
			label: 'Hipocampo, reactivación específica de cada par, aversiva > neutra: estadístico F',
			n: 'N = 28 (Estudio 3); los gl reflejan las covariables del ANCOVA'
		},
		'rsa-pair-hpc-p': {
			label: 'Hipocampo, reactivación específica de cada par, aversiva > neutra: valor P',
			n: 'N = 28 (Estudio 3); los gl reflejan las covariables del ANCOVA'
		},
		'rsa-pair-hpc-eta': {
			label: 'Hipocampo, reactivación específica de cada par, aversiva > neutra: tamaño del efecto (eta cuadrado parcial)',
			n: 'N = 28 (Estudio 3); los gl reflejan las covariables del ANCOVA'
		},
		'rsa-pair-vloc-F': {
			label: 'Corteza occipital lateral ventral, reactivación específica de cada par, aversiva > neutra: estadístico F',
			n: 'N = 28 (Estudio 3); los gl reflejan las covariables del ANCOVA'
		},
		'rsa-pair-vloc-p': {
			label: 'Corteza occipital lateral ventral, reactivación específica de cada par, aversiva > neutra: valor P',
			n: 'N = 28 (Estudio 3); los gl reflejan las covariables del ANCOVA'
		},
		'rsa-pair-vloc-eta': {
			label:
				'Corteza occipital lateral ventral, reactivación específica de cada par, aversiva > neutra: tamaño del efecto (eta cuadrado parcial)',
			n: 'N = 28 (Estudio 3); los gl reflejan las covariables del ANCOVA'
		},
		'predict-hpc-aversive-r': {
			label: 'La reactivación específica de cada par en el hipocampo predice la memoria aversiva con confianza alta: correlación',
			n: 'N = 28 (Estudio 3)'
		},
		'predict-hpc-aversive-p': {
			label: 'La reactivación específica de cada par en el hipocampo predice la memoria aversiva con confianza alta: valor P',
			n: 'N = 28 (Estudio 3)'
		},
		'predict-hpc-neutral-r': {
			label: 'La reactivación específica de cada par en el hipocampo predice la memoria neutra con confianza alta: correlación',
			n: 'N = 28 (Estudio 3)'
		},
		'predict-hpc-neutral-p': {
			label: 'La reactivación específica de cada par en el hipocampo predice la memoria neutra con confianza alta: valor P',
			n: 'N = 28 (Estudio 3)'
		},
		'steiger-hpc-z': {
			label: 'Prueba de Steiger, predicción aversiva frente a neutra a partir de la reactivación en el hipocampo: z',
			n: 'N = 28 (Estudio 3)'
		},
		'steiger-hpc-p': {
			label: 'Prueba de Steiger, predicción aversiva frente a neutra a partir de la reactivación en el hipocampo: valor P',
			n: 'N = 28 (Estudio 3)'
		},
		'ppi-mffa-r': {
			label: 'El acoplamiento entre el hipocampo y el área fusiforme media de las caras predice la memoria aversiva: correlación'
		},
		'ppi-mffa-p': {
			label: 'El acoplamiento entre el hipocampo y el área fusiforme media de las caras predice la memoria aversiva: valor P'
		},
		'ppi-sloc-r': {
			label: 'El acoplamiento entre el hipocampo y la corteza occipital lateral superior predice la memoria aversiva: correlación'
		},
		'ppi-sloc-p': {
			label: 'El acoplamiento entre el hipocampo y la corteza occipital lateral superior predice la memoria aversiva: valor P'
		},
		'ppi-amy-r': { label: 'El acoplamiento entre el hipocampo y la amígdala predice la memoria aversiva (tendencia): correlación' },
		'ppi-amy-p': { label: 'El acoplamiento entre el hipocampo y la amígdala predice la memoria aversiva (tendencia): valor P' },
		'mediation-indirect': {
			label:
				'Mediación exploratoria: efecto indirecto a lo largo de una cadena de acoplamientos del hipocampo (hipocampo–amígdala → hipocampo–fusiforme medio → hipocampo–occipital lateral superior → memoria aversiva)'
		},
		'mediation-p': { label: 'Mediación exploratoria: valor P del efecto indirecto' },
		'rest-aversive-r-min': {
			label: 'Reposo: el cambio de conectividad del hipocampo predice la memoria aversiva, menor r de cinco regiones'
		},
		'rest-aversive-r-max': {
			label: 'Reposo: el cambio de conectividad del hipocampo predice la memoria aversiva, mayor r de cinco regiones'
		},
		'rest-neutral-r-min': {
			label: 'Reposo: los mismos cambios de conectividad predicen la memoria neutra, la correlación más cercana a cero de cinco regiones'
		},
		'rest-neutral-r-max': {
			label: 'Reposo: los mismos cambios de conectividad predicen la memoria neutra, la correlación más negativa de cinco regiones'
		},
		'vividness-beta-s3': {
			label: 'Estudio 3, relación ensayo a ensayo entre la viveza y la confianza de la memoria (β de un modelo mixto)',
			n: 'N = 28 (Estudio 3)'
		}
	},
	references: {}
};
