/** seeds/intrinsic-excitability.ts in Spanish: the reference note (this explainer quotes no reported number). */
import type { SeedTranslation } from '../types';

export const translation: SeedTranslation = {
	facts: {},
	references: {
		'essay-intrinsic-2025': {
			venue: 'Ensayo en línea sin firma',
			note: 'Sin DOI ni autor con nombre: un ensayo web sin datos. Esta explicación sigue su argumento; los estudios siguientes son las pruebas en que se apoya.'
		}
	}
};
