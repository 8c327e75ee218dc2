/** The short words a source marker shows for each kind of source, so readers can weigh a figure. */
import type { Source } from '~/data/sources';
import type { Locale } from '~/i18n';

const labels: Record<Locale, Record<Source['kind'], string>> = {
	en: {
		paper: 'journal paper',
		registry: 'trial record',
		'press release': 'press release',
		meeting: 'conference talk',
		news: 'news report',
		regulator: 'FDA',
		'health agency': 'health agency',
	},
	es: {
		paper: 'artículo científico',
		registry: 'registro del ensayo',
		'press release': 'nota de prensa',
		meeting: 'charla en un congreso',
		news: 'noticia',
		regulator: 'FDA',
		'health agency': 'agencia de salud',
	},
};

/** What kind of source this is, in a reader's words ("journal paper", "news report"). */
export function kindLabel(kind: Source['kind'], locale: Locale = 'en'): string {
	return labels[locale][kind];
}
