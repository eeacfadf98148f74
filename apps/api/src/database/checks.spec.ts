import { oneOf } from './checks';

describe('an enum CHECK constraint', () => {
  it('lists the values quoted, in order, as the committed migrations write them', () => {
    expect(oneOf('status', ['OPEN', 'IN_PROGRESS', 'CLOSED'])).toBe(
      "status IN ('OPEN', 'IN_PROGRESS', 'CLOSED')",
    );
  });
});
