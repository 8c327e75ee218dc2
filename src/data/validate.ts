/**
 * How every data module checks itself on import: its zod schema parses the data, and a malformed
 * entry throws an error that names each bad field by path ("trial.inRemission.count: ..."), so the
 * build stops and says what to fix.
 */
import type { z } from 'astro/zod';

/** One bad field: where it is (dotted path from the module's name) and what is wrong. */
export interface DataIssue {
	path: string;
	message: string;
}

/** A data module that failed its schema; the message lists every bad field by path. */
export class DataError extends Error {
	constructor(
		/** What was checked, e.g. "The trial data in src/data/trial.ts". */
		what: string,
		public readonly issues: readonly DataIssue[],
	) {
		super(`${what} is malformed:\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n')}`);
		this.name = 'DataError';
	}
}

/**
 * Parses `data` with `schema`; returns the parsed value, or throws what `fail` makes of the issues,
 * each path starting at `root` (the module's name as a reader of the error knows it).
 */
export function checkData<S extends z.ZodType>(
	schema: S,
	data: unknown,
	root: string,
	fail: (issues: DataIssue[]) => Error,
): z.output<S> {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	throw fail(
		result.error.issues.map((issue) => ({
			path: [root, ...issue.path].map(String).join('.'),
			message: issue.message,
		})),
	);
}
