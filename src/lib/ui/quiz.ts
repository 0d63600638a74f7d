export interface Choice {
	text: string;
	correct?: boolean;
	/** Why this answer is right or wrong, in a sentence or two. */
	feedback: string;
}
