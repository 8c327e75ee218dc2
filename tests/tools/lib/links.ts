/**
 * Link check over the built site, without a network: every same-site href, src and srcset in every
 * page must name a file in `dist/`, every `#fragment` an id in its target page; links to other
 * sites must carry rel="noopener noreferrer", and nothing may load from another site.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileFor, pages } from './dist.ts';

const SITE = 'http://site';

/** The ids (and legacy `<a name>`s) a page offers as #fragments. */
function anchors(html: string): Set<string> {
	const doc = parse(html);
	const ids = doc.querySelectorAll('[id]').map((e) => e.getAttribute('id') ?? '');
	const names = doc.querySelectorAll('a[name]').map((e) => e.getAttribute('name') ?? '');
	return new Set([...ids, ...names]);
}

/** Every URL an element of the page points at, with the element's tag (srcset gives several). */
export function references(doc: HTMLElement): { tag: string; url: string; el: HTMLElement }[] {
	const out: { tag: string; url: string; el: HTMLElement }[] = [];
	for (const el of doc.querySelectorAll('[href], [src], [srcset], [poster], meta')) {
		const tag = el.tagName.toLowerCase();
		for (const attr of ['href', 'src', 'poster']) {
			const v = el.getAttribute(attr);
			if (v !== undefined) out.push({ tag, url: v.trim(), el });
		}
		const srcset = el.getAttribute('srcset');
		if (srcset)
			for (const c of srcset.split(',')) out.push({ tag, url: c.trim().split(/\s+/)[0] ?? '', el });
		// Share cards: a crawler fetches og:image, so it must exist like any other file.
		if (
			tag === 'meta' &&
			/^(og:image|og:url|twitter:image)$/.test(
				el.getAttribute('property') ?? el.getAttribute('name') ?? '',
			)
		)
			out.push({ tag, url: (el.getAttribute('content') ?? '').trim(), el });
		if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) {
			const target = (el.getAttribute('content') ?? '').match(/url\s*=\s*['"]?([^'"\s]+)/i)?.[1];
			if (target) out.push({ tag, url: target, el });
		}
	}
	return out;
}

/** Checks every page under `dist`; returns the problems found, in words (empty when all is well). */
export function checkLinks(dist: string): string[] {
	const problems: string[] = [];
	const idCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		if (!idCache.has(file)) idCache.set(file, anchors(readFileSync(file, 'utf8')));
		return idCache.get(file)!;
	};
	const all = pages(dist).map((page) => ({ ...page, doc: parse(readFileSync(page.file, 'utf8')) }));
	// The site's public origin, from any page's canonical link: absolute links to it are internal.
	const canonical = all
		.map(({ doc }) => doc.querySelector('link[rel="canonical"]')?.getAttribute('href'))
		.find(Boolean);
	const ownOrigin = canonical ? new URL(canonical).origin : undefined;
	for (const { doc, ...page } of all) {
		const base = new URL(page.route, SITE);
		for (const { tag, url, el } of references(doc)) {
			const where = `${page.route}: <${tag}> ${url || '(empty)'}`;
			if (/^(mailto|tel):/i.test(url) || url.startsWith('data:')) continue;
			if (url === '' || url === '#') {
				problems.push(`${where} goes nowhere`);
				continue;
			}
			let target = new URL(url, base);
			if (ownOrigin && target.origin === ownOrigin)
				target = new URL(target.pathname + target.search + target.hash, SITE);
			if (target.origin !== SITE) {
				if (!/^https?:$/.test(target.protocol)) problems.push(`${where} uses an unexpected scheme`);
				else if (tag === 'a') {
					const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
					if (!rel.includes('noopener') || !rel.includes('noreferrer'))
						problems.push(`${where} links to another site without rel="noopener noreferrer"`);
				} else if (!(tag === 'link' && /alternate/.test(el.getAttribute('rel') ?? '')))
					problems.push(`${where} loads from another site`);
				continue;
			}
			const file = fileFor(dist, target.pathname);
			if (!file) {
				problems.push(`${where} points at ${target.pathname}, which is not in dist/`);
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment))
				problems.push(`${where}: no element with id "${fragment}" in ${target.pathname}`);
		}
	}
	return problems;
}
