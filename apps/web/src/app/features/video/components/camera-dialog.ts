import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import {
  CAMERA_CODE_PATTERN,
  CameraKind,
  type CameraResponse,
  CameraStatus,
  isoDateOfPicker,
  pickerDateOf,
  VIDEO_LIMITS,
} from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { Territory } from '../../../shared/territory/territory';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { provideFrenchDates } from '../../../shared/ui/french-dates';
import { sentence } from '../../../shared/ui/sentence';
import { VideoApi } from '../data-access/video.api';
import { cameraKindLabel, cameraStatusLabel } from '../video-words';

/** What the dialog closes with: the saved camera, or 'reload' when it was changed meanwhile. */
export type CameraDialogResult = CameraResponse | 'reload';

/** Registers a camera, or edits one (`data` given, with its version: a stale one asks to reload). */
@Component({
  selector: 'vg-camera-dialog',
  imports: [FORM_DIALOG, MatButtonModule, MatCheckboxModule, MatDatepickerModule, MatSelectModule],
  providers: [provideFrenchDates()],
  templateUrl: './camera-dialog.html',
  styleUrl: './camera-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CameraDialog {
  private readonly api = inject(VideoApi);
  private readonly dialog = inject(MatDialogRef<CameraDialog, CameraDialogResult>);
  readonly existing = inject<CameraResponse | null>(MAT_DIALOG_DATA);
  private readonly territory = inject(Territory);

  readonly kinds = Object.values(CameraKind).map((value) => ({ value, label: cameraKindLabel(value) }));
  readonly statuses = Object.values(CameraStatus).map((value) => ({
    value,
    label: cameraStatusLabel(value),
  }));
  /** The service's active quartiers (and the camera's own, should the chief have retired it). */
  readonly quartiers = computed(() => this.territory.optionsWith(this.existing?.quartier));

  private readonly fb = inject(FormBuilder);
  readonly limits = VIDEO_LIMITS;
  readonly form = this.fb.group({
    code: [this.existing?.code ?? '', [Validators.required, Validators.pattern(CAMERA_CODE_PATTERN)]],
    kind: [this.existing?.kind ?? CameraKind.FIXED, Validators.required],
    label: [
      this.existing?.label ?? '',
      [
        Validators.required,
        Validators.minLength(VIDEO_LIMITS.cameraLabel.min),
        Validators.maxLength(VIDEO_LIMITS.cameraLabel.max),
      ],
    ],
    quartier: [this.existing?.quartier ?? (null as string | null), Validators.required],
    status: [this.existing?.status ?? CameraStatus.PLANNED, Validators.required],
    plannedYear: [
      this.existing?.plannedYear ?? new Date().getFullYear(),
      [
        Validators.required,
        Validators.min(VIDEO_LIMITS.plannedYear.min),
        Validators.max(VIDEO_LIMITS.plannedYear.max),
      ],
    ],
    installedOn: [
      this.existing?.installedOn ? pickerDateOf(this.existing.installedOn) : (null as Date | null),
    ],
    connectedToCsu: [this.existing?.connectedToCsu ?? false],
    lat: [this.existing?.lat ?? (null as number | null)],
    lng: [this.existing?.lng ?? (null as number | null)],
    note: ['', Validators.maxLength(VIDEO_LIMITS.cameraNote.max)],
  });
  private readonly status = toSignal(this.form.controls.status.valueChanges, {
    initialValue: this.form.controls.status.value,
  });
  /** A status change is kept in the camera's history, with a note. */
  readonly statusChanged = computed(() => !!this.existing && this.status() !== this.existing.status);

  readonly submission = new FormSubmission(sentence);
  readonly positionError = signal<string | null>(null);

  constructor() {
    // Code and kind name the camera in the register: they are not changed afterwards.
    if (this.existing) {
      this.form.controls.code.disable();
      this.form.controls.kind.disable();
    }
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.positionError.set(null);
    const v = this.form.getRawValue();
    const hasLat = v.lat !== null && `${v.lat}` !== '';
    const hasLng = v.lng !== null && `${v.lng}` !== '';
    if (hasLat !== hasLng) this.positionError.set($localize`Latitude et longitude vont ensemble.`);
    else if (hasLat && !this.territory.inside(Number(v.lat), Number(v.lng)))
      this.positionError.set($localize`La position doit être dans le territoire du service.`);
    if (this.form.invalid || this.positionError() || this.submission.saving()) return;
    const common = {
      label: (v.label ?? '').trim(),
      quartier: v.quartier!,
      status: v.status!,
      plannedYear: Number(v.plannedYear),
      connectedToCsu: !!v.connectedToCsu,
    };
    await this.submission.send(
      () =>
        this.existing
          ? this.api.updateCamera(this.existing.id, {
              ...common,
              lat: hasLat ? Number(v.lat) : null,
              lng: hasLng ? Number(v.lng) : null,
              installedOn: v.installedOn ? isoDateOfPicker(v.installedOn) : null,
              ...(this.statusChanged() && v.note?.trim() ? { note: v.note.trim() } : {}),
              version: this.existing.version,
            })
          : this.api.createCamera({
              ...common,
              code: (v.code ?? '').trim().toUpperCase(),
              kind: v.kind!,
              ...(hasLat ? { lat: Number(v.lat), lng: Number(v.lng) } : {}),
              ...(v.installedOn ? { installedOn: isoDateOfPicker(v.installedOn) } : {}),
            }),
      (saved) => this.dialog.close(saved),
    );
  }

  reload(): void {
    this.dialog.close('reload');
  }
}
