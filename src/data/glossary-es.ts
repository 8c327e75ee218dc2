// TEMPORARY placeholder until the Spanish glossary lands (helper h-es-data): English entries.
import { glossary, type Term, type TermKey } from './glossary';
export const glossaryEs: Record<TermKey, Term> = glossary;
