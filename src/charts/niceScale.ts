/** An axis from `min` to `max` cut into about four round steps (1, 2, 2.5 or 5 × a power of ten). */
export function niceScale(min: number, max: number, steps = 4): { min: number; max: number; ticks: number[] } {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const low = Math.floor(min / step) * step;
  // A flat series still gets one step of height.
  const high = Math.max(Math.ceil(max / step) * step, low + step);
  const ticks: number[] = [];
  // Rounded to the step's precision so 0.1 + 0.2 never prints as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = low; v <= high + step / 2; v += step) ticks.push(Number(v.toFixed(digits)));
  return { min: low, max: high, ticks };
}
