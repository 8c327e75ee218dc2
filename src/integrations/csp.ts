/**
 * The site's Content-Security-Policy, in one place. Astro adds `script-src` and `style-src` (with
 * hashes of its own inline scripts and styles) to each page's <meta> policy; the directives here
 * are added to every page as they are. `frame-ancestors` cannot be set by a <meta> policy, so it
 * goes only into the `_headers` file that hosts send as a real HTTP header.
 */
import { createHash } from 'node:crypto';

/**
 * Only directives that all three engines read. WebKit (Safari) does not know `manifest-src` and logs
 * a console error for it on every page; `default-src 'self'` already governs a manifest in the
 * engines that do know it, so leaving it out allows nothing more.
 */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"base-uri 'self'",
	"form-action 'self'",
	"object-src 'none'",
] as const;

/** Directives that only work as an HTTP header, never in a <meta> policy. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** Parses a policy string into directive name -> sources, keeping order. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) out.set(name.toLowerCase(), sources);
	}
	return out;
}

/** Writes directive name -> sources back as a policy string, the inverse of parsePolicy. */
function formatPolicy(directives: Map<string, string[]>): string {
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Merges the per-page policies into one that allows what any page allows: each page's <meta>
 * policy still applies on top (a browser enforces both), so each page stays as strict as its own.
 */
export function mergePolicies(policies: string[], extra: readonly string[] = []): string {
	const merged = new Map<string, string[]>();
	for (const policy of [...policies, ...extra]) {
		for (const [name, sources] of parsePolicy(policy)) {
			const have = merged.get(name) ?? [];
			for (const s of sources) if (!have.includes(s)) have.push(s);
			merged.set(name, have);
		}
	}
	return formatPolicy(merged);
}

/** The `'sha256-…'` source that allows an inline script or style with this exact text. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The text of each inline element of a kind in a page (scripts: only the ones a browser runs). */
function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
	const texts: string[] = [];
	for (const [, attrs = '', text = ''] of html.matchAll(
		new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'),
	)) {
		if (tag === 'script' && /\bsrc=/i.test(attrs)) continue;
		// A data block (JSON-LD) is never run, so the policy has nothing to allow.
		const type = attrs.match(/\btype=["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
		if (tag === 'script' && type && type !== 'module' && !type.includes('javascript')) continue;
		texts.push(text);
	}
	return texts;
}

/**
 * A page's policy narrowed to that page. Astro lists the hashes of every inline script and style
 * of the whole site in every page's policy; this keeps, in script-src and style-src, only the
 * hashes of the page's own, so each page allows exactly what it runs (and its HTML is a few
 * hundred bytes lighter: hashes do not compress). Throws, naming the page, if a script or style on
 * the page is not allowed by its policy, which a browser would block.
 */
export function narrowPolicy(policy: string, html: string, page: string): string {
	const directives = parsePolicy(policy);
	for (const [directive, tag] of [
		['script-src', 'script'],
		['style-src', 'style'],
	] as const) {
		const sources = directives.get(directive) ?? [];
		const needed = inlineTexts(html, tag).map(hashSource);
		const missing = needed.filter((h) => !sources.includes(h));
		if (missing.length)
			throw new Error(
				`${page}: an inline ${tag} is not allowed by its ${directive} (${missing[0]})`,
			);
		directives.set(directive, [
			...sources.filter((s) => !s.startsWith("'sha")),
			...new Set(needed),
		]);
	}
	return formatPolicy(directives);
}

const cspMeta = /<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/i;

/** Reads the content of a page's <meta http-equiv="content-security-policy">, if any. */
export function metaPolicy(html: string): string | undefined {
	const tag = html.match(cspMeta)?.[0];
	return tag
		?.match(/\bcontent=(?:"([^"]*)"|'([^']*)')/i)
		?.slice(1)
		.find((v) => v !== undefined);
}

/** The page with its <meta> policy replaced by `policy`. */
export function withMetaPolicy(html: string, policy: string): string {
	return html.replace(
		cspMeta,
		`<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`,
	);
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages format): security headers for every path, and
 * long, immutable caching for Astro's fingerprinted assets. HTML keeps the host's default
 * (revalidate on each visit), so a new build is seen at once. Today every style is inlined
 * (`inlineStylesheets: 'always'`) and every script is small enough for Vite to inline, so dist/
 * has no `_astro/` folder and that rule matches nothing; it is kept, harmless, for the day a
 * script outgrows Vite's inline limit and is emitted there with a hashed name.
 */
export function headersFile(policy: string): string {
	return [
		'# Generated by src/integrations/static-headers.ts at build time: do not edit.',
		'/*',
		`  Content-Security-Policy: ${policy}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  X-Frame-Options: DENY',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
		'  Cross-Origin-Opener-Policy: same-origin',
		'/_astro/*',
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
	].join('\n');
}
