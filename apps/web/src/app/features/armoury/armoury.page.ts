import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  addDays,
  ARMOURY_REGISTER_SOURCE,
  formatDateFr,
  todayInParis,
  WEAPON_KIND_LABELS,
  type WeaponIssueResponse,
  WeaponKind,
  type WeaponResponse,
  WeaponStatus,
} from '@vigie/shared';
import { firstValueFrom } from 'rxjs';

import { AuthService } from '../../core/auth/auth.service';
import { problemOf } from '../../core/http/problem';
import { SvgIcon } from '../../shared/ui/svg-icon';
import { PlanningApi } from '../planning/data-access/planning.api';
import { ArmouryApi } from './armoury.api';
import {
  agentsOnDuty,
  correctionLine,
  issueLine,
  kindLabel,
  weaponsInSafe,
  weaponWhereabouts,
} from './armoury-words';
import { CorrectionDialog } from './correction-dialog';
import { IssueDialog, type IssueDialogData } from './issue-dialog';
import { ReturnDialog } from './return-dialog';
import { WeaponStatusDialog } from './status-dialog';
import { WeaponDialog } from './weapon-dialog';

/**
 * « Armurerie »: the weapons out now and the day's log (état journalier), the supervisor handing
 * weapons to the agents on duty and taking them back with the cartridges counted; the register
 * below. An agent sees his own issues only.
 */
@Component({
  selector: 'vg-armoury-page',
  imports: [MatButtonModule, MatProgressBarModule, MatTooltipModule, SvgIcon],
  templateUrl: './armoury.page.html',
  styleUrl: './armoury.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArmouryPage implements OnInit {
  private readonly api = inject(ArmouryApi);
  private readonly planning = inject(PlanningApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthService);

  readonly today = todayInParis();
  readonly todayFr = formatDateFr(this.today);
  readonly source = ARMOURY_REGISTER_SOURCE;
  readonly canWrite = computed(() => {
    this.auth.user();
    return this.auth.can('writeArmoury');
  });

  readonly weapons = signal<WeaponResponse[]>([]);
  readonly log = signal<WeaponIssueResponse[]>([]);
  readonly busy = signal(true);
  readonly error = signal<string | null>(null);

  /** Out now (today's or older), the overdue first. */
  readonly out = computed(() =>
    this.log()
      .filter((issue) => issue.returnedAt === null)
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.agentName.localeCompare(b.agentName, 'fr')),
  );
  readonly returned = computed(() => this.log().filter((issue) => issue.returnedAt !== null));
  readonly register = computed(() =>
    Object.values(WeaponKind)
      .map((kind) => {
        const weapons = this.weapons().filter((weapon) => weapon.kind === kind);
        return {
          kind,
          label: WEAPON_KIND_LABELS[kind],
          weapons,
          inSafe: weaponsInSafe(weapons).length,
        };
      })
      .filter((group) => group.weapons.length > 0),
  );

  readonly line = issueLine;
  readonly kindOf = kindLabel;
  readonly where = weaponWhereabouts;
  readonly correctionText = correctionLine;
  readonly inService = WeaponStatus.IN_SERVICE;

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.busy.set(true);
    try {
      if (this.canWrite()) {
        // Today's log, and the weapons still out from an earlier day (overdue by then).
        const [log, overdue, weapons] = await Promise.all([
          this.api.issues(this.today),
          this.api.overdue(),
          this.api.weapons(),
        ]);
        const known = new Set(log.map((issue) => issue.id));
        this.log.set([...overdue.overdue.filter((issue) => !known.has(issue.id)), ...log]);
        this.weapons.set(weapons);
      } else {
        // An agent: his own issues (the API gives him no other), today's.
        this.log.set(await this.api.issues(this.today));
      }
      this.error.set(null);
    } catch (error) {
      this.error.set(problemOf(error).detail);
    } finally {
      this.busy.set(false);
    }
  }

  async openIssue(): Promise<void> {
    let agents: IssueDialogData['agents'];
    try {
      const shifts = await this.planning.shifts({ from: addDays(this.today, -1), to: this.today });
      agents = agentsOnDuty(shifts, new Date(), this.today);
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 6000 });
      return;
    }
    const data: IssueDialogData = { agents, weapons: weaponsInSafe(this.weapons()) };
    const issued = await firstValueFrom(
      this.dialog
        .open<IssueDialog, IssueDialogData, WeaponIssueResponse>(IssueDialog, { data })
        .afterClosed(),
    );
    if (issued) {
      this.snackBar.open(
        `${issued.weaponModel} · ${issued.serialNumber} remise à ${issued.agentName}.`,
        'OK',
        {
          duration: 4000,
        },
      );
      await this.load();
    }
  }

  async openReturn(issue: WeaponIssueResponse): Promise<void> {
    const returned = await firstValueFrom(
      this.dialog
        .open<ReturnDialog, WeaponIssueResponse, WeaponIssueResponse>(ReturnDialog, { data: issue })
        .afterClosed(),
    );
    if (returned) {
      this.snackBar.open(`${returned.weaponModel} · ${returned.serialNumber} réintégrée.`, 'OK', {
        duration: 4000,
      });
      await this.load();
    }
  }

  async openAdd(): Promise<void> {
    const added = await firstValueFrom(
      this.dialog.open<WeaponDialog, void, WeaponResponse>(WeaponDialog, { maxWidth: '95vw' }).afterClosed(),
    );
    if (added) {
      this.snackBar.open(`${added.model} · ${added.serialNumber} ajoutée au registre.`, 'OK', {
        duration: 4000,
      });
      await this.load();
    }
  }

  async openStatus(weapon: WeaponResponse): Promise<void> {
    const changed = await firstValueFrom(
      this.dialog
        .open<WeaponStatusDialog, WeaponResponse, WeaponResponse>(WeaponStatusDialog, {
          data: weapon,
          maxWidth: '95vw',
        })
        .afterClosed(),
    );
    if (changed) {
      this.snackBar.open(`${changed.model} · ${changed.serialNumber} : statut enregistré.`, 'OK', {
        duration: 4000,
      });
      await this.load();
    }
  }

  async openCorrection(issue: WeaponIssueResponse): Promise<void> {
    const corrected = await firstValueFrom(
      this.dialog
        .open<CorrectionDialog, WeaponIssueResponse, WeaponIssueResponse>(CorrectionDialog, {
          data: issue,
          maxWidth: '95vw',
        })
        .afterClosed(),
    );
    if (corrected) {
      this.snackBar.open('Correction enregistrée au journal.', 'OK', { duration: 4000 });
      await this.load();
    }
  }
}
