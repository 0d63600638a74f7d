/** seeds/astrocytes-fear-extinction.ts in Spanish: labels, free-text places, notes (the numbers stay in the seed). */
import type { SeedTranslation } from '../types';

const PROTOCOL = 'protocolo conductual';
const CA_IMAGING = 'imagen de Ca2+ de astrocitos de la amígdala basolateral (GCaMP6f)';
const TESTS = 'a lo largo de las sesiones de prueba';
const TWO_PHOTON = 'imagen de dos fotones, extinción temprana';
const CA_EXTINCTION = 'imagen de Ca2+ de astrocitos durante la extinción';
const ONE_PHOTON = 'imagen neuronal de un fotón, recuperación de la memoria de miedo';
const PHOTOTAGGED = 'unidades individuales fotoetiquetadas, extinción temprana';

export const translation: SeedTranslation = {
	facts: {
		'conditioning-pairings': { label: 'Emparejamientos tono-descarga en el condicionamiento del miedo', where: PROTOCOL },
		'extinction-days': { label: 'Días de entrenamiento de extinción', where: PROTOCOL },
		'extinction-trials-per-day': { label: 'Ensayos solo con el tono (EC) en cada día de extinción', where: PROTOCOL },
		'gcamp-neuronal-expression': {
			label: 'Parte de la expresión de GCaMP6f hallada en neuronas en lugar de en astrocitos',
			where: 'direccionamiento viral a los astrocitos'
		},
		'ca-early-vs-late': {
			label: 'Descenso de la señal de Ca2+ de los astrocitos ligada al tono entre la extinción temprana y la tardía',
			where: CA_IMAGING
		},
		'ca-early-vs-retrieval': {
			label: 'La actividad de Ca2+ de los astrocitos ligada al EC bajó de la extinción temprana a la recuperación de la extinción',
			where: CA_IMAGING
		},
		'ca-renewal-vs-late': {
			label: 'La actividad de Ca2+ de los astrocitos ligada al EC volvió a subir en la renovación del miedo, frente a la extinción tardía',
			where: CA_IMAGING
		},
		'ca-renewal-vs-retrieval': {
			label:
				'La actividad de Ca2+ de los astrocitos ligada al EC volvió a subir en la renovación del miedo, frente a la recuperación de la extinción',
			where: CA_IMAGING
		},
		'ca-freezing-r': { label: 'Correlación entre los transitorios de Ca2+ de los astrocitos y el congelamiento', where: TESTS },
		'ca-freezing-p': { label: 'Valor P de la correlación entre el Ca2+ de los astrocitos y el congelamiento', where: TESTS },
		'twophoton-events': {
			label: 'Eventos de Ca2+ de astrocitos analizados con imagen de dos fotones en la extinción temprana',
			where: TWO_PHOTON,
			n: '110 eventos de 6 ratones'
		},
		'twophoton-decoding-p': {
			label: 'Decodificación de la presentación del EC a partir de la actividad de eventos de astrocitos individuales, extinción temprana',
			where: TWO_PHOTON,
			n: '110 eventos de 6 ratones'
		},
		'cno-dose': {
			label: 'Dosis de clozapina-N-óxido (CNO) administrada antes del entrenamiento de extinción',
			where: 'experimentos con DREADD'
		},
		'hm3dq-low-duration': {
			label: 'Duración del periodo de Ca2+ bajo en los astrocitos tras el aumento inicial con la activación de hM3Dq',
			where: 'validación de los DREADD'
		},
		'hm3dq-ca-abolished': {
			label: 'La activación de hM3Dq suprimió las respuestas de Ca2+ de los astrocitos ligadas al EC durante la extinción',
			where: CA_EXTINCTION
		},
		'hm4di-ca-increased': {
			label: 'La activación de hM4Di aumentó la actividad de Ca2+ de los astrocitos durante la extinción',
			where: CA_EXTINCTION
		},
		'hm3dq-block1': {
			label: 'hM3Dq + CNO frente a controles: menos congelamiento al EC en el bloque 1 de extinción',
			where: 'bloque 1 de extinción'
		},
		'hm3dq-block2': {
			label: 'hM3Dq + CNO frente a controles: menos congelamiento al EC en el bloque 2 de extinción',
			where: 'bloque 2 de extinción'
		},
		'hm3dq-retrieval': {
			label: 'hM3Dq + CNO frente a controles: menos congelamiento al EC en la recuperación de la extinción',
			where: 'recuperación de la extinción'
		},
		'hm4di-block1': {
			label: 'hM4Di + CNO frente a controles: más congelamiento al EC en el bloque 1 de extinción',
			where: 'bloque 1 de extinción'
		},
		'hm4di-block2': {
			label: 'hM4Di + CNO frente a controles: más congelamiento al EC en el bloque 2 de extinción',
			where: 'bloque 2 de extinción'
		},
		'hm4di-retrieval': {
			label: 'hM4Di + CNO frente a controles: más congelamiento al EC en la recuperación de la extinción',
			where: 'recuperación de la extinción'
		},
		'info-per-neuron-vehicle': {
			label: 'Información ligada al EC por neurona de la amígdala basolateral, grupo tratado con vehículo (experimentos con hM3Dq)',
			where: ONE_PHOTON
		},
		'info-per-neuron-cno': {
			label: 'Información ligada al EC por neurona de la amígdala basolateral, grupo tratado con CNO (hM3Dq de los astrocitos activado)',
			where: ONE_PHOTON
		},
		'decoder-group-p': {
			label:
				'Un decodificador de población distinguió los ratones tratados con CNO de los tratados con vehículo a partir de las neuronas moduladas positivamente por el EC',
			where: ONE_PHOTON
		},
		'decoder-freezing-r': {
			label: 'Correlación entre el coeficiente del decodificador de cada ratón y el congelamiento al EC en la recuperación del miedo',
			where: ONE_PHOTON
		},
		'decoder-freezing-p': {
			label: 'Valor P de la correlación entre el coeficiente del decodificador y el congelamiento',
			where: ONE_PHOTON
		},
		'prelimbic-control': {
			label:
				'Neuronas de la amígdala basolateral a la corteza prelímbica (fotoetiquetadas) que responden al EC en ratones control, extinción temprana',
			where: PHOTOTAGGED
		},
		'prelimbic-calex': {
			label:
				'Neuronas de la amígdala basolateral a la corteza prelímbica (fotoetiquetadas) que responden al EC en ratones CalEx, extinción temprana',
			where: PHOTOTAGGED
		},
		'prelimbic-p': {
			label: 'Diferencia entre control y CalEx en las neuronas de la amígdala basolateral a la corteza prelímbica que responden al EC',
			where: PHOTOTAGGED
		},
		'prelimbic-freezing-units-p': {
			label: 'Actividad de unidades ligada al congelamiento alterada por CalEx (nuestra fuente no dice qué unidades)',
			where: 'registros de unidades individuales en el experimento CalEx'
		}
	},
	references: {
		rescorla1972: { note: 'Capítulo de libro; sin DOI.' }
	}
};
