import { CameraKind, type DeploymentRowResponse } from '@vigie/shared';

/** The deployment of the cameras against the council's plan, as the chart and the gauges show it. Pure. */

const KIND_PLURAL: Record<CameraKind, string> = {
  [CameraKind.NOMAD]: $localize`nomades`,
  [CameraKind.FIXED]: $localize`fixes`,
};

export function kindPlural(kind: CameraKind): string {
  return KIND_PLURAL[kind] ?? kind;
}

/** The measures of a row drawn side by side against the plan, in this order. */
export const DEPLOYMENT_MEASURES = [
  { key: 'planned', label: $localize`Prévues au plan`, colour: '#c9d3e3' },
  { key: 'installed', label: $localize`Installées`, colour: '#2f6fb3' },
  { key: 'active', label: $localize`En service`, colour: '#1e8e3e' },
  { key: 'connected', label: $localize`Raccordées au CSU`, colour: '#1a3a6b' },
] as const;

export type DeploymentMeasure = (typeof DEPLOYMENT_MEASURES)[number]['key'];

export interface DeploymentSeries {
  /** « 2025 · nomades », one per year and kind. */
  labels: string[];
  values: Record<DeploymentMeasure, number[]>;
}

/** The rows as grouped bars: one group per year and kind, one bar per measure. */
export function deploymentSeries(rows: readonly DeploymentRowResponse[]): DeploymentSeries {
  const ordered = [...rows].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
  const values = Object.fromEntries(
    DEPLOYMENT_MEASURES.map(({ key }) => [key, ordered.map((row) => row[key])]),
  ) as Record<DeploymentMeasure, number[]>;
  return { labels: ordered.map((row) => `${row.year} · ${kindPlural(row.kind)}`), values };
}

export interface DeploymentGauge {
  kind: CameraKind;
  title: string;
  planned: number;
  installed: number;
  active: number;
  connected: number;
  /** Installed out of planned, 0–100 (the plan may be exceeded: capped at 100). */
  percent: number;
  text: string;
}

/** Per kind, over all the years of the plan: how far the installation has come. */
export function deploymentGauges(totals: readonly DeploymentRowResponse[]): DeploymentGauge[] {
  return totals
    .filter((row) => row.planned > 0 || row.registered > 0)
    .map((row) => {
      const percent = row.planned > 0 ? Math.min(100, Math.round((row.installed / row.planned) * 100)) : 100;
      return {
        kind: row.kind,
        title: row.kind === CameraKind.NOMAD ? $localize`Caméras nomades` : $localize`Caméras fixes`,
        planned: row.planned,
        installed: row.installed,
        active: row.active,
        connected: row.connected,
        percent,
        text: $localize`${row.installed} installées sur ${row.planned} prévues · ${row.active} en service · ${row.connected} raccordées au CSU`,
      };
    });
}
