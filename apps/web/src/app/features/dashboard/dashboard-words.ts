import {
  CAMERA_KIND_LABELS,
  CameraKind,
  compareFrench,
  type DashboardQualificationsResponse,
  dayMonth,
  type DeploymentResponse,
  type DeploymentRowResponse,
  FirearmDecision,
  FootageStatus,
  type FootageUrgency,
  footageUrgency,
  formatDateFr,
  localDateOf,
  MILESTONE_LABELS,
  type RecruitmentResponse,
  RecruitmentStatus,
} from '@vigie/shared';

import { timeRange, weekdayShort } from '../../shared/time/date-words';
import { barWidth } from '../../shared/ui/bar-width';
import { groupByPhase, type Phase, PHASES } from '../recruitment/recruitment-board';

/** How the dashboard and the homes read: countdowns, shifts, camera deployment. Pure, tested. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Under a shortened list: « et 1 autre », « et 3 autres ». */
export function moreText(count: number): string {
  return count > 1 ? $localize`et ${count} autres` : $localize`et ${count} autre`;
}

/** The time left before an instant: « 2 j 18 h », « 5 h 12 min », « 12 min »; null once past. */
export function timeLeft(until: string, now: Date): string | null {
  const left = new Date(until).getTime() - now.getTime();
  if (left <= 0) return null;
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.floor((left % HOUR) / MINUTE);
  if (days > 0) return $localize`${days} j ${hours} h`;
  if (hours > 0) return $localize`${hours} h ${String(minutes).padStart(2, '0')} min`;
  return $localize`${Math.max(1, minutes)} min`;
}

/**
 * How pressing a footage request is on screen: `overdue` once the images are overwritten, `red`
 * under 72 h before the overwrite while they are not extracted yet, `safe` once extracted.
 */
export type Countdown = 'overdue' | 'red' | 'amber' | 'calm' | 'safe';

const COUNTDOWN: Record<FootageUrgency, Countdown> = {
  overwritten: 'overdue',
  critical: 'red',
  soon: 'amber',
  ok: 'calm',
  closed: 'safe',
};

/** The tile lists open requests only; the thresholds are the shared rule's (`footageUrgency`). */
export function countdownTone(status: FootageStatus, overwriteAt: string, now: Date): Countdown {
  if (status === FootageStatus.EXTRACTED) return 'safe';
  return COUNTDOWN[footageUrgency(status, overwriteAt, now)];
}

/** « mer. 25/11, 21:00–05:00 » (Paris). */
export function shiftWhen(startsAt: string, endsAt: string): string {
  const day = localDateOf(startsAt);
  return `${weekdayShort(day)} ${dayMonth(day)}, ${timeRange(startsAt, endsAt)}`;
}

export interface DeploymentLine {
  key: string;
  label: string;
  planned: number;
  installed: number;
  active: number;
  connected: number;
  /** Widths in % of the plan (or of what is registered when it exceeds the plan). */
  installedWidth: number;
  activeWidth: number;
  /** « Fixe 2026 : 8 installées sur 14 prévues, 6 en service », read out for the bar. */
  description: string;
}

function line(key: string, label: string, row: DeploymentRowResponse): DeploymentLine {
  const scale = Math.max(row.planned, row.installed, 1);
  return {
    key,
    label,
    planned: row.planned,
    installed: row.installed,
    active: row.active,
    connected: row.connected,
    installedWidth: barWidth(row.installed, scale),
    activeWidth: barWidth(row.active, scale),
    description: $localize`${label} : ${row.installed} installées sur ${row.planned} prévues, ${row.active} en service`,
  };
}

/** The plan year by year (« Nomades 2025 »), and the totals per kind (nomad first). */
export function deploymentLines(deployment: DeploymentResponse): {
  totals: DeploymentLine[];
  years: DeploymentLine[];
} {
  const order = [CameraKind.NOMAD, CameraKind.FIXED];
  const totals = [...deployment.totals]
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((row) => line(row.kind, CAMERA_KIND_LABELS[row.kind], row));
  const years = deployment.rows.map((row) =>
    line(`${row.kind}-${row.year}`, `${CAMERA_KIND_LABELS[row.kind]} ${row.year}`, row),
  );
  return { totals, years };
}

export interface PipelineView {
  phases: { phase: Phase; label: string; count: number; width: number }[];
  /** Open recruitments (not operational yet). */
  open: number;
  /** Waiting longer than usual, the longest wait first. */
  stalled: { id: string; name: string; next: string; daysWaiting: number }[];
}

/**
 * HR's pipeline at a glance: how many candidates in each column of the board (the operational
 * column counts those of the last 90 days), and the stalled ones.
 */
export function pipelineView(recruitments: readonly RecruitmentResponse[], today: string): PipelineView {
  const board = groupByPhase(recruitments, today);
  const largest = Math.max(1, ...PHASES.map(({ phase }) => board[phase].length));
  return {
    phases: PHASES.map(({ phase, label }) => ({
      phase,
      label,
      count: board[phase].length,
      width: Math.round((board[phase].length / largest) * 100),
    })),
    open: recruitments.filter((r) => r.status === RecruitmentStatus.OPEN).length,
    stalled: recruitments
      .filter((r) => r.status === RecruitmentStatus.OPEN && r.stalled)
      .sort((a, b) => b.daysWaiting - a.daysWaiting)
      .map((r) => ({
        id: r.id,
        name: r.candidateName,
        next: r.nextMilestones.map((milestone) => MILESTONE_LABELS[milestone]).join(', '),
        daysWaiting: r.daysWaiting,
      })),
  };
}

/** An archive's size as a French reader says it: « 312 Ko », « 1,4 Mo », « 2,1 Go ». */
export function backupSize(bytes: number | null): string {
  if (bytes === null) return '—';
  const units = ['octets', 'Ko', 'Mo', 'Go', 'To'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** What a line of « Habilitations » is about: its test id, icon and tone follow. */
export type AlertKind = 'firearm-lapse' | 'training-behind' | 'expiring-qualification' | 'weapon-lapse';

/** One person on « Habilitations »: his worst concern, and how many more (all on his page). */
export interface PersonAlert {
  agentId: string;
  agentName: string;
  kind: AlertKind;
  tone: 'danger' | 'warning' | 'neutral';
  /** The worst concern in a few words: « Port d’arme : 2025 : 1 séance… ». */
  text: string;
  pill: string;
  /** The other concerns, for the hover text and the count. */
  others: string[];
}

interface Concern {
  rank: number;
  kind: AlertKind;
  tone: PersonAlert['tone'];
  text: string;
  pill: string;
}

function daysLeftPill(days: number): string {
  if (days <= 0) return $localize`aujourd’hui`;
  return days > 1 ? $localize`${days} jours` : $localize`demain`;
}

/**
 * « Habilitations » one line per person, the worst first: the préfet's decision awaited or a
 * suspension, continuing training lapsed, a qualification expiring within a week, another
 * weapon's training short, continuing training behind, a qualification expiring within 30 days,
 * a permit maintained by the préfet; by name within a rank.
 */
export function qualificationAlerts(data: DashboardQualificationsResponse): PersonAlert[] {
  const byAgent = new Map<string, { agentName: string; concerns: Concern[] }>();
  const add = (agentId: string, agentName: string, concern: Concern) => {
    const known = byAgent.get(agentId) ?? { agentName, concerns: [] };
    known.concerns.push(concern);
    byAgent.set(agentId, known);
  };
  for (const lapse of data.firearm) {
    const awaited = lapse.decision === null;
    const suspended = lapse.decision === FirearmDecision.SUSPENDED;
    add(lapse.agentId, lapse.agentName, {
      rank: awaited ? 0 : suspended ? 1 : 7,
      kind: 'firearm-lapse',
      tone: awaited || suspended ? 'danger' : 'neutral',
      text: $localize`Port d’arme : ${lapse.reason}`,
      pill: awaited
        ? $localize`décision à enregistrer`
        : suspended
          ? $localize`suspendu`
          : $localize`maintenu`,
    });
  }
  for (const training of data.training) {
    const lapsed = training.status === 'LAPSED';
    add(training.agentId, training.agentName, {
      rank: lapsed ? 2 : 5,
      kind: 'training-behind',
      tone: lapsed ? 'danger' : 'warning',
      text: $localize`Formation continue : ${training.days} j sur ${training.minDays}, échéance le ${formatDateFr(training.deadline)}`,
      pill: lapsed ? $localize`formation échue` : $localize`formation en retard`,
    });
  }
  for (const item of data.expiring) {
    add(item.agentId, item.agentName, {
      rank: item.daysLeft <= 7 ? 3 : 6,
      kind: 'expiring-qualification',
      tone: item.daysLeft <= 7 ? 'danger' : 'warning',
      text: $localize`${item.kindLabel} · expire le ${formatDateFr(item.expiresOn)}`,
      pill: daysLeftPill(item.daysLeft),
    });
  }
  for (const lapse of data.weapons) {
    add(lapse.agentId, lapse.agentName, {
      rank: 4,
      kind: 'weapon-lapse',
      tone: 'warning',
      text: $localize`${lapse.kindLabel} : ${lapse.reason}`,
      pill: $localize`entraînement insuffisant`,
    });
  }
  return [...byAgent.entries()]
    .map(([agentId, { agentName, concerns }]) => {
      const [worst, ...rest] = [...concerns].sort((a, b) => a.rank - b.rank);
      return {
        rank: worst.rank,
        alert: {
          agentId,
          agentName,
          kind: worst.kind,
          tone: worst.tone,
          text: worst.text,
          pill: worst.pill,
          others: rest.map((concern) => concern.text),
        },
      };
    })
    .sort((a, b) => a.rank - b.rank || compareFrench(a.alert.agentName, b.alert.agentName))
    .map(({ alert }) => alert);
}
