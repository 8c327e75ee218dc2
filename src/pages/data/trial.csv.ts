/** /data/trial.csv: every figure of the data module, a row each, with its sources (built once). */
import type { APIRoute } from 'astro';
import { dataRows, toCsv } from '~/lib/downloads';

export const GET: APIRoute = () =>
	new Response(toCsv(dataRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
