import { CameraKind, CameraStatus, FootageStatus } from './video.enum';
import {
  canMoveFootage,
  compareFootageUrgency,
  deployment,
  footageOverwriteAt,
  footageUrgency,
  LOMME_CAMERA_PLAN,
  repeatedPlanLine,
} from './video.rules';

const { REQUESTED, EXTRACTED, DELIVERED, REFUSED, EXPIRED } = FootageStatus;

describe('footage retention', () => {
  it('overwrites the first image of the window 30 days after it was recorded, to the millisecond', () => {
    expect(footageOverwriteAt('2026-03-01T22:15:00+01:00', 30).toISOString()).toBe(
      '2026-03-31T21:15:00.000Z',
    );
  });

  it('counts in real time across the change to summer time (30 × 24 h, not calendar days)', () => {
    // 2026-03-29 is the spring change in Paris: the wall clock shows 23:15 the day the images go.
    expect(footageOverwriteAt('2026-03-20T22:15:00+01:00', 30).toISOString()).toBe(
      '2026-04-19T21:15:00.000Z',
    );
  });

  it('flags a request waiting for extraction red under 72 h, amber under a week, gone past the overwrite', () => {
    const overwriteAt = new Date('2026-06-30T12:00:00Z');
    const at = (iso: string) => footageUrgency(REQUESTED, overwriteAt, new Date(iso));
    expect(at('2026-06-20T12:00:00Z')).toBe('ok');
    expect(at('2026-06-24T12:00:00Z')).toBe('soon');
    expect(at('2026-06-27T12:00:01Z')).toBe('critical');
    expect(at('2026-06-27T12:00:00Z')).toBe('soon');
    expect(at('2026-06-30T12:00:00Z')).toBe('overwritten');
    // Extracted images no longer depend on the recorder; closed requests are closed.
    expect(footageUrgency(EXTRACTED, overwriteAt, new Date('2026-06-30T13:00:00Z'))).toBe('ok');
    expect(footageUrgency(DELIVERED, overwriteAt, new Date('2026-06-01T00:00:00Z'))).toBe('closed');
  });

  it('allows REQUESTED → EXTRACTED → DELIVERED, a refusal before delivery, and nothing out of a closed request', () => {
    expect(canMoveFootage(REQUESTED, EXTRACTED)).toBe(true);
    expect(canMoveFootage(EXTRACTED, DELIVERED)).toBe(true);
    expect(canMoveFootage(REQUESTED, REFUSED)).toBe(true);
    expect(canMoveFootage(EXTRACTED, REFUSED)).toBe(true);
    expect(canMoveFootage(REQUESTED, DELIVERED)).toBe(false);
    expect(canMoveFootage(REQUESTED, EXPIRED)).toBe(false);
    for (const closed of [DELIVERED, REFUSED, EXPIRED])
      for (const to of Object.values(FootageStatus)) expect(canMoveFootage(closed, to)).toBe(false);
  });

  it('lists the requests waiting for extraction first, nearest overwrite first, then extracted, then closed', () => {
    const request = (
      id: string,
      status: FootageStatus,
      overwriteAt: string,
      updatedAt = '2026-06-01T00:00:00Z',
    ) => ({
      id,
      status,
      overwriteAt,
      updatedAt,
    });
    const sorted = [
      request('closed-old', DELIVERED, '2026-06-02T00:00:00Z', '2026-06-03T00:00:00Z'),
      request('late', REQUESTED, '2026-06-20T00:00:00Z'),
      request('extracted', EXTRACTED, '2026-06-01T00:00:00Z'),
      request('closed-new', REFUSED, '2026-06-02T00:00:00Z', '2026-06-10T00:00:00Z'),
      request('urgent', REQUESTED, '2026-06-05T00:00:00Z'),
    ].sort(compareFootageUrgency);
    expect(sorted.map((r) => r.id)).toEqual(['urgent', 'late', 'extracted', 'closed-new', 'closed-old']);
  });
});

describe('camera deployment', () => {
  it('sets the plan against the registry per year and kind', () => {
    const camera = (kind: CameraKind, status: CameraStatus, plannedYear: number, connectedToCsu = false) => ({
      kind,
      status,
      plannedYear,
      connectedToCsu,
    });
    const rows = deployment(LOMME_CAMERA_PLAN, [
      camera(CameraKind.NOMAD, CameraStatus.ACTIVE, 2025, true),
      camera(CameraKind.NOMAD, CameraStatus.ACTIVE, 2025, false),
      camera(CameraKind.NOMAD, CameraStatus.OUT_OF_SERVICE, 2025, true),
      camera(CameraKind.FIXED, CameraStatus.INSTALLED, 2026),
      camera(CameraKind.FIXED, CameraStatus.PLANNED, 2026),
      camera(CameraKind.FIXED, CameraStatus.REMOVED, 2026),
    ]);
    expect(rows).toEqual([
      {
        year: 2025,
        kind: CameraKind.NOMAD,
        planned: 6,
        registered: 3,
        installed: 3,
        active: 2,
        connected: 1,
      },
      {
        year: 2026,
        kind: CameraKind.FIXED,
        planned: 14,
        registered: 3,
        installed: 1,
        active: 0,
        connected: 0,
      },
      {
        year: 2027,
        kind: CameraKind.FIXED,
        planned: 16,
        registered: 0,
        installed: 0,
        active: 0,
        connected: 0,
      },
    ]);
  });

  it('finds the first line of a plan repeating a year and kind', () => {
    const line = (year: number, kind: CameraKind) => ({ year, kind });
    expect(repeatedPlanLine([])).toBe(-1);
    expect(repeatedPlanLine([line(2026, CameraKind.FIXED), line(2026, CameraKind.NOMAD)])).toBe(-1);
    expect(
      repeatedPlanLine([
        line(2026, CameraKind.FIXED),
        line(2027, CameraKind.FIXED),
        line(2026, CameraKind.FIXED),
      ]),
    ).toBe(2);
  });

  it('adds up two lines of one year and kind, and counts a camera of a year the plan does not foresee', () => {
    const rows = deployment(
      [
        { year: 2026, kind: CameraKind.FIXED, planned: 4 },
        { year: 2026, kind: CameraKind.FIXED, planned: 3 },
      ],
      [{ kind: CameraKind.NOMAD, status: CameraStatus.PLANNED, plannedYear: 2028, connectedToCsu: false }],
    );
    expect(rows.map((row) => [row.year, row.kind, row.planned, row.registered])).toEqual([
      [2026, CameraKind.FIXED, 7, 0],
      [2028, CameraKind.NOMAD, 0, 1],
    ]);
  });
});
