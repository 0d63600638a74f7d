export interface GlossaryEntry {
	/** The term as a heading, e.g. "Basolateral amygdala (BLA)". */
	term: string;
	/** One or two sentences in plain words. */
	definition: string;
}

export type Glossary = Record<string, GlossaryEntry>;
