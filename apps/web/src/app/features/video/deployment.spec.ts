import { CameraKind } from '@vigie/shared';

import { deploymentGauges, deploymentSeries } from './deployment';

const row = (
  year: number,
  kind: CameraKind,
  planned: number,
  installed: number,
  active: number,
  connected: number,
) => ({
  year,
  kind,
  planned,
  registered: planned,
  installed,
  active,
  connected,
});

describe('the deployment against the plan', () => {
  it('groups the bars by year and kind, in the order of the years', () => {
    const series = deploymentSeries([
      row(2027, CameraKind.FIXED, 16, 0, 0, 0),
      row(2025, CameraKind.NOMAD, 6, 6, 5, 4),
      row(2026, CameraKind.FIXED, 14, 8, 6, 6),
    ]);
    expect(series.labels).toEqual(['2025 · nomades', '2026 · fixes', '2027 · fixes']);
    expect(series.values).toEqual({
      planned: [6, 14, 16],
      installed: [6, 8, 0],
      active: [5, 6, 0],
      connected: [4, 6, 0],
    });
  });

  it('says per kind how far the installation has come, over all the plan’s years', () => {
    expect(
      deploymentGauges([row(0, CameraKind.NOMAD, 6, 6, 5, 4), row(0, CameraKind.FIXED, 30, 8, 6, 6)]),
    ).toEqual([
      expect.objectContaining({
        title: 'Caméras nomades',
        percent: 100,
        text: '6 installées sur 6 prévues · 5 en service · 4 raccordées au CSU',
      }),
      expect.objectContaining({ title: 'Caméras fixes', percent: 27 }),
    ]);
  });

  it('leaves out a kind the plan does not hold and the registry neither', () => {
    const empty = { ...row(0, CameraKind.NOMAD, 0, 0, 0, 0), registered: 0 };
    expect(deploymentGauges([empty])).toEqual([]);
  });
});
