/** How figures are printed in RESULTS.md: median, then min–max over the repetitions. */
import type { Spread } from '../stats/percentiles';

function digits(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function fmtSpread(spread: Spread, unit: string): string {
  if (spread.runs === 0) return '–';
  const median = `${digits(spread.median)}${unit}`;
  if (spread.runs === 1 || spread.min === spread.max) return median;
  return `${median} (${digits(spread.min)}–${digits(spread.max)})`;
}

export function fmtRatio(spread: Spread | null): string {
  if (!spread || spread.runs === 0) return '–';
  if (spread.runs === 1) return `${digits(spread.median)}×`;
  return `${digits(spread.median)}× (${digits(spread.min)}–${digits(spread.max)})`;
}

export function fmtKB(bytes: number): string {
  return `${digits(bytes / 1024)} KB`;
}
