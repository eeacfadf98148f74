import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  INCIDENT_LIMITS,
  INCIDENT_STATUS_LABELS,
  type IncidentResponse,
  IncidentStatus,
  STATUS_TRANSITIONS,
} from '@vigie/shared';

import { problemOf } from '../../../core/http/problem';
import { sentence } from '../../../shared/ui/sentence';
import { IncidentsApi } from '../data-access/incidents.api';
import { transitionLabel } from '../incident-words';

/** The status changes a supervisor may make from the current status, each with its note. */
@Component({
  selector: 'vg-status-actions',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  templateUrl: './status-actions.html',
  styleUrl: './status-actions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusActions {
  private readonly api = inject(IncidentsApi);
  private readonly injector = inject(Injector);
  private readonly noteField = viewChild<ElementRef<HTMLTextAreaElement>>('noteField');

  readonly incident = input.required<IncidentResponse>();
  readonly changed = output<IncidentResponse>();

  readonly transitions = computed(() =>
    STATUS_TRANSITIONS[this.incident().status].map((to) => ({
      to,
      label: transitionLabel(this.incident().status, to),
    })),
  );
  readonly target = signal<IncidentStatus | null>(null);
  readonly targetLabel = computed(() => {
    const to = this.target();
    return to ? transitionLabel(this.incident().status, to) : '';
  });
  readonly transferring = computed(() => this.target() === IncidentStatus.TRANSFERRED);
  readonly saving = signal(false);
  readonly error = signal<string | null>(null);
  readonly max = INCIDENT_LIMITS.statusNote.max;
  readonly form = inject(FormBuilder).nonNullable.group({
    note: [
      '',
      [
        Validators.required,
        Validators.maxLength(INCIDENT_LIMITS.statusNote.max),
        Validators.pattern(/\S[\s\S]*\S/),
      ],
    ],
  });

  statusLabel(status: IncidentStatus): string {
    return INCIDENT_STATUS_LABELS[status];
  }

  start(to: IncidentStatus): void {
    this.target.set(to);
    this.error.set(null);
    this.form.reset({ note: '' });
    afterNextRender(() => this.noteField()?.nativeElement.focus(), { injector: this.injector });
  }

  cancel(): void {
    this.target.set(null);
    this.error.set(null);
  }

  async submit(): Promise<void> {
    const to = this.target();
    this.form.markAllAsTouched();
    if (!to || this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      const incident = await this.api.changeStatus(
        this.incident().id,
        to,
        this.form.controls.note.value.trim(),
      );
      this.target.set(null);
      this.changed.emit(incident);
    } catch (error) {
      const problem = problemOf(error);
      const note = problem.errors?.find((e) => e.field === 'note');
      if (note) this.form.controls.note.setErrors({ server: sentence(note.message) });
      else this.error.set(problem.violations?.[0]?.message ?? problem.detail);
    } finally {
      this.saving.set(false);
    }
  }
}
