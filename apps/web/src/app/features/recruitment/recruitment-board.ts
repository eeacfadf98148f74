import {
  compareFrench,
  daysBetween,
  EXIT_LABELS,
  Milestone,
  MILESTONE_LABELS,
  milestonesOf,
  RecruitmentExit,
  type RecruitmentResponse,
  RecruitmentStatus,
} from '@vigie/shared';

/** The columns of the board, in the order a candidate goes through them. */
export type Phase = 'APPLICATION' | 'APPOINTMENT' | 'TRAINING' | 'OPERATIONAL';

export const PHASES: readonly { phase: Phase; label: string }[] = [
  { phase: 'APPLICATION', label: $localize`Candidature` },
  { phase: 'APPOINTMENT', label: $localize`Nomination` },
  { phase: 'TRAINING', label: $localize`Formation et agréments` },
  { phase: 'OPERATIONAL', label: $localize`Opérationnel` },
];

/** A completed recruitment stays in the « Opérationnel » column this many days, then is filed as closed. */
export const RECENT_DAYS = 90;

export type Board = Record<Phase | 'CLOSED', RecruitmentResponse[]>;

/** The date a milestone (or exit) was recorded, null when it was not. */
export function recordedOn(
  recruitment: RecruitmentResponse,
  step: Milestone | RecruitmentExit,
): string | null {
  return recruitment.milestones.find((record) => record.milestone === step)?.date ?? null;
}

/** The last date recorded: when a closed recruitment was closed. */
export function lastEventOn(recruitment: RecruitmentResponse): string | null {
  return recruitment.milestones.reduce<string | null>(
    (last, record) => (last === null || record.date > last ? record.date : last),
    null,
  );
}

/**
 * The column of a recruitment: not interviewed yet → Candidature; interviewed, not appointed →
 * Nomination; appointed, not operational → Formation et agréments; operational within the last
 * RECENT_DAYS days → Opérationnel. Withdrawn, rejected and older completed ones are closed.
 */
export function phaseOf(recruitment: RecruitmentResponse, today: string): Phase | 'CLOSED' {
  switch (recruitment.status) {
    case RecruitmentStatus.WITHDRAWN:
    case RecruitmentStatus.REJECTED:
      return 'CLOSED';
    case RecruitmentStatus.COMPLETED: {
      const operational = recordedOn(recruitment, Milestone.OPERATIONAL) ?? lastEventOn(recruitment) ?? today;
      return daysBetween(operational, today) <= RECENT_DAYS ? 'OPERATIONAL' : 'CLOSED';
    }
    default:
      if (recordedOn(recruitment, Milestone.APPOINTED)) return 'TRAINING';
      if (recordedOn(recruitment, Milestone.INTERVIEW)) return 'APPOINTMENT';
      return 'APPLICATION';
  }
}

/** Open ones: stalled first, then the soonest operational; closed ones: the latest closed first. */
function byUrgency(a: RecruitmentResponse, b: RecruitmentResponse): number {
  if (a.stalled !== b.stalled) return a.stalled ? -1 : 1;
  const dateA = a.expectedOperationalDate ?? '9999-12-31';
  const dateB = b.expectedOperationalDate ?? '9999-12-31';
  return dateA.localeCompare(dateB) || compareFrench(a.candidateName, b.candidateName);
}

function byLatestEvent(a: RecruitmentResponse, b: RecruitmentResponse): number {
  return (lastEventOn(b) ?? '').localeCompare(lastEventOn(a) ?? '');
}

/** The board: each recruitment in its column, in the order HR reads them. */
export function groupByPhase(recruitments: readonly RecruitmentResponse[], today: string): Board {
  const board: Board = { APPLICATION: [], APPOINTMENT: [], TRAINING: [], OPERATIONAL: [], CLOSED: [] };
  for (const recruitment of recruitments) board[phaseOf(recruitment, today)].push(recruitment);
  for (const phase of ['APPLICATION', 'APPOINTMENT', 'TRAINING'] as const) board[phase].sort(byUrgency);
  board.OPERATIONAL.sort(byLatestEvent);
  board.CLOSED.sort(byLatestEvent);
  return board;
}

export interface ChecklistItem {
  milestone: Milestone;
  label: string;
  /** Recorded on, null while pending. */
  date: string | null;
  /** Pending and may be recorded now. */
  next: boolean;
}

/** The milestones of the route and grade, each done (with its date) or pending. */
export function checklist(recruitment: RecruitmentResponse): ChecklistItem[] {
  return milestonesOf(recruitment.route, recruitment.grade).map((milestone) => ({
    milestone,
    label: MILESTONE_LABELS[milestone],
    date: recordedOn(recruitment, milestone),
    next: recruitment.nextMilestones.includes(milestone),
  }));
}

export function isExit(step: Milestone | RecruitmentExit): step is RecruitmentExit {
  return step === RecruitmentExit.WITHDRAWN || step === RecruitmentExit.REJECTED;
}

/** The label of a recorded step, milestone or exit. */
export function stepLabel(step: Milestone | RecruitmentExit): string {
  return isExit(step) ? EXIT_LABELS[step] : MILESTONE_LABELS[step];
}
