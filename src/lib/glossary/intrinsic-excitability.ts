/** Glossary for this article: key -> plain-words definition, shown by <Term>. */
import type { Glossary } from './types';

export const glossary: Glossary = {};
