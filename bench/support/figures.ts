// How the benchmarks report a series: its median, rounded to a tenth of a millisecond.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
