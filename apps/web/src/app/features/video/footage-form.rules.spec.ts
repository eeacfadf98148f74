import { FootageAuthority } from '@vigie/shared';

import { defaultWindow, overwriteHint, toFootageDto, windowErrors } from './footage-form.rules';

const NOW = new Date('2026-11-25T20:00:00Z'); // 21:00 in Paris

describe('the window of a footage request', () => {
  it('opens a quarter of an hour before the facts and ends three quarters after, not past now', () => {
    expect(defaultWindow('2026-11-20T09:30:00Z', NOW)).toEqual({
      from: '20/11/2026 10:15',
      to: '20/11/2026 11:15',
    });
    // Facts a moment ago: the window stops at now.
    expect(defaultWindow('2026-11-25T19:50:00Z', NOW)).toEqual({
      from: '25/11/2026 20:35',
      to: '25/11/2026 21:00',
    });
  });

  it('accepts a window of the past, up to 24 h long, whose images are still kept', () => {
    expect(windowErrors('20/11/2026 10:15', '20/11/2026 11:15', NOW)).toEqual({});
    expect(windowErrors('20/11/2026 10:15', '21/11/2026 10:15', NOW)).toEqual({});
  });

  it('refuses a reversed, too long or future window, field by field', () => {
    expect(windowErrors('20/11/2026 11:15', '20/11/2026 10:15', NOW)).toEqual({
      to: 'La fin doit être après le début.',
    });
    expect(windowErrors('20/11/2026 10:15', '21/11/2026 10:16', NOW)).toEqual({
      to: '24 heures au plus par réquisition.',
    });
    expect(windowErrors('25/11/2026 20:00', '25/11/2026 22:00', NOW)).toEqual({
      to: 'La fin ne peut pas être dans le futur : les images n’existent pas encore.',
    });
    expect(windowErrors('', '20/11/2026', NOW)).toEqual({
      from: 'Indiquez le début de la période.',
      to: 'Date ou heure illisible : écrivez-la jour d’abord, au format jj/mm/aaaa hh:mm (par exemple 04/12/2026 16:55).',
    });
  });

  it('says it is too late once the first images of the window are overwritten (30 days)', () => {
    expect(windowErrors('26/10/2026 20:59', '26/10/2026 22:00', NOW).from).toBe(
      'Trop tard : ces images ont été écrasées le 25/11/2026 20:59 (conservation 30 jours).',
    );
    expect(windowErrors('26/10/2026 21:01', '26/10/2026 22:00', NOW)).toEqual({});
  });

  it('tells when the images will be overwritten, while they are not', () => {
    expect(overwriteHint('28/10/2026 10:00', NOW)).toBe(
      'Images écrasées le 27/11/2026 10:00, dans 1 j 13 h 00 min',
    );
    expect(overwriteHint('27/10/2026 10:00', NOW)).toBe(
      'Images écrasées le 26/11/2026 10:00, dans 13 h 00 min',
    );
    expect(overwriteHint('01/10/2026 10:00', NOW)).toBeNull();
    expect(overwriteHint('', NOW)).toBeNull();
  });
});

describe('the request sent', () => {
  it('carries the window as instants with the Paris offset, the reference when given, the entry', () => {
    const value = {
      cameraId: 'cam-1',
      from: '20/11/2026 10:15',
      to: '20/11/2026 11:15',
      authority: FootageAuthority.POLICE_NATIONALE,
      reason: '  Vol à l’arraché.  ',
      reference: ' ',
    };
    expect(toFootageDto(value, 'inc-1')).toEqual({
      cameraId: 'cam-1',
      from: '2026-11-20T10:15:00+01:00',
      to: '2026-11-20T11:15:00+01:00',
      authority: 'POLICE_NATIONALE',
      reason: 'Vol à l’arraché.',
      incidentId: 'inc-1',
    });
    expect(toFootageDto({ ...value, reference: 'PV 2026/1' }).reference).toBe('PV 2026/1');
  });
});
