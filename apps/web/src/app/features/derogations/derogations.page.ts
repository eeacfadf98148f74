import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  AgentStatus,
  compareFrench,
  DEFAULT_RULE_SET,
  DEROGABLE_RULES,
  type DerogableRule,
  DEROGATION_KIND_LABELS,
  DerogationKind,
  derogationLimitProblem,
  derogationPeriodProblem,
  type DerogationResponse,
  derogationSummary,
  derogationUnit,
  formatDateFr,
  PLANNING_LIMITS,
  ROSTER_RULE_LABELS,
  todayInParis,
} from '@vigie/shared';

import { AuthService } from '../../core/auth/auth.service';
import { problemOf } from '../../core/http/problem';
import { provideFrenchDates } from '../../shared/ui/french-dates';
import { PeriodFields } from '../../shared/ui/period-fields';
import { AgentsApi } from '../agents/data-access/agents.api';
import { DerogationsApi } from './derogations.api';

interface AgentOption {
  id: string;
  name: string;
}

/**
 * « Dérogations » (décret 2000-815 art. 3 II): the derogations to the working-time guarantees as
 * records — who decided, why, which agents and dates, which rule and to what limit. The roster
 * check turns what they cover into warnings naming them. The chief records and revokes them; the
 * supervisor reads them.
 */
@Component({
  selector: 'vg-derogations-page',
  imports: [
    PeriodFields,
    FormsModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
  ],
  providers: [provideFrenchDates()],
  templateUrl: './derogations.page.html',
  styleUrl: './derogations.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DerogationsPage implements OnInit {
  private readonly api = inject(DerogationsApi);
  private readonly agentsApi = inject(AgentsApi);
  private readonly auth = inject(AuthService);

  readonly fr = formatDateFr;
  readonly limits = PLANNING_LIMITS;
  readonly rules = DEROGABLE_RULES.map((rule) => ({ value: rule, label: ROSTER_RULE_LABELS[rule] }));
  readonly kinds = Object.values(DerogationKind).map((value) => ({
    value,
    label: DEROGATION_KIND_LABELS[value],
  }));
  readonly canManage = computed(() => this.auth.can('manageDerogations'));

  readonly derogations = signal<DerogationResponse[]>([]);
  readonly agents = signal<AgentOption[]>([]);
  readonly busy = signal(true);
  readonly error = signal<string | null>(null);
  readonly saved = signal<string | null>(null);

  // The form of a new derogation.
  readonly kind = signal<DerogationKind>(DerogationKind.EXCEPTIONAL);
  readonly rule = signal<DerogableRule>(DEROGABLE_RULES[0]);
  readonly limit = signal<number | null>(null);
  readonly title = signal('');
  readonly reason = signal('');
  readonly decidedBy = signal('');
  readonly agentIds = signal<string[]>([]);
  readonly from = signal(todayInParis());
  readonly to = signal(todayInParis());
  readonly unit = computed(() => (derogationUnit(this.rule()) === 'min' ? 'minutes' : 'heures'));
  /** « Durée quotidienne : 10 h maximum ordinairement », then what the limit typed gives. */
  readonly ruleHint = computed(() => {
    const limit = this.limit();
    const label = ROSTER_RULE_LABELS[this.rule()];
    if (limit === null || Number.isNaN(limit)) return null;
    return (
      derogationLimitProblem(this.rule(), limit, DEFAULT_RULE_SET) ??
      derogationSummary(this.rule(), limit, DEFAULT_RULE_SET, label)
    );
  });
  readonly limitProblem = computed(() => {
    const limit = this.limit();
    return limit === null ? null : derogationLimitProblem(this.rule(), limit, DEFAULT_RULE_SET);
  });
  readonly periodProblem = computed(() => derogationPeriodProblem(this.from(), this.to()));
  readonly complete = computed(
    () =>
      this.limit() !== null &&
      !this.limitProblem() &&
      !this.periodProblem() &&
      this.title().trim().length >= PLANNING_LIMITS.derogationTitle.min &&
      this.reason().trim().length >= PLANNING_LIMITS.derogationReason.min &&
      this.decidedBy().trim().length >= PLANNING_LIMITS.derogationDecidedBy.min &&
      this.agentIds().length > 0,
  );

  // Revocation: the derogation being revoked and why.
  readonly revoking = signal<string | null>(null);
  readonly revokeReason = signal('');

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [derogations, agents] = await Promise.all([
        this.api.list(),
        this.canManage() ? this.agentsApi.all() : Promise.resolve([]),
      ]);
      this.derogations.set(derogations);
      this.agents.set(
        agents
          .filter((agent) => agent.status !== AgentStatus.DEPARTED)
          .map((agent) => ({ id: agent.id, name: `${agent.firstName} ${agent.lastName}` }))
          .sort((a, b) => compareFrench(a.name, b.name)),
      );
    } catch (error) {
      this.error.set(problemOf(error).detail);
    } finally {
      this.busy.set(false);
    }
  }

  summary(derogation: DerogationResponse): string {
    return derogationSummary(
      derogation.rule,
      derogation.limit,
      { ...DEFAULT_RULE_SET, ...this.standing(derogation) },
      ROSTER_RULE_LABELS[derogation.rule],
    );
  }

  /** The standing limit the API says, so the summary reads the service's rule set. */
  private standing(derogation: DerogationResponse): Partial<typeof DEFAULT_RULE_SET> {
    const keys: Record<DerogableRule, keyof typeof DEFAULT_RULE_SET> = {
      DAILY_WORK: 'maxDailyWorkHours',
      DAY_SPAN: 'maxDaySpanHours',
      DAILY_REST: 'minDailyRestHours',
      BREAK: 'minBreakMinutes',
      WEEKLY_HOURS: 'maxWeeklyHours',
      AVERAGE_WEEKLY_HOURS: 'maxAverageWeeklyHours',
      WEEKLY_REST: 'minWeeklyRestHours',
    };
    return { [keys[derogation.rule]]: derogation.standingLimit };
  }

  names(derogation: DerogationResponse): string {
    return derogation.agents.map((agent) => agent.agentName).join(', ');
  }

  kindLabel(derogation: DerogationResponse): string {
    return DEROGATION_KIND_LABELS[derogation.kind];
  }

  async create(): Promise<void> {
    if (!this.complete() || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(null);
    try {
      const created = await this.api.create({
        kind: this.kind(),
        rule: this.rule(),
        limit: this.limit()!,
        title: this.title().trim(),
        reason: this.reason().trim(),
        decidedBy: this.decidedBy().trim(),
        agentIds: this.agentIds(),
        from: this.from(),
        to: this.to(),
      });
      this.derogations.update((list) => [created, ...list]);
      this.saved.set(
        $localize`Dérogation « ${created.title} » enregistrée : la vérification du planning l’applique.`,
      );
      this.title.set('');
      this.reason.set('');
      this.limit.set(null);
      this.agentIds.set([]);
    } catch (error) {
      this.error.set(problemOf(error).detail);
    } finally {
      this.busy.set(false);
    }
  }

  async revoke(derogation: DerogationResponse): Promise<void> {
    const reason = this.revokeReason().trim();
    if (reason.length < PLANNING_LIMITS.derogationReason.min || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const revoked = await this.api.revoke(derogation.id, { reason, version: derogation.version });
      this.derogations.update((list) => list.map((item) => (item.id === revoked.id ? revoked : item)));
      this.revoking.set(null);
      this.revokeReason.set('');
    } catch (error) {
      this.error.set(problemOf(error).detail);
    } finally {
      this.busy.set(false);
    }
  }
}
