/** The short words a source marker shows for each kind of source, so readers can weigh a figure. */
import type { Source } from '~/data/sources';

const labels: Record<Source['kind'], string> = {
	paper: 'journal paper',
	registry: 'trial record',
	'press release': 'press release',
	meeting: 'conference talk',
	news: 'news report',
	regulator: 'FDA',
	'health agency': 'health agency',
};

/** What kind of source this is, in a reader's words ("journal paper", "news report"). */
export function kindLabel(kind: Source['kind']): string {
	return labels[kind];
}
