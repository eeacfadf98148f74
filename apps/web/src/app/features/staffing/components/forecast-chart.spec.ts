import { headcountAxis } from './forecast-chart';

describe('the forecast chart’s axis', () => {
  it('starts the headcount at 0, however high the figures', () => {
    expect(headcountAxis([17, 18, 24, 24])).toEqual({ min: 0, max: 25 });
    expect(headcountAxis([120, 130])).toEqual({ min: 0, max: 131 });
  });

  it('still draws an axis with nothing to show', () => {
    expect(headcountAxis([])).toEqual({ min: 0, max: 1 });
  });
});
