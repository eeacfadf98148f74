import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  type ForecastResponse,
  type HeadcountResponse,
  type RecruitmentResponse,
  todayInParis,
} from '@vigie/shared';

import { loadInto } from '../../../shared/data/load-into';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { ForecastPanel } from '../../staffing/components/forecast-panel';
import { StaffingApi } from '../../staffing/data-access/staffing.api';
import { CandidateDialog } from '../components/candidate-dialog';
import { RecruitmentCard } from '../components/recruitment-card';
import { RecruitmentSheet, RecruitmentSheetData } from '../components/recruitment-sheet';
import { RecruitmentApi } from '../data-access/recruitment.api';
import { groupByPhase, PHASES } from '../recruitment-board';

/** HR's recruitment page: headcount and forecast on top, the board of candidates by phase below. */
@Component({
  selector: 'vg-recruitment-page',
  imports: [
    ForecastPanel,
    MatButtonModule,
    MatExpansionModule,
    SvgIcon,
    MatProgressBarModule,
    RecruitmentCard,
  ],
  templateUrl: './recruitment.page.html',
  styleUrl: './recruitment.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecruitmentPage implements OnInit {
  private readonly api = inject(RecruitmentApi);
  private readonly staffing = inject(StaffingApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  readonly phases = PHASES;
  readonly recruitments = signal<RecruitmentResponse[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly headcount = signal<HeadcountResponse | null>(null);
  readonly forecast = signal<ForecastResponse | null>(null);
  readonly staffingLoading = signal(true);
  readonly staffingError = signal<string | null>(null);

  readonly board = computed(() => groupByPhase(this.recruitments(), todayInParis()));
  readonly stalled = computed(() => this.recruitments().filter((r) => r.stalled).length);

  ngOnInit(): void {
    void this.loadBoard();
    void this.loadStaffing();
  }

  async loadBoard(): Promise<void> {
    await loadInto(this, async () => {
      this.recruitments.set((await this.api.list()).items);
    });
  }

  async loadStaffing(): Promise<void> {
    await loadInto({ loading: this.staffingLoading, error: this.staffingError }, async () => {
      const [headcount, forecast] = await Promise.all([
        this.staffing.headcount(),
        this.staffing.forecast(18),
      ]);
      this.headcount.set(headcount);
      this.forecast.set(forecast);
    });
  }

  open(recruitment: RecruitmentResponse): void {
    const data: RecruitmentSheetData = {
      recruitment,
      changed: () => {
        void this.loadBoard();
        void this.loadStaffing();
      },
    };
    this.dialog.open(RecruitmentSheet, {
      data,
      panelClass: 'vg-side-sheet',
      position: { right: '0', top: '0' },
      height: '100%',
      width: '560px',
      maxWidth: '100vw',
      ariaLabelledBy: 'sheet-title',
      autoFocus: 'first-heading',
    });
  }

  create(): void {
    this.dialog
      .open(CandidateDialog, { autoFocus: 'first-tabbable', maxWidth: '100vw' })
      .afterClosed()
      .subscribe((created?: RecruitmentResponse) => {
        if (!created) return;
        this.snackBar.open($localize`Candidature de ${created.candidateName} enregistrée.`, 'OK', {
          duration: 4000,
        });
        void this.loadBoard();
        void this.loadStaffing();
      });
  }
}
