import { mulberry32 } from './random';

describe('mulberry32', () => {
  it('gives the same numbers from the same seed, each in [0, 1)', () => {
    const a = mulberry32(20260612);
    const b = mulberry32(20260612);
    const first = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('gives other numbers from another seed', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});
