/**
 * The glossary in each language, by the same keys: a term's popover, the glossary chapter and the
 * printed summary read a language's entries from here. English is src/data/glossary.ts.
 */
import type { Locale } from '~/i18n';
import { glossary, type Term, type TermKey } from './glossary';
import { glossaryEs } from './glossary-es';

export const glossaries: Record<Locale, Record<TermKey, Term>> = { en: glossary, es: glossaryEs };
