import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  scheduleProblem,
  TIME_ACCOUNT_LIMITS,
  type TimeAccountResponse,
  TimeBasis,
  WEEKDAY_LABELS,
} from '@vigie/shared';

import { FormSubmission } from '../../../core/http/form-submission';
import { TimeAccountsApi } from '../data-access/time-accounts.api';

/** « Selon son grade » sends no basis: the agent goes back to his grade's default. */
type BasisChoice = TimeBasis | 'DEFAULT';

/**
 * The chief's and HR's settings of one agent's account: how his hours are counted (the roster or a
 * fixed week) and the balance carried in at the opening of the year's account, each with a reason
 * (audited). Shown under the account on his page of « Comptes d'heures ».
 */
@Component({
  selector: 'vg-time-account-settings',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  template: `
    <section class="card" aria-labelledby="counting-title" data-testid="time-counting-form">
      <h2 id="counting-title" class="vg-overline" i18n>Décompte des heures</h2>
      <p class="muted" i18n>
        Les policiers et ASVP sont comptés sur le planning ; les administratifs sur un horaire fixe, dont les
        jours sont travaillés sauf absence ou jour férié.
      </p>
      <form (ngSubmit)="saveCounting()" class="fields">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n>Décompte</mat-label>
          <mat-select
            [ngModel]="basis()"
            (ngModelChange)="basis.set($event)"
            name="basis"
            data-testid="counting-basis"
          >
            <mat-option value="DEFAULT" i18n>Selon son grade</mat-option>
            <mat-option [value]="roster" i18n>Planning Vigie</mat-option>
            <mat-option [value]="schedule" i18n>Horaire fixe</mat-option>
          </mat-select>
        </mat-form-field>
        @if (showsWeek()) {
          <div class="days" role="group" aria-label="Jours travaillés" i18n-aria-label>
            @for (day of weekdayChoices; track day.value) {
              <button
                mat-stroked-button
                type="button"
                class="day"
                [class.on]="weekdays().includes(day.value)"
                [attr.aria-pressed]="weekdays().includes(day.value)"
                (click)="toggle(day.value)"
                [attr.data-testid]="'counting-day-' + day.value"
              >
                <span aria-hidden="true">{{ day.short }}</span><span class="visually-hidden">{{
                  day.label
                }}</span>
              </button>
            }
          </div>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="narrow">
            <mat-label i18n>Heures par jour</mat-label>
            <input
              matInput
              type="number"
              step="0.25"
              [min]="limits.scheduleDailyHours.min"
              [max]="limits.scheduleDailyHours.max"
              [(ngModel)]="dailyHours"
              name="dailyHours"
              data-testid="counting-hours"
            />
          </mat-form-field>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label i18n>Motif</mat-label>
          <input
            matInput
            required
            [maxlength]="limits.countingReason.max"
            [(ngModel)]="countingReason"
            name="countingReason"
            data-testid="counting-reason"
          />
        </mat-form-field>
        @if (countingProblem(); as message) {
          <p class="vg-error" role="alert" data-testid="counting-error">{{ message }}</p>
        }
        <button mat-flat-button type="submit" [disabled]="counting.saving()" data-testid="counting-save" i18n>
          Enregistrer le décompte
        </button>
      </form>
    </section>

    <section class="card" aria-labelledby="opening-title" data-testid="time-opening-form">
      <h2 id="opening-title" class="vg-overline" i18n>Solde d’ouverture {{ account().year }}</h2>
      <p class="muted" i18n>
        Pour un service ou un agent arrivé en cours d’année : le solde d’heures reporté (négatif s’il est en
        retard) et les congés et RTT déjà pris avant Vigie.
      </p>
      <form (ngSubmit)="saveOpening()" class="fields">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="narrow">
          <mat-label i18n>Heures reportées</mat-label>
          <input
            matInput
            type="number"
            step="0.25"
            [(ngModel)]="hours"
            name="hours"
            data-testid="opening-hours"
          />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="narrow">
          <mat-label i18n>Congés pris (jours)</mat-label>
          <input
            matInput
            type="number"
            step="0.5"
            min="0"
            [(ngModel)]="annualLeaveTaken"
            name="annualLeaveTaken"
            data-testid="opening-leave"
          />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="narrow">
          <mat-label i18n>RTT pris (jours)</mat-label>
          <input
            matInput
            type="number"
            step="0.5"
            min="0"
            [(ngModel)]="rttTaken"
            name="rttTaken"
            data-testid="opening-rtt"
          />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label i18n>Motif</mat-label>
          <input
            matInput
            required
            [maxlength]="limits.openingReason.max"
            [(ngModel)]="openingReason"
            name="openingReason"
            data-testid="opening-reason"
          />
        </mat-form-field>
        @if (openingProblem(); as message) {
          <p class="vg-error" role="alert" data-testid="opening-error">{{ message }}</p>
        }
        <button mat-flat-button type="submit" [disabled]="opening.saving()" data-testid="opening-save" i18n>
          Enregistrer le solde d’ouverture
        </button>
      </form>
    </section>
  `,
  styleUrl: './time-account-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeAccountSettings {
  private readonly api = inject(TimeAccountsApi);
  private readonly snackBar = inject(MatSnackBar);

  readonly account = input.required<TimeAccountResponse>();
  /** The account as the API answers after a change. */
  readonly changed = output<TimeAccountResponse>();

  readonly limits = TIME_ACCOUNT_LIMITS;
  readonly roster = TimeBasis.ROSTER;
  readonly schedule = TimeBasis.SCHEDULE;
  readonly weekdayChoices = WEEKDAY_LABELS.map((label, i) => ({
    value: i + 1,
    label,
    short: label.slice(0, 3),
  }));

  readonly basis = signal<BasisChoice>('DEFAULT');
  /** The week's days and hours matter when he is counted by schedule, chosen or by his grade. */
  readonly showsWeek = computed(() => {
    const basis = this.basis();
    const counted = this.account().countedBy;
    return (
      basis === TimeBasis.SCHEDULE ||
      (basis === 'DEFAULT' && !counted.chosen && counted.basis === TimeBasis.SCHEDULE)
    );
  });
  readonly weekdays = signal<number[]>([1, 2, 3, 4, 5]);
  dailyHours: number | null = 7;
  countingReason = '';
  hours: number | null = 0;
  annualLeaveTaken: number | null = 0;
  rttTaken: number | null = 0;
  openingReason = '';

  readonly counting = new FormSubmission();
  readonly opening = new FormSubmission();
  readonly countingLocal = signal<string | null>(null);
  readonly openingLocal = signal<string | null>(null);

  constructor() {
    // The forms start from the account as it stands.
    effect(() => {
      const account = this.account();
      this.basis.set(account.countedBy.chosen ? account.countedBy.basis : 'DEFAULT');
      this.weekdays.set([...account.countedBy.weekdays]);
      this.dailyHours = account.countedBy.dailyHours;
      this.hours = account.opening?.hours ?? 0;
      this.annualLeaveTaken = account.opening?.annualLeaveTaken ?? 0;
      this.rttTaken = account.opening?.rttTaken ?? 0;
    });
  }

  countingProblem(): string | null {
    return this.countingLocal() ?? refusal(this.counting);
  }

  openingProblem(): string | null {
    return this.openingLocal() ?? refusal(this.opening);
  }

  toggle(day: number): void {
    this.weekdays.update((days) =>
      days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort((a, b) => a - b),
    );
  }

  async saveCounting(): Promise<void> {
    const reason = this.countingReason.trim();
    const problem =
      reason.length < this.limits.countingReason.min
        ? $localize`Donnez le motif du changement (3 caractères au moins).`
        : this.showsWeek()
          ? scheduleProblem({ weekdays: this.weekdays(), dailyHours: Number(this.dailyHours) })
          : null;
    this.countingLocal.set(problem ? capitalized(problem) : null);
    if (problem || this.counting.saving()) return;
    const custom = this.showsWeek();
    const basis = this.basis();
    await this.counting.send(
      () =>
        this.api.setCounting(this.account().agentId, {
          basis: basis === 'DEFAULT' ? null : basis,
          weekdays: custom ? this.weekdays() : null,
          dailyHours: custom ? Number(this.dailyHours) : null,
          reason,
        }),
      (account) => {
        this.countingReason = '';
        this.changed.emit(account);
        this.snackBar.open($localize`Décompte enregistré : ${account.countedBy.label}.`, 'OK', {
          duration: 4000,
        });
      },
    );
  }

  async saveOpening(): Promise<void> {
    const reason = this.openingReason.trim();
    this.openingLocal.set(
      reason.length < this.limits.openingReason.min
        ? $localize`Donnez le motif du report (3 caractères au moins).`
        : null,
    );
    if (this.openingLocal() || this.opening.saving()) return;
    const account = this.account();
    await this.opening.send(
      () =>
        this.api.setOpening(account.agentId, {
          year: account.year,
          hours: Number(this.hours ?? 0),
          annualLeaveTaken: Number(this.annualLeaveTaken ?? 0),
          rttTaken: Number(this.rttTaken ?? 0),
          reason,
          version: account.opening?.version,
        }),
      (updated) => {
        this.openingReason = '';
        this.changed.emit(updated);
        this.snackBar.open($localize`Solde d’ouverture ${updated.year} enregistré.`, 'OK', {
          duration: 4000,
        });
      },
    );
  }
}

/** The server's refusal: its fields' messages when it names them, else its detail. */
function refusal(submission: FormSubmission): string | null {
  const fields = Object.values(submission.serverErrors());
  return fields.length > 0 ? capitalized(fields.join(' ; ')) : submission.error();
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}
