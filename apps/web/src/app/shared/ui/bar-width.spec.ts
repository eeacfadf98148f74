import { barWidth } from './bar-width';

describe('the width of a bar', () => {
  it('is the share of the whole, rounded, in percent', () => {
    expect(barWidth(17, 24)).toBe(71);
  });

  it('never runs past its track, and stays empty with no whole', () => {
    expect(barWidth(30, 24)).toBe(100);
    expect(barWidth(3, 0)).toBe(0);
  });
});
