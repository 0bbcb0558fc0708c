import { describe, expect, it } from 'vitest';
import { niceScale } from '../../src/charts/niceScale';

describe('niceScale', () => {
  it('cuts a KPI axis into round steps that hold the target', () => {
    // Online revenue: two readings and a 60 000 € target drew 0, 20000, 40000, 66000 before.
    expect(niceScale(0, 60_000)).toEqual({ min: 0, max: 60_000, ticks: [0, 20_000, 40_000, 60_000] });
    expect(niceScale(0, 66_000).ticks).toEqual([0, 20_000, 40_000, 60_000, 80_000]);
  });

  it('keeps decimals exact and goes below zero when the data does', () => {
    expect(niceScale(0, 1.8).ticks).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(niceScale(-30, 48)).toMatchObject({ min: -40, max: 60 });
  });

  it('still draws an axis for a flat series', () => {
    expect(niceScale(0, 0).ticks.length).toBeGreaterThan(1);
  });
});
