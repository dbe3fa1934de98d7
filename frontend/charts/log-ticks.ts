// Readable logarithmic axes for the analysis charts: ticks at powers of ten only, labelled 10ⁿ.
// (series-chart.ts has its own copy of the same rules for its y axis.)
import { Ticks, type Scale, type Tick } from 'chart.js';
import { fmt } from './chart-common';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10⁻⁵ rather than 0.00001: values over many decades stay readable. */
export function powerOfTen(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  const digits = [...String(Math.abs(exponent))].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `10${exponent < 0 ? '⁻' : ''}${digits}`;
}

/** n when v is 10ⁿ (to rounding), else null. */
export function exponentOf(v: number): number | null {
  if (!(v > 0)) return null;
  const e = Math.round(Math.log10(v));
  return Math.abs(v / 10 ** e - 1) < 1e-9 ? e : null;
}

/**
 * For a scale's afterBuildTicks: a log axis spanning decades keeps the powers of ten only,
 * every n-th decade so that at most maxCount remain (Chart.js would put 1…9 in every decade
 * and skip labels unevenly). A linear axis, or one within a decade, is left alone.
 */
export function decadeTicks(scale: Scale, maxCount: number): void {
  if (scale.type !== 'logarithmic') return;
  const decades = scale.ticks.filter((t) => exponentOf(t.value) !== null);
  if (decades.length < 2) return;
  const step = Math.ceil(decades.length / Math.max(2, maxCount));
  scale.ticks = decades.filter((t) => exponentOf(t.value)! % step === 0);
}

/** How many labels fit along a scale, about one per minSpacing CSS pixels (before layout: its maximum size). */
export function ticksThatFit(scale: Scale, minSpacing: number, cap: number): number {
  const length = scale.isHorizontal() ? scale.maxWidth : scale.maxHeight;
  return Number.isFinite(length) && length > 0 ? Math.max(2, Math.min(cap, Math.floor(length / minSpacing))) : cap;
}

/** Tick label: 10ⁿ for powers of ten on a log axis, short numbers for other log ticks, Chart.js's own on a linear one. */
export function tickLabel(scale: Scale, value: number, index: number, ticks: Tick[]): string {
  const e = scale.type === 'logarithmic' ? exponentOf(value) : null;
  if (e !== null) return powerOfTen(e);
  return scale.type === 'logarithmic' ? fmt(value) : String(Ticks.formatters.numeric.call(scale, value, index, ticks));
}
