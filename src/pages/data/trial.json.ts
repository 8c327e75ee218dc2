/** /data/trial.json: the same rows as the CSV, with what they are and how to cite them. */
import type { APIRoute } from 'astro';
import { columns, dataRows } from '~/lib/downloads';
import { sources } from '~/data/sources';
import { siteName, absolute } from '~/lib/share';

export const GET: APIRoute = ({ site }) =>
	Response.json({
		title: `${siteName}: the figures`,
		url: absolute('/', site),
		description:
			'Every figure shown on the site, a row each. `source` lists keys of `sources`; confidence: verified (primary or official source), press (press release or news), context (a later or wider analysis), derived (computed from the counts).',
		columns,
		rows: dataRows(),
		sources,
	});
