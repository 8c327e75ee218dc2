/**
 * After the build: writes `dist/_redirects` for the pages that only redirect (see redirects.ts);
 * narrows the CSP that Astro put in each built page to that page's own inline
 * scripts and styles, then writes `dist/_headers` from those policies, so the header carries the
 * same hashes as the pages. Fails the build if a page has no policy, or runs something it forbids.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rename, rmdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
	headerOnlyDirectives,
	headersFile,
	mergePolicies,
	metaPolicy,
	narrowPolicy,
	withMetaPolicy,
} from './csp';
import { redirectsFile, refreshTarget } from './redirects';

/** The Astro integration that writes `_headers` into the build output. */
export function staticHeaders(): AstroIntegration {
	return {
		name: 'static-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// Astro writes only the root's not-found page as 404.html; src/pages/es/404.astro comes out as
				// es/404/index.html. Hosts look for es/404.html (Cloudflare Pages by itself, Netlify by the
				// rule below), so it is moved there.
				for (const entry of await readdir(root, { withFileTypes: true })) {
					const nested = join(root, entry.name, '404', 'index.html');
					if (entry.isDirectory() && /^[a-z]{2}$/.test(entry.name) && existsSync(nested)) {
						await rename(nested, join(root, entry.name, '404.html'));
						await rmdir(join(root, entry.name, '404'));
					}
				}
				const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
				const policies: string[] = [];
				const redirects: { from: string; to: string }[] = [];
				for (const file of files) {
					const html = await readFile(join(root, file), 'utf8');
					const to = refreshTarget(html);
					if (to) redirects.push({ from: `/${file.replace(/index\.html$/, '')}`, to });
					const policy = metaPolicy(html);
					if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>`);
					const narrowed = narrowPolicy(policy, html, file);
					await writeFile(join(root, file), withMetaPolicy(html, narrowed));
					policies.push(narrowed);
				}
				await writeFile(
					join(root, '_headers'),
					headersFile(mergePolicies(policies, headerOnlyDirectives)),
				);
				// Each language's not-found page below the root (es/404.html -> /es/).
				const notFoundPrefixes = files
					.filter((f) => /^[a-z]{2}\/404\.html$/.test(f))
					.map((f) => `/${f.slice(0, 3)}`);
				await writeFile(join(root, '_redirects'), redirectsFile(redirects, notFoundPrefixes));
				logger.info(
					`_headers written from ${files.length} pages, _redirects with ${redirects.length} redirects`,
				);
			},
		},
	};
}
