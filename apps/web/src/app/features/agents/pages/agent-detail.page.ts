import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltip } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import {
  type AgentResponse,
  CATEGORY_LABELS,
  compareFrench,
  CONTINUING_TRAINING_SOURCE,
  FIREARM_DECISION_LABELS,
  type FirearmDecisionResponse,
  firearmFlag,
  formatDateFr,
  GRADE_LABELS,
  QUALIFICATION_LABELS,
  QualificationKind,
  type QualificationResponse,
  type ShootingSessionResponse,
  StaffCategory,
  todayInParis,
} from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { loadInto, loadOnChange } from '../../../shared/data/load-into';
import { askToConfirm, ConfirmData } from '../../../shared/ui/confirm-dialog';
import { openFormDialog } from '../../../shared/ui/form-dialog';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import {
  continuingTrainingView,
  firearmFlagView,
  firearmLine,
  qualificationView,
  ratioLabel,
  sessionsOfRecentYears,
  weaponTrainingRows,
} from '../agent-words';
import { AgentDialog, AgentDialogResult } from '../components/agent-dialog';
import { FirearmDecisionDialog } from '../components/firearm-decision-dialog';
import { QualificationDialog } from '../components/qualification-dialog';
import { SecondmentsPanel } from '../components/secondments-panel';
import { ShootingSessionDialog } from '../components/shooting-session-dialog';
import { StatusChip } from '../components/status-chip';
import { AgentsApi } from '../data-access/agents.api';

/** One agent's record: identity, qualifications with their dates, shooting training; edits for HR and the chief. */
@Component({
  selector: 'vg-agent-detail-page',
  imports: [
    MatButtonModule,
    SvgIcon,
    MatProgressBarModule,
    MatTooltip,
    RouterLink,
    SecondmentsPanel,
    StatusChip,
  ],
  templateUrl: './agent-detail.page.html',
  styleUrl: './agent-detail.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgentDetailPage {
  private readonly api = inject(AgentsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthService);

  /** From the route, `/effectif/:id`. */
  readonly id = input.required<string>();

  readonly agent = signal<AgentResponse | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly today = todayInParis();
  readonly formatDate = formatDateFr;
  readonly decisionLabel = (decision: FirearmDecisionResponse): string =>
    FIREARM_DECISION_LABELS[decision.decision];

  /** The préfet's decisions on the firearm permit (empty for who may not read them). */
  readonly decisions = signal<FirearmDecisionResponse[]>([]);

  /** Another service put him at this one's disposal: his record is kept there, read-only here. */
  readonly lentBy = computed(() => this.agent()?.homeServiceName ?? null);
  readonly canWrite = computed(() => {
    this.auth.user();
    return this.auth.can('writeAgents') && !this.lentBy();
  });
  readonly canReadDecisions = computed(() => {
    this.auth.user();
    return this.auth.can('readFirearmDecisions');
  });
  readonly canDecide = computed(() => {
    this.auth.user();
    return this.auth.can('writeFirearmDecisions') && !this.lentBy();
  });
  readonly canReadSecondments = computed(() => {
    this.auth.user();
    return this.auth.can('readSecondments');
  });
  readonly facts = computed(() => {
    const agent = this.agent();
    if (!agent) return [];
    return [
      { label: $localize`Grade`, value: GRADE_LABELS[agent.grade] },
      { label: $localize`Catégorie`, value: CATEGORY_LABELS[agent.category] },
      { label: $localize`Brigade`, value: agent.brigade ?? '—' },
      { label: $localize`Temps de travail`, value: ratioLabel(agent.contractRatio) },
      { label: $localize`Entré le`, value: formatDateFr(agent.hireDate) },
      { label: $localize`Départ`, value: agent.departureDate ? formatDateFr(agent.departureDate) : '—' },
      { label: $localize`Téléphone`, value: agent.phone ?? '—' },
      { label: $localize`Courriel`, value: agent.email ?? '—' },
    ];
  });
  readonly qualifications = computed(() =>
    (this.agent()?.qualifications ?? [])
      .map((q) => ({ record: q, view: qualificationView(q) }))
      .sort((a, b) => compareFrench(a.view.label, b.view.label)),
  );
  /** Shooting training matters to police officers and to whoever holds a firearm permit. */
  readonly armed = computed(() => {
    const agent = this.agent();
    return (
      agent !== null &&
      (agent.category === StaffCategory.POLICE ||
        agent.qualifications.some((q) => q.kind === QualificationKind.FIREARM))
    );
  });
  readonly sessions = computed(() => sessionsOfRecentYears(this.agent()?.shootingSessions ?? [], this.today));
  /** The firearm permit held longest (its first year decides which years are judged). */
  readonly permit = computed(() =>
    (this.agent()?.qualifications ?? [])
      .filter((q) => q.kind === QualificationKind.FIREARM && q.issue !== 'EXPIRED' && !q.pendingApproval)
      .sort((a, b) => a.obtainedOn.localeCompare(b.obtainedOn))
      .at(0),
  );
  /** A training lapse or a suspension, for those who follow the préfet's decisions. */
  readonly flag = computed(() => {
    const agent = this.agent();
    const permit = this.permit();
    if (!agent || !permit || !this.canReadDecisions()) return null;
    // The API answers the latest first; the rule wants them in the order they were taken.
    const decisions = [...this.decisions()].reverse();
    const flag = firearmFlag(agent.shootingSessions, permit.obtainedOn, decisions, this.today);
    return flag ? firearmFlagView(flag) : null;
  });
  /** Each weapon's training this year against its rule (the permits in force). */
  readonly weaponRows = computed(() => {
    const agent = this.agent();
    return agent ? weaponTrainingRows(agent.qualifications, agent.shootingSessions, this.today) : [];
  });
  readonly continuing = computed(() => {
    const progress = this.agent()?.continuingTraining;
    return progress ? continuingTrainingView(progress) : null;
  });
  readonly continuingSource = CONTINUING_TRAINING_SOURCE;
  readonly doneLabel = $localize`accompli`;
  readonly dueLabel = $localize`à compléter`;
  readonly firearm = computed(() => {
    const agent = this.agent();
    return agent ? firearmLine(agent.qualifications, agent.shootingSessions, this.today) : null;
  });

  constructor() {
    loadOnChange(this.id, (id) => this.load(id));
  }

  async load(id = this.id()): Promise<void> {
    await loadInto(this, async () => {
      const [agent, decisions] = await Promise.all([
        this.api.get(id),
        this.canReadDecisions() ? this.api.firearmDecisions(id) : Promise.resolve([]),
      ]);
      this.agent.set(agent);
      this.decisions.set(decisions);
    });
  }

  /** « Pistolet à impulsion électrique · » before the count, for the sessions with another weapon than the handgun. */
  sessionWeapon(session: ShootingSessionResponse): string {
    return session.weapon === QualificationKind.FIREARM ? '' : `${QUALIFICATION_LABELS[session.weapon]} · `;
  }

  edit(agent: AgentResponse): void {
    openFormDialog<AgentDialogResult, AgentResponse>(this.dialog, AgentDialog, agent).subscribe((result) => {
      if (result === 'reload') {
        void this.load();
      } else if (result) {
        this.agent.set(result);
        this.snackBar.open($localize`Fiche enregistrée.`, 'OK', { duration: 4000 });
      }
    });
  }

  addQualification(agent: AgentResponse): void {
    openFormDialog<QualificationResponse>(this.dialog, QualificationDialog, agent).subscribe((saved) => {
      if (!saved) return;
      this.snackBar.open($localize`Qualification ajoutée.`, 'OK', { duration: 4000 });
      void this.load();
    });
  }

  addSession(agent: AgentResponse): void {
    openFormDialog<ShootingSessionResponse>(this.dialog, ShootingSessionDialog, agent).subscribe((saved) => {
      if (!saved) return;
      this.snackBar.open($localize`Séance de tir enregistrée.`, 'OK', { duration: 4000 });
      void this.load(); // the firearm permit may have become valid again
    });
  }

  recordDecision(agent: AgentResponse): void {
    openFormDialog<FirearmDecisionResponse>(this.dialog, FirearmDecisionDialog, agent).subscribe((saved) => {
      if (!saved) return;
      this.snackBar.open($localize`Décision du préfet enregistrée.`, 'OK', { duration: 4000 });
      void this.load(); // a suspension voids the permit from its date
    });
  }

  removeQualification(agent: AgentResponse, qualification: QualificationResponse, label: string): void {
    this.confirm({
      title: $localize`Supprimer la qualification ?`,
      message: $localize`« ${label} » sera retirée de la fiche de ${agent.firstName} ${agent.lastName}.`,
      confirm: $localize`Supprimer`,
    }).subscribe((yes) => {
      if (yes)
        void this.remove(
          () => this.api.removeQualification(agent.id, qualification.id),
          $localize`Qualification supprimée.`,
        );
    });
  }

  removeSession(agent: AgentResponse, session: ShootingSessionResponse): void {
    this.confirm({
      title: $localize`Supprimer la séance de tir ?`,
      message: $localize`La séance du ${formatDateFr(session.date)} (${session.rounds} cartouches) sera retirée.`,
      confirm: $localize`Supprimer`,
    }).subscribe((yes) => {
      if (yes)
        void this.remove(
          () => this.api.removeShootingSession(agent.id, session.id),
          $localize`Séance supprimée.`,
        );
    });
  }

  private confirm(data: ConfirmData) {
    return askToConfirm(this.dialog, data);
  }

  private async remove(call: () => Promise<void>, done: string): Promise<void> {
    try {
      await call();
      this.snackBar.open(done, 'OK', { duration: 4000 });
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 8000 });
    }
    await this.load();
  }
}
