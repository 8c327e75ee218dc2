/**
 * What a Spanish MDX chapter imports to write a number: the same figures as story-kit.ts, with
 * every formatter bound to Spanish ("27 de 29", "93 %", "30 de agosto de 2017"). Same names, so a
 * Spanish chapter reads like its English one and every digit still comes from the data module.
 */
import type { Fraction, Interval } from '~/data/derived';
import * as f from './format';

export { trial as t } from '~/data/trial';
export { derived as d, step } from '~/data/derived';
export { lastReviewed, changes, licence } from '~/data/review';

export const num = (n: number) => f.num(n, 'es');
export const Num = (n: number) => f.Num(n, 'es');
export const pct = (x: Fraction) => f.pct(x, 'es');
export const pct1 = (x: Fraction) => f.pct1(x, 'es');
export const of = (x: Fraction) => f.of(x, 'es');
export const date = (iso: string) => f.date(iso, 'es');
export const reported = (percent: number) => f.reported(percent, 'es');
export const range = (i: Interval) => f.range(i, 'es');
export const rangeWhole = (i: Interval) => f.rangeWhole(i, 'es');
export const months = (m: number) => f.months(m, 'es');
