import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import {
  EXIT_LABELS,
  isoDateOfPicker,
  type Milestone,
  MILESTONE_LABELS,
  pickerDateOf,
  RECRUITMENT_LIMITS,
  RecruitmentExit,
  type RecruitmentResponse,
  todayInParis,
} from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { DATE_FORM } from '../../../shared/ui/date-form';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { RecruitmentApi } from '../data-access/recruitment.api';
import { isExit } from '../recruitment-board';

type Step = Milestone | RecruitmentExit;

/**
 * « Enregistrer une étape »: one of the milestones the route allows now, or an exit (désistement,
 * refus) with its reason; dated today unless told otherwise. Shows why the API refuses one.
 */
@Component({
  selector: 'vg-milestone-form',
  imports: [DATE_FORM],
  providers: [provideFrenchDates()],
  templateUrl: './milestone-form.html',
  styleUrl: './milestone-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MilestoneForm {
  private readonly api = inject(RecruitmentApi);

  readonly recruitment = input.required<RecruitmentResponse>();
  readonly recorded = output<RecruitmentResponse>();

  readonly today = pickerDateOf(todayInParis());
  readonly limits = RECRUITMENT_LIMITS;
  readonly form = inject(FormBuilder).group({
    milestone: [null as Step | null, Validators.required],
    date: [this.today as Date | null, Validators.required],
    reason: [''],
    note: ['', Validators.maxLength(RECRUITMENT_LIMITS.note.max)],
  });
  readonly milestones = computed(() =>
    this.recruitment().nextMilestones.map((milestone) => ({
      value: milestone,
      label: MILESTONE_LABELS[milestone],
    })),
  );
  readonly exits = [RecruitmentExit.WITHDRAWN, RecruitmentExit.REJECTED].map((exit) => ({
    value: exit,
    label: EXIT_LABELS[exit],
  }));
  private readonly chosen = toSignal(this.form.controls.milestone.valueChanges, { initialValue: null });
  readonly exit = computed(() => {
    const step = this.chosen();
    return step !== null && isExit(step);
  });

  readonly submission = new FormSubmission();
  /** The rules a refused step breaks, listed when there are several (one is the message itself). */
  readonly violations = computed(() => {
    const messages = (this.submission.problem()?.violations ?? []).map((violation) => violation.message);
    return messages.length > 1 ? messages : [];
  });

  constructor() {
    // A new state of the recruitment (after a step is recorded): a fresh form.
    effect(() => {
      const next = this.recruitment().nextMilestones;
      this.form.reset({
        milestone: next.length === 1 ? next[0] : null,
        date: this.today,
        reason: '',
        note: '',
      });
    });
    // The reason is asked for, and required, only for an exit.
    effect(() => {
      const reason = this.form.controls.reason;
      reason.setValidators(
        this.exit()
          ? [
              Validators.required,
              Validators.minLength(RECRUITMENT_LIMITS.exitReason.min),
              Validators.maxLength(RECRUITMENT_LIMITS.exitReason.max),
            ]
          : [],
      );
      reason.updateValueAndValidity();
    });
  }

  async submit(): Promise<void> {
    if (!this.submission.ready(this.form)) return;
    const { milestone, date, reason, note } = this.form.getRawValue();
    if (milestone === null || date === null) return;
    const step = {
      milestone,
      date: isoDateOfPicker(date),
      note: note?.trim() || undefined,
      reason: isExit(milestone) ? reason?.trim() : undefined,
    };
    await this.submission.send(
      () => this.api.recordMilestone(this.recruitment().id, step),
      (saved) => this.recorded.emit(saved),
    );
  }
}
