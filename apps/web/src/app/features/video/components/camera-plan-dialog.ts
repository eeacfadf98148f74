import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { CameraKind, type DeploymentResponse, repeatedPlanLine, VIDEO_LIMITS } from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { FORM_DIALOG } from '../../../shared/ui/form-dialog';
import { sentence } from '../../../shared/ui/sentence';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { VideoApi } from '../data-access/video.api';
import { cameraKindLabel } from '../video-words';

function lineGroup(line: { year: number; kind: CameraKind; planned: number }) {
  const { plannedYear, plannedCount } = VIDEO_LIMITS;
  return new FormGroup({
    year: new FormControl(line.year, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(plannedYear.min), Validators.max(plannedYear.max)],
    }),
    kind: new FormControl(line.kind, { nonNullable: true, validators: Validators.required }),
    planned: new FormControl(line.planned, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(plannedCount.min), Validators.max(plannedCount.max)],
    }),
  });
}

/**
 * The service's camera plan (the council's vote, a revision): so many cameras of a kind in a
 * year, a line each. Closes with the deployment as the API answers it once saved.
 */
@Component({
  selector: 'vg-camera-plan-dialog',
  imports: [FORM_DIALOG, MatButtonModule, MatSelectModule, SvgIcon],
  templateUrl: './camera-plan-dialog.html',
  styleUrl: './camera-plan-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CameraPlanDialog {
  private readonly api = inject(VideoApi);
  private readonly dialog = inject(MatDialogRef<CameraPlanDialog, DeploymentResponse>);
  private readonly deployment = inject<DeploymentResponse>(MAT_DIALOG_DATA);

  readonly limits = VIDEO_LIMITS;
  readonly kinds = Object.values(CameraKind).map((value) => ({ value, label: cameraKindLabel(value) }));
  readonly lines = new FormArray(
    this.deployment.rows.filter((row) => row.planned > 0).map((row) => lineGroup(row)),
  );
  readonly form = new FormGroup({ lines: this.lines });
  /** The row repeating an earlier row's year and kind. */
  readonly repeated = signal<number>(-1);
  readonly submission = new FormSubmission(sentence);

  add(): void {
    const years = this.lines.controls.map((group) => group.controls.year.value);
    const year = years.length
      ? Math.min(Math.max(...years) + 1, VIDEO_LIMITS.plannedYear.max)
      : new Date().getFullYear();
    this.lines.push(lineGroup({ year, kind: CameraKind.FIXED, planned: 1 }));
  }

  remove(index: number): void {
    this.lines.removeAt(index);
    this.repeated.set(-1);
  }

  kindLabel(kind: CameraKind): string {
    return cameraKindLabel(kind).toLowerCase();
  }

  async save(): Promise<void> {
    const lines = this.lines.getRawValue().map((line) => ({
      year: Number(line.year),
      kind: line.kind,
      planned: Number(line.planned),
    }));
    this.repeated.set(repeatedPlanLine(lines));
    if (!this.submission.ready(this.form) || this.repeated() >= 0) return;
    await this.submission.send(
      () => this.api.replaceCameraPlan({ lines }),
      (deployment) => this.dialog.close(deployment),
    );
  }
}
