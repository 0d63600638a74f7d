/** seeds/inhibitory-plasticity.ts in Spanish: labels, free-text places, notes (the numbers stay in the seed). */
import type { SeedTranslation } from '../types';

export const translation: SeedTranslation = {
	facts: {
		'istdp-tau': {
			label: 'Constante de tiempo de las trazas pre- y postsinápticas en la regla inhibitoria dependiente del momento de los disparos',
			where: 'ejemplo de Brian 2 frompapers/Vogels_et_al_2011.py (tau_stdp), según Vogels et al. 2011'
		},
		'istdp-rho0': {
			label: 'Frecuencia de disparo objetivo de las neuronas postsinápticas (fija el factor de depresión alpha = 2 rho0 tau)',
			where: 'ejemplo de Brian 2 frompapers/Vogels_et_al_2011.py (alpha = 2 x 3 Hz x tau_stdp), según Vogels et al. 2011'
		}
	},
	references: {
		'essay-inhibitory-2025': {
			venue: 'Ensayo en línea sin firma',
			note: 'Sin DOI ni autor con nombre: un ensayo web sin datos. Esta explicación sigue su argumento; los estudios siguientes son las pruebas en que se apoya.'
		},
		vogels2011: { note: 'Fe de erratas: Science 2012;336(6083):802.' },
		brian2: {
			note: 'Los parámetros de red que usan nuestras figuras de disparos vienen del script de ejemplo frompapers/Vogels_et_al_2011.py que se distribuye con Brian 2.'
		}
	}
};
