import { localDateOf, localTimeOf } from './zone-clock';

describe('the date and time in Paris', () => {
  it('reads an instant in Paris, summer and winter, whatever the zone of the device', () => {
    expect([localDateOf('2026-06-13T20:15:00Z'), localTimeOf('2026-06-13T20:15:00Z')]).toEqual([
      '2026-06-13',
      '22:15',
    ]);
    expect([localDateOf('2026-12-31T23:30:00Z'), localTimeOf('2026-12-31T23:30:00Z')]).toEqual([
      '2027-01-01',
      '00:30',
    ]);
  });

  it('follows the change of hour, on either side of it', () => {
    // The clocks go forward at 02:00 on 29 March 2026 (01:00 UTC), back at 03:00 on 25 October.
    expect(localTimeOf('2026-03-29T00:59:00Z')).toBe('01:59');
    expect(localTimeOf('2026-03-29T01:00:00Z')).toBe('03:00');
    expect(localTimeOf('2026-10-25T00:59:00Z')).toBe('02:59');
    expect(localTimeOf('2026-10-25T01:00:00Z')).toBe('02:00');
  });

  it('answers each instant for itself, one after the other, as a list asks them', () => {
    const instants = ['2026-11-26T07:05:00Z', '2026-11-26T07:05:00.000Z', '2026-11-25T23:10:00Z'];
    expect(instants.map((instant) => `${localDateOf(instant)} ${localTimeOf(instant)}`)).toEqual([
      '2026-11-26 08:05',
      '2026-11-26 08:05',
      '2026-11-26 00:10',
    ]);
    expect(localDateOf(Date.UTC(2026, 0, 1, 12))).toBe('2026-01-01');
    expect(localTimeOf(new Date(Date.UTC(2026, 0, 1, 12)))).toBe('13:00');
  });
});
