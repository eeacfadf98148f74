import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { INCIDENT_LIMITS, type IncidentResponse } from '@vigie/shared';

import { IdempotentSubmission } from '../../../core/http/idempotency';
import { problemOf } from '../../../core/http/problem';
import { sentence } from '../../../shared/ui/sentence';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { IncidentsApi } from '../data-access/incidents.api';
import { type FormPhoto, PhotoPicker } from './photo-picker';

/** « Ajouter un complément »: the only way to correct or extend an entry. */
@Component({
  selector: 'vg-amendment-form',
  imports: [MatButtonModule, MatFormFieldModule, PhotoPicker, SvgIcon, MatInputModule, ReactiveFormsModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="amendment-form">
      <mat-form-field appearance="outline" class="text">
        <mat-label i18n>Complément</mat-label>
        <textarea
          matInput
          formControlName="text"
          rows="4"
          [maxlength]="max"
          data-testid="amendment-input"
        ></textarea>
        <mat-hint i18n>Précision, correction, suite donnée.</mat-hint>
        <mat-hint align="end">{{ length() }} / {{ maxLabel }}</mat-hint>
        @if (form.controls.text.hasError('server')) {
          <mat-error>{{ form.controls.text.getError('server') }}</mat-error>
        } @else {
          <mat-error i18n>Écrivez le complément (2 caractères au moins).</mat-error>
        }
      </mat-form-field>
      <vg-photo-picker [(photos)]="photos" />
      @if (error(); as message) {
        <p class="vg-error" role="alert">{{ message }}</p>
      }
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="amendment-submit">
          <mat-icon svgIcon="post_add" />
          <span i18n>Ajouter le complément</span>
        </button>
      </div>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }

    .text {
      width: 100%;
    }

    .buttons {
      display: flex;
      justify-content: flex-end;

      button {
        min-height: 44px;
      }
    }

    p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AmendmentForm {
  private readonly api = inject(IncidentsApi);

  readonly incidentId = input.required<string>();
  readonly amended = output<IncidentResponse>();

  readonly max = INCIDENT_LIMITS.amendment.max;
  readonly maxLabel = INCIDENT_LIMITS.amendment.max.toLocaleString('fr-FR');
  private readonly formDirective = viewChild.required(FormGroupDirective);
  readonly form = inject(FormBuilder).nonNullable.group({
    text: [
      '',
      [
        Validators.required,
        Validators.maxLength(INCIDENT_LIMITS.amendment.max),
        Validators.pattern(/\S[\s\S]*\S/),
      ],
    ],
  });
  private readonly text = toSignal(this.form.controls.text.valueChanges, { initialValue: '' });
  readonly length = computed(() => this.text().length);
  readonly saving = signal(false);
  /** Up to 6, like an entry's; sent before the complement, which names them. */
  readonly photos = signal<FormPhoto[]>([]);
  /** One key per entry sent: a repeat after a lost answer is answered, not recorded twice. */
  private readonly submission = new IdempotentSubmission();
  readonly error = signal<string | null>(null);

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      const text = this.form.controls.text.value.trim();
      const photos = this.photos();
      for (const photo of photos) await this.api.uploadPhoto(photo.blob);
      const hashes = photos.map((photo) => photo.sha256);
      const incident = await this.api.amend(
        this.incidentId(),
        text,
        this.submission.keyFor([this.incidentId(), text, hashes]),
        hashes,
      );
      this.submission.done();
      photos.forEach((photo) => URL.revokeObjectURL(photo.url));
      this.photos.set([]);
      // Not only the value: the « submitted » state too, or the empty field would show in red.
      this.formDirective().resetForm({ text: '' });
      this.amended.emit(incident);
    } catch (error) {
      const problem = problemOf(error);
      const text = problem.errors?.find((e) => e.field === 'text');
      if (text) this.form.controls.text.setErrors({ server: sentence(text.message) });
      else this.error.set(problem.detail);
    } finally {
      this.saving.set(false);
    }
  }
}
