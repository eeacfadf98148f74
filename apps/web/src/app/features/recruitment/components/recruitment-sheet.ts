import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  formatDateFr,
  GRADE_LABELS,
  type RecruitmentResponse,
  RecruitmentStatus,
  ROUTE_LABELS,
} from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { stepLabel } from '../recruitment-board';
import { MilestoneForm } from './milestone-form';

export interface RecruitmentSheetData {
  recruitment: RecruitmentResponse;
  /** Called after each step recorded, to refresh the board and the forecast behind. */
  changed: () => void;
}

const STATUS_LABELS: Record<RecruitmentStatus, string> = {
  [RecruitmentStatus.OPEN]: $localize`En cours`,
  [RecruitmentStatus.COMPLETED]: $localize`Opérationnel`,
  [RecruitmentStatus.WITHDRAWN]: $localize`Désistement`,
  [RecruitmentStatus.REJECTED]: $localize`Refusé`,
};

/** A candidate's file in a side sheet: the full history and the form to record the next step. */
@Component({
  selector: 'vg-recruitment-sheet',
  imports: [DatePipe, MatButtonModule, MatDialogModule, SvgIcon, MilestoneForm, RouterLink],
  templateUrl: './recruitment-sheet.html',
  styleUrl: './recruitment-sheet.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecruitmentSheet {
  private readonly data = inject<RecruitmentSheetData>(MAT_DIALOG_DATA);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthService);
  readonly dialog = inject(MatDialogRef<RecruitmentSheet>);

  readonly recruitment = signal(this.data.recruitment);
  readonly formatDate = formatDateFr;
  readonly subtitle = computed(
    () => `${ROUTE_LABELS[this.recruitment().route]} · ${GRADE_LABELS[this.recruitment().grade]}`,
  );
  readonly status = computed(() => STATUS_LABELS[this.recruitment().status]);
  readonly open = computed(() => this.recruitment().status === RecruitmentStatus.OPEN);
  readonly history = computed(() =>
    this.recruitment().milestones.map((record) => ({ ...record, label: stepLabel(record.milestone) })),
  );
  readonly canSeeAgent = computed(() => {
    this.auth.user();
    return this.auth.can('readHeadcount');
  });

  onRecorded(saved: RecruitmentResponse): void {
    const last = saved.milestones.at(-1);
    this.recruitment.set(saved);
    this.data.changed();
    if (last) {
      this.snackBar.open(
        $localize`« ${stepLabel(last.milestone)} » enregistré pour ${saved.candidateName}.`,
        'OK',
        { duration: 5000 },
      );
    }
  }
}
