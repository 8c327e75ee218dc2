/** /robots.txt: everything may be crawled; the sitemap's absolute URL follows SITE_URL. */
import type { APIRoute } from 'astro';
import { absolute } from '~/lib/share';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml', site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
