import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ValidationErrors, Validators } from '@angular/forms';
import {
  ABSENCE_KIND_LABELS,
  AbsenceKind,
  type AbsenceResponse,
  addDays,
  isoDateOfPicker,
  localIso,
  PLANNING_LIMITS,
  SERVICE_TIME_ZONE,
  type TimeAccountResponse,
  todayInParis,
} from '@vigie/shared';

import { IdempotentSubmission } from '../../../core/http/idempotency';
import { fieldErrors, problemOf } from '../../../core/http/problem';
import { DATE_FORM } from '../../../shared/ui/date-form';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { TimeAccountsApi } from '../../time-accounts/data-access/time-accounts.api';
import { absenceBalance } from '../../time-accounts/words/time-words';
import { AbsencesApi } from '../data-access/absences.api';

export interface AgentOption {
  id: string;
  name: string;
}

/** The last day may not come before the first. */
function inOrder(group: AbstractControl): ValidationErrors | null {
  const from = group.get('from')?.value as Date | null;
  const to = group.get('to')?.value as Date | null;
  return from && to && to < from ? { order: true } : null;
}

/**
 * An absence over whole days, from the first to the last (both included): an agent's request for
 * himself, or, with `agents`, one the chief records for anybody (approved at once).
 */
@Component({
  selector: 'vg-absence-form',
  imports: [DATE_FORM],
  providers: [provideFrenchDates()],
  templateUrl: './absence-form.html',
  styleUrl: './absence-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AbsenceForm {
  private readonly api = inject(AbsencesApi);

  /** The agent the absence is for; when null, chosen among `agents`. */
  readonly agentId = input<string | null>(null);
  readonly agents = input<AgentOption[]>([]);
  readonly submitLabel = input($localize`Envoyer la demande`);
  /** Shows a « Annuler » button next to the submit one. */
  readonly cancellable = input(false);
  readonly saved = output<AbsenceResponse>();
  readonly cancelled = output();

  readonly kinds = Object.values(AbsenceKind).map((kind) => ({
    value: kind,
    label: ABSENCE_KIND_LABELS[kind],
  }));
  private readonly fb = inject(FormBuilder);
  readonly limits = PLANNING_LIMITS;
  readonly form = this.fb.group(
    {
      agent: [''],
      kind: [AbsenceKind.ANNUAL_LEAVE, Validators.required],
      from: [null as Date | null, Validators.required],
      to: [null as Date | null, Validators.required],
      note: ['', Validators.maxLength(PLANNING_LIMITS.absenceNote.max)],
      // The chief's reason to record it although it takes the balance below zero.
      balanceOverride: [
        '',
        [
          Validators.minLength(PLANNING_LIMITS.balanceOverride.min),
          Validators.maxLength(PLANNING_LIMITS.balanceOverride.max),
        ],
      ],
    },
    { validators: inOrder },
  );
  readonly serverErrors = signal<Record<string, string>>({});
  readonly error = signal<string | null>(null);
  /** The API refused the request because its balance would go negative. */
  readonly overdrawn = signal(false);
  /** The chief, recording for an agent, may go past the balance with a reason. */
  readonly canOverride = computed(() => this.overdrawn() && this.agentId() === null);
  readonly saving = signal(false);
  /** One key per request sent: a repeat after a lost answer is answered, not recorded twice. */
  private readonly submission = new IdempotentSubmission();

  private readonly accounts = inject(TimeAccountsApi);
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  /** The agent and year whose balances the form reads: the absence's first day's year, else this one. */
  private readonly accountKey = computed(() => {
    const agentId = this.agentId() ?? this.value().agent ?? '';
    const from = this.value().from;
    const year =
      from instanceof Date && !isNaN(from.getTime())
        ? from.getFullYear()
        : Number(todayInParis().slice(0, 4));
    return agentId ? `${agentId}|${year}` : null;
  });
  private readonly account = signal<TimeAccountResponse | null>(null);
  /** « Il vous reste 12 jours de congés annuels. », for the kinds that draw on a balance. */
  readonly balance = computed(() => {
    const account = this.account();
    const kind = this.value().kind;
    if (!account || !kind) return null;
    return absenceBalance(account, kind, this.agentId() !== null);
  });

  constructor() {
    // The balances are read once per agent and year; a failure leaves the form as it was (the API still checks).
    effect(() => {
      const key = this.accountKey();
      untracked(() => void this.loadAccount(key));
    });
  }

  private async loadAccount(key: string | null): Promise<void> {
    this.account.set(null);
    if (!key) return;
    const [agentId, year] = key.split('|');
    try {
      const account = await this.accounts.account(agentId, Number(year));
      if (this.accountKey() === key) this.account.set(account);
    } catch {
      // No balance shown: the request is still checked by the API.
    }
  }

  async submit(): Promise<void> {
    const agentId = this.agentId() ?? this.form.controls.agent.value;
    if (!this.agentId()) this.form.controls.agent.setValidators(Validators.required);
    this.form.controls.agent.updateValueAndValidity();
    this.form.markAllAsTouched();
    if (this.form.invalid || !agentId || this.saving()) return;
    const { kind, from, to, note, balanceOverride } = this.form.getRawValue();
    const override = this.canOverride() ? balanceOverride?.trim() : '';
    this.saving.set(true);
    this.error.set(null);
    this.overdrawn.set(false);
    this.serverErrors.set({});
    try {
      const dto = {
        agentId,
        kind: kind ?? AbsenceKind.ANNUAL_LEAVE,
        startsAt: localIso(isoDateOfPicker(from!), SERVICE_TIME_ZONE) ?? '',
        endsAt: localIso(addDays(isoDateOfPicker(to!), 1), SERVICE_TIME_ZONE) ?? '',
        note: note?.trim() || undefined,
        ...(override ? { balanceOverride: override } : {}),
      };
      const saved = await this.api.create(dto, this.submission.keyFor(dto));
      this.submission.done();
      this.form.reset({
        agent: '',
        kind: kind ?? AbsenceKind.ANNUAL_LEAVE,
        from: null,
        to: null,
        note: '',
        balanceOverride: '',
      });
      this.saved.emit(saved);
    } catch (error) {
      const problem = problemOf(error);
      this.serverErrors.set(fieldErrors(problem));
      this.error.set(problem.detail);
      this.overdrawn.set(problem.reason === 'LEAVE_BALANCE_EXCEEDED');
    } finally {
      this.saving.set(false);
    }
  }
}
