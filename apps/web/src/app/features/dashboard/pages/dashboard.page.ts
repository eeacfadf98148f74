import { ChangeDetectionStrategy, Component, computed, inject, viewChildren } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import { AuthService } from '../../../core/auth/auth.service';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { BackupStatus } from '../components/backup-status';
import { DeploymentTile } from '../components/deployment-tile';
import { FootageTile } from '../components/footage-tile';
import { IncidentsTile } from '../components/incidents-tile';
import { QualificationsTile } from '../components/qualifications-tile';
import { RecruitmentTile } from '../components/recruitment-tile';
import { StaffingTile } from '../components/staffing-tile';
import { WeekTile } from '../components/week-tile';
import { greeting, longToday } from '../home-words';

/**
 * « Tableau de bord », the home of a chief and of a chief de brigade: the service at a glance on
 * a 1366×768 screen. Each tile answers from its own call, with its own loading and error state.
 */
@Component({
  selector: 'vg-dashboard-page',
  imports: [
    BackupStatus,
    DeploymentTile,
    FootageTile,
    IncidentsTile,
    MatButtonModule,
    SvgIcon,
    QualificationsTile,
    RecruitmentTile,
    RouterLink,
    StaffingTile,
    WeekTile,
  ],
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly auth = inject(AuthService);

  readonly user = this.auth.user;
  readonly greeting = greeting(new Date());
  readonly today = longToday(new Date());
  /** Chiefs follow the recruitments; a chief de brigade does not. */
  readonly showRecruitment = computed(() => {
    this.user();
    return this.auth.can('manageRecruitment');
  });
  /** The chief answers for the service's records: she sees the backups' state. */
  readonly showBackups = computed(() => {
    this.user();
    return this.auth.can('readBackups');
  });
  readonly canLogIncident = computed(() => {
    this.user();
    return this.auth.can('readIncidents');
  });
  /** Those who hand weapons out reach the armoury from here (its flag sits in « Cette semaine »). */
  readonly canUseArmoury = computed(() => {
    this.user();
    return this.auth.can('writeArmoury');
  });

  private readonly tiles = viewChildren<{ tile: { load(): Promise<void> } }>('tile');
  private readonly backups = viewChildren(BackupStatus);

  refresh(): void {
    for (const tile of this.tiles()) void tile.tile.load();
    for (const status of this.backups()) void status.load();
  }
}
