/**
 * A source's short name in each language, for the accessible name of its marker ("Fuente:
 * artículo en JCI, 2016, artículo científico"). The citations themselves stay as the sources give
 * them (mostly English), as a reference list should. English is each source's own `label`.
 */
import type { Locale } from '~/i18n';
import { sources, type SourceKey } from './sources';

const es: Record<SourceKey, string> = {
	JCI: 'artículo en JCI, 2016',
	REG: 'registro del ensayo',
	'REG-TEXT': 'texto del registro del ensayo',
	FH: 'nota de Fred Hutch',
	AAAS: 'charla en la AAAS, 2016, según la prensa',
	NEWS: 'noticia',
	HAY: 'artículo en Blood, 2017',
	GUST: 'artículo en Cancer Discovery, 2017',
	HAY19: 'artículo en Blood, 2019',
	STM: 'artículo en Sci Transl Med, 2016',
	FDA: 'FDA',
	NCI: 'Instituto Nacional del Cáncer',
	MERGE: 'Fred Hutch, 2022',
};

/** The short name of source `key` in `locale`. */
export function sourceLabel(key: SourceKey, locale: Locale = 'en'): string {
	return locale === 'es' ? es[key] : sources[key].label;
}
