import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  defaultBreakMinutes,
  formatDateFr,
  frenchList,
  isoDateOfPicker,
  pickerDateOf,
  PLANNING_LIMITS,
  PLANNING_PATTERNS,
  type ProblemDetails,
  QualificationKind,
  type ShiftResponse,
  type ShiftTypeResponse,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { fieldErrors, problemOf } from '../../../core/http/problem';
import { type ConfirmData, ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { sentence } from '../../../shared/ui/sentence';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { PlanningApi } from '../data-access/planning.api';
import {
  agentNamesOf,
  createBody,
  draftMinutes,
  draftOf,
  instantsOf,
  moveQuestion,
  needsProblem,
  newDraft,
  type ShiftDraft,
  type ShiftQuestion,
  updateBody,
} from '../domain/shift-form';
import { breakHint, durationText } from '../domain/shift-type-form';
import { BreakField } from './break-field';
import { requirementGroup, RequirementRows } from './requirement-rows';
import { TimeRangeFields } from './time-range-fields';

/** The API's fields as the form names them. */
const FORM_FIELDS: Record<string, string> = { startsAt: 'startTime', endsAt: 'endTime' };

export interface ShiftDialogData {
  /** The shift to edit; null to create an event shift. */
  shift: ShiftResponse | null;
  /** The active types, to base a new shift on (its hours and needs as a start). */
  types: readonly ShiftTypeResponse[];
  /** The day a new shift is proposed on. */
  date: string;
}

/** The saved shift and whether agents were told of it; 'reload' when it was changed meanwhile. */
export type ShiftDialogResult = { shift: ShiftResponse; created: boolean; told: number } | 'reload';

/**
 * Creates an event shift (Fête de la Musique, a market, a ceremony) or edits a shift: its day,
 * times (24 h; an end before the start is the next day's), label and needs. New times of a shift
 * agents are on are asked first, naming them: they are told in « Mon planning ».
 */
@Component({
  selector: 'vg-shift-dialog',
  imports: [
    FORM_DIALOG,
    BreakField,
    RequirementRows,
    TimeRangeFields,
    MatButtonModule,
    MatDatepickerModule,
    MatSelectModule,
    SvgIcon,
  ],
  providers: [provideFrenchDates()],
  templateUrl: './shift-dialog.html',
  styleUrl: './shift-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShiftDialog {
  private readonly api = inject(PlanningApi);
  private readonly dialogs = inject(MatDialog);
  private readonly dialog = inject(MatDialogRef<ShiftDialog, ShiftDialogResult>);
  readonly data = inject<ShiftDialogData>(MAT_DIALOG_DATA);
  readonly existing = this.data.shift;
  readonly limits = PLANNING_LIMITS;
  /** The edited shift's type, named (its code when archived since): it cannot be changed. */
  readonly typeLabel = this.existing
    ? (this.data.types.find((type) => type.id === this.existing?.shiftTypeId)?.label ??
      this.existing.typeCode)
    : null;

  private readonly initial: ShiftDraft = this.existing
    ? draftOf(this.existing)
    : newDraft(this.data.date, this.data.types[0]);
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly requirements = new FormArray(this.initial.requirements.map((r) => requirementGroup(r)));
  readonly form = this.fb.group({
    shiftTypeId: [this.initial.shiftTypeId, Validators.required],
    date: this.fb.control<Date | null>(pickerDateOf(this.initial.date), Validators.required),
    startTime: [
      this.initial.startTime,
      [Validators.required, Validators.pattern(PLANNING_PATTERNS.localTime)],
    ],
    endTime: [this.initial.endTime, [Validators.required, Validators.pattern(PLANNING_PATTERNS.localTime)]],
    label: [
      this.initial.label,
      [
        Validators.required,
        Validators.minLength(PLANNING_LIMITS.shiftLabel.min),
        Validators.maxLength(PLANNING_LIMITS.shiftLabel.max),
      ],
    ],
    minAgents: [
      this.initial.minAgents,
      [
        Validators.required,
        Validators.min(PLANNING_LIMITS.minAgents.min),
        Validators.max(PLANNING_LIMITS.minAgents.max),
      ],
    ],
    // Empty: the API gives the statutory break for the shift's length.
    breakMinutes: this.fb.control<number | null>(this.initial.breakMinutes ?? null, [
      Validators.min(PLANNING_LIMITS.breakMinutes.min),
      Validators.max(PLANNING_LIMITS.breakMinutes.max),
    ]),
    requirements: this.requirements,
  });

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  /** The form as the rules read it. */
  readonly draft = computed<ShiftDraft>(() => {
    const v = this.value();
    return {
      shiftTypeId: v.shiftTypeId ?? '',
      date: v.date instanceof Date && !isNaN(v.date.getTime()) ? isoDateOfPicker(v.date) : '',
      startTime: v.startTime ?? '',
      endTime: v.endTime ?? '',
      label: v.label ?? '',
      minAgents: Number(v.minAgents ?? 0),
      breakMinutes:
        v.breakMinutes === null || v.breakMinutes === undefined || String(v.breakMinutes) === ''
          ? undefined
          : Number(v.breakMinutes),
      requirements: (v.requirements ?? []).map((r) => ({
        kind: r.kind ?? QualificationKind.FIREARM,
        count: Number(r.count ?? 0),
      })),
    };
  });
  readonly duration = computed(() => durationText(this.draft().startTime, this.draft().endTime));
  /** « Le 21/06/2026, de 18:00 à 01:00 le lendemain (7 h) », once day and times are read. */
  readonly when = computed(() => {
    const draft = this.draft();
    const instants = instantsOf(draft);
    if (!instants) return null;
    const nextDay = draft.endTime <= draft.startTime ? $localize` le lendemain` : '';
    return $localize`Le ${formatDateFr(draft.date)}, de ${draft.startTime} à ${draft.endTime}${nextDay}`;
  });
  readonly needsProblem = computed(() => needsProblem(this.draft()));
  readonly breakHint = computed(() => {
    const minutes = draftMinutes(this.draft());
    const given = this.draft().breakMinutes;
    return breakHint(minutes, given ?? (minutes === null ? 0 : defaultBreakMinutes(minutes)));
  });
  /** « Affectés : Karim Benali et Élodie Martin » on an edited shift agents are on. */
  readonly staffed = computed(() => {
    const names = this.existing ? agentNamesOf(this.existing) : [];
    return names.length === 0 ? null : $localize`Affectés : ${frenchList(names)}`;
  });

  readonly serverErrors = signal<Record<string, string>>({});
  readonly error = signal<string | null>(null);
  readonly stale = signal(false);
  readonly saving = signal(false);

  constructor() {
    // A new shift starts from its type's hours and needs, as long as they were not typed over.
    this.form.controls.shiftTypeId.valueChanges.subscribe((id) => {
      const type = this.data.types.find((candidate) => candidate.id === id);
      if (!type || this.existing) return;
      const { startTime, endTime, minAgents } = this.form.controls;
      if (startTime.pristine) startTime.setValue(type.startTime);
      if (endTime.pristine) endTime.setValue(type.endTime);
      if (minAgents.pristine) minAgents.setValue(type.minAgents);
      if (this.form.controls.breakMinutes.pristine)
        this.form.controls.breakMinutes.setValue(type.breakMinutes);
      if (this.requirements.pristine) {
        this.requirements.clear();
        for (const requirement of type.requirements) this.requirements.push(requirementGroup(requirement));
      }
    });
  }

  addRequirement(): void {
    this.requirements.push(requirementGroup({ kind: QualificationKind.FIREARM, count: 1 }));
    this.requirements.markAsDirty();
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.needsProblem() || this.saving()) return;
    this.saving.set(true);
    this.serverErrors.set({});
    this.error.set(null);
    this.stale.set(false);
    try {
      const saved = this.existing ? await this.update(this.existing) : await this.create();
      if (saved) this.dialog.close(saved);
    } catch (error) {
      this.show(problemOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  private async create(): Promise<ShiftDialogResult | null> {
    const body = createBody(this.draft());
    if (!body) return null;
    return { shift: await this.api.createShift(body), created: true, told: 0 };
  }

  /** Asks first when agents are on the shift; asks again if some were put on it meanwhile. */
  private async update(shift: ShiftResponse): Promise<ShiftDialogResult | null> {
    const body = updateBody(shift, this.draft());
    if (!body) return null;
    const question = moveQuestion(shift, body);
    if (question && !(await this.ask(question))) return null;
    try {
      const saved = await this.api.updateShift(shift.id, body, question !== null);
      return { shift: saved, created: false, told: question ? shift.assignments.length : 0 };
    } catch (error) {
      const problem = problemOf(error);
      if (problem.reason !== 'SHIFT_HAS_AGENTS') throw error;
      const asked = await this.ask({
        title: $localize`Des agents sont affectés à ce créneau`,
        message: problem.detail,
        confirm: $localize`Changer les horaires`,
      });
      if (!asked) return null;
      const saved = await this.api.updateShift(shift.id, body, true);
      return { shift: saved, created: false, told: problem.violations?.length ?? 0 };
    }
  }

  private async ask(question: ShiftQuestion): Promise<boolean> {
    const data: ConfirmData = { ...question, tone: 'primary' };
    const answer = await firstValueFrom(
      this.dialogs
        .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data, width: '480px', maxWidth: '95vw' })
        .afterClosed(),
    );
    return answer === true;
  }

  private show(problem: ProblemDetails): void {
    this.stale.set(problem.status === 409 && problem.code === 'VERSION_CONFLICT');
    this.serverErrors.set(
      Object.fromEntries(
        Object.entries(fieldErrors(problem)).map(([field, message]) => [
          FORM_FIELDS[field.split('.')[0]] ?? field.split('.')[0],
          sentence(message),
        ]),
      ),
    );
    this.error.set(
      problem.violations?.length && problem.reason !== 'SHIFT_HAS_AGENTS'
        ? [problem.detail, ...problem.violations.map((v) => v.message)].join(' ')
        : problem.detail,
    );
  }

  reload(): void {
    this.dialog.close('reload');
  }
}
