import { FootageStatus } from '@vigie/shared';

import { countdownOf, durationText, updatedAtOf, windowText } from './video-words';

const NOW = new Date('2026-11-25T20:00:00Z'); // 21:00 in Paris

const request = (status: FootageStatus, overwriteAt: string, extra = {}) => ({
  status,
  overwriteAt,
  extractedAt: null,
  deliveredAt: null,
  ...extra,
});

describe('the countdown before the overwrite', () => {
  it('reads in days and hours beyond a day, to the second within one', () => {
    expect(durationText((3 * 24 + 4) * 3_600_000 + 12 * 60_000 + 59_000)).toBe('3 j 04 h 12 min');
    expect(durationText(11 * 3_600_000 + 44 * 60_000 + 3_500)).toBe('11 h 44 min 03 s');
    expect(durationText(4 * 60_000 + 9_000)).toBe('4 min 09 s');
    expect(durationText(-5_000)).toBe('0 min 00 s');
    expect(durationText(11 * 3_600_000 + 44 * 60_000 + 3_500, false)).toBe('11 h 44 min');
  });

  it('is red under 72 h for images still to extract, amber under a week, neutral beyond', () => {
    const at = (hoursLeft: number) =>
      countdownOf(
        request(FootageStatus.REQUESTED, new Date(NOW.getTime() + hoursLeft * 3_600_000).toISOString()),
        NOW,
      );
    expect(at(71.9)).toEqual({ tone: 'critical', text: 'Écrasement dans 2 j 23 h 54 min' });
    expect(at(72).tone).toBe('soon');
    expect(at(24 * 7 + 1).tone).toBe('ok');
    expect(at(0.5).text).toBe('Écrasement dans 30 min 00 s');
  });

  it('says when the images went once the overwrite has passed', () => {
    expect(countdownOf(request(FootageStatus.REQUESTED, '2026-11-25T19:00:00Z'), NOW)).toEqual({
      tone: 'overwritten',
      text: 'Images écrasées le 25/11/2026 20:00',
    });
    expect(countdownOf(request(FootageStatus.EXPIRED, '2026-11-20T19:00:00Z'), NOW)).toEqual({
      tone: 'closed',
      text: 'Images écrasées avant extraction',
    });
  });

  it('no longer counts down once the images are extracted, delivered or refused', () => {
    const soon = '2026-11-26T08:00:00Z';
    expect(
      countdownOf(request(FootageStatus.EXTRACTED, soon, { extractedAt: '2026-11-24T09:15:00Z' }), NOW),
    ).toEqual({ tone: 'ok', text: 'Images extraites le 24/11/2026 10:15, à remettre' });
    expect(
      countdownOf(request(FootageStatus.DELIVERED, soon, { deliveredAt: '2026-11-25T13:05:00Z' }), NOW),
    ).toEqual({ tone: 'closed', text: 'Remises le 25/11/2026 14:05' });
    expect(countdownOf(request(FootageStatus.REFUSED, soon), NOW).text).toBe('Demande refusée');
  });
});

describe('a request’s window and last change', () => {
  it('writes the window in Paris, the end’s date only when it crosses midnight', () => {
    expect(windowText('2026-10-28T14:41:00Z', '2026-10-28T17:41:00Z')).toBe('28/10/2026 15:41 → 18:41');
    expect(windowText('2026-10-28T21:30:00Z', '2026-10-29T01:00:00Z')).toBe(
      '28/10/2026 22:30 → 29/10/2026 02:00',
    );
  });

  it('dates a request by its last event, or its request when it has none', () => {
    const events = [
      { from: null, to: FootageStatus.REQUESTED, note: null, author: 'chef', at: '2026-11-01T10:00:00Z' },
      {
        from: FootageStatus.REQUESTED,
        to: FootageStatus.EXTRACTED,
        note: null,
        author: 'chef',
        at: '2026-11-02T10:00:00Z',
      },
    ];
    expect(updatedAtOf({ events, requestedAt: '2026-11-01T10:00:00Z' })).toBe('2026-11-02T10:00:00Z');
    expect(updatedAtOf({ events: [], requestedAt: '2026-11-01T10:00:00Z' })).toBe('2026-11-01T10:00:00Z');
  });
});
