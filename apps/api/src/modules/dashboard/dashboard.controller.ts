import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ACCESS,
  DashboardArmouryResponse,
  DashboardBackupResponse,
  DashboardIncidentsResponse,
  DashboardQualificationsResponse,
  DashboardRecruitmentResponse,
  DashboardStaffingResponse,
  DashboardWeekResponse,
} from '@vigie/shared';

import { Roles, SignedIn } from '../../common/auth/auth.decorators';
import { ArmouryService } from '../armoury/armoury.service';
import { BackupService } from '../backup/backup.service';
import { DashboardService } from './dashboard.service';

/**
 * One route per tile of the chief's dashboard and HR's home (footage deadlines and camera
 * deployment have theirs: `/api/footage-requests?open=true`, `/api/cameras/deployment`).
 */
@ApiTags('dashboard')
@SignedIn()
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly backups: BackupService,
    private readonly armoury: ArmouryService,
  ) {}

  /** Weapons still out after the end of their agent's shift. */
  @Get('armoury')
  @Roles(...ACCESS.readWeapons)
  async armouryTile(): Promise<DashboardArmouryResponse> {
    return { overdue: await this.armoury.overdue() };
  }

  /** Headcount against the target, and the forecast month by month. */
  @Get('staffing')
  @Roles(...ACCESS.readStaffingAlerts)
  staffing(): Promise<DashboardStaffingResponse> {
    return this.dashboard.staffingTile();
  }

  /** This week's uncovered shifts and violations, each with its week to open the planning at. */
  @Get('week')
  @Roles(...ACCESS.readDashboard)
  week(): Promise<DashboardWeekResponse> {
    return this.dashboard.week();
  }

  /** Entries by status, and those of the last 24 hours. */
  @Get('incidents')
  @Roles(...ACCESS.readDashboard)
  incidents(): Promise<DashboardIncidentsResponse> {
    return this.dashboard.incidentsTile();
  }

  /** Qualifications expiring within 30 days; firearm permits lapsing for lack of training. */
  @Get('qualifications')
  @Roles(...ACCESS.readStaffingAlerts)
  qualifications(): Promise<DashboardQualificationsResponse> {
    return this.dashboard.qualifications();
  }

  /** The last backup's time, and a warning when it failed or is older than 36 hours. */
  @Get('backup')
  @Roles(...ACCESS.readBackups)
  backup(): Promise<DashboardBackupResponse> {
    return this.backups.status();
  }

  /** Recruitments in progress, and those waiting longer than usual. */
  @Get('recruitment')
  @Roles(...ACCESS.manageRecruitment)
  recruitment(): Promise<DashboardRecruitmentResponse> {
    return this.dashboard.recruitment();
  }
}
