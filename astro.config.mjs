// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { cspDirectives } from './src/integrations/csp.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { precompressed } from './src/integrations/precompress.ts';

/**
 * The public address of the site, set once here. Override it at build time with SITE_URL
 * (for example SITE_URL=https://explainer.example.org npm run build) so canonical links,
 * Open Graph URLs and the sitemap point at wherever `dist/` is deployed.
 */
const site = process.env.SITE_URL ?? 'https://car-t-trial.example.org';

export default defineConfig({
	site,
	trailingSlash: 'ignore',
	// English at the root, Spanish under /es/ with the same chapter slugs, so switching language keeps
	// the reader on the same chapter. Pages read their language from Astro.currentLocale.
	i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
	// staticHeaders() runs after the pages are written: it narrows each page's CSP and copies the
	// policies into _headers. precompressed() runs last, so it compresses the pages as finished.
	integrations: [
		mdx(),
		// Share pages (/s/section/) only pass readers on to the story: search engines need the story.
		// Each page is listed with its other-language twin (xhtml:link hreflang), as in the pages' <head>.
		sitemap({
			// Not the Spanish not-found page either (the root one is left out by the sitemap itself).
			filter: (page) => !/^\/(s\/|es\/404\/)/.test(new URL(page).pathname),
			i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } },
		}),
		staticHeaders(),
		precompressed(),
	],
	// A strict CSP in a <meta> on every page: Astro hashes its own scripts and styles, so neither
	// script-src nor style-src needs 'unsafe-inline'. The same policy goes into dist/_headers.
	security: { csp: { directives: [...cspDirectives] } },
	vite: { plugins: [tailwindcss()] },
	build: { inlineStylesheets: 'always' },
	// The story has no code blocks; Shiki's highlighting would need inline styles the CSP forbids.
	markdown: { syntaxHighlight: false },
});
