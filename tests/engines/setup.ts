/** Serves dist/ once for all engines, with the project's static server (as a host would). */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serveDist } from '../tools/lib/serve.ts';
import { dist, port } from './lib/site.ts';

let server: Server | undefined;

export async function setup() {
	if (!existsSync(join(dist, 'index.html')))
		throw new Error('dist/ has no built site: run `npm run build` first.');
	server = await serveDist(dist, port);
}

export async function teardown() {
	await new Promise((r) => server?.close(r));
}
