// Small statistics helpers for the scenarios.
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const base = Math.floor(position);
  const rest = position - base;
  return sorted[base + 1] !== undefined
    ? sorted[base] + rest * (sorted[base + 1] - sorted[base])
    : sorted[base];
}

export const median = (values) => quantile(values, 0.5);

/** Runs `fn` `runs` times after `warmup` runs; returns the durations in milliseconds. */
export function timeSync(fn, { runs, warmup = 5 }) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

export const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
