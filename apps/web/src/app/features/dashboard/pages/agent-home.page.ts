import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import {
  type AbsenceResponse,
  addDays,
  type RosterChangeResponse,
  type ScheduleResponse,
  todayInParis,
} from '@vigie/shared';

import { AuthService, VAULT } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { AbsenceRequests } from '../../planning/components/absence-requests';
import { RosterChanges } from '../../planning/components/roster-changes';
import { ShiftDays } from '../../planning/components/shift-days';
import { AbsencesApi } from '../../planning/data-access/absences.api';
import { type KeptPlanning, orKept, readKeptPlanning } from '../../planning/data-access/kept-planning';
import { ScheduleApi } from '../../planning/data-access/schedule.api';
import { groupByDay, sortRequests, unreadCount } from '../../planning/domain/my-planning';
import { TileFrame } from '../components/tile-frame';
import { Tile } from '../data-access/tile';
import { greeting, longToday } from '../home-words';

/** The next two weeks of shifts; the home shows the first days, « Mon planning » the rest. */
const DAYS_AHEAD = 13;
const DAYS_SHOWN = 3;
const CHANGES_SHOWN = 5;
const REQUESTS_SHOWN = 3;

/**
 * An agent's home, phone first: logging an incident one tap away, his next shifts, the changes
 * made to his published shifts (unread ones counted), his absence requests.
 */
@Component({
  selector: 'vg-agent-home-page',
  imports: [AbsenceRequests, SvgIcon, RosterChanges, RouterLink, ShiftDays, TileFrame],
  templateUrl: './agent-home.page.html',
  styleUrl: './agent-home.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgentHomePage implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly scheduleApi = inject(ScheduleApi);
  private readonly absencesApi = inject(AbsencesApi);
  private readonly snackBar = inject(MatSnackBar);

  readonly user = this.auth.user;
  readonly greeting = greeting(new Date());
  readonly today = todayInParis();
  readonly todayInWords = longToday(new Date());
  readonly canLogIncident = computed(() => {
    this.user();
    return this.auth.can('readIncidents');
  });

  private readonly agentId = (): string => this.user()?.agentId ?? '';

  private readonly vault = inject(VAULT);
  /** Without network, the tiles show « Mon planning » as the phone last kept it. */
  private keptPlanning: Promise<KeptPlanning | null> | null = null;
  private readonly kept = (): Promise<KeptPlanning | null> =>
    (this.keptPlanning ??= readKeptPlanning(this.vault, this.user()?.id));

  readonly schedule = new Tile<ScheduleResponse>(
    orKept(
      () =>
        this.scheduleApi.schedule(this.agentId(), { from: this.today, to: addDays(this.today, DAYS_AHEAD) }),
      this.kept,
      (kept) => kept.schedule,
    ),
  );
  readonly changes = new Tile<RosterChangeResponse[]>(
    orKept(
      () => this.scheduleApi.changes(),
      this.kept,
      (kept) => kept.changes,
    ),
  );
  readonly requests = new Tile<AbsenceResponse[]>(
    orKept(
      () => this.absencesApi.requestsOf(this.agentId(), this.today),
      this.kept,
      (kept) => kept.requests,
    ),
  );

  readonly days = computed(() => {
    const schedule = this.schedule.value();
    if (!schedule) return [];
    return groupByDay(
      schedule.shifts,
      schedule.absences,
      this.today,
      addDays(this.today, DAYS_AHEAD),
      this.today,
    ).slice(0, DAYS_SHOWN);
  });
  readonly unread = computed(() => unreadCount(this.changes.value() ?? []));
  readonly unreadText = computed(() =>
    this.unread() > 1
      ? $localize`${this.unread()} modifications non lues`
      : $localize`1 modification non lue`,
  );
  readonly latestChanges = computed(() => (this.changes.value() ?? []).slice(0, CHANGES_SHOWN));
  readonly latestRequests = computed(() =>
    sortRequests(this.requests.value() ?? [], this.today).slice(0, REQUESTS_SHOWN),
  );

  ngOnInit(): void {
    void this.schedule.load();
    void this.changes.load();
    void this.requests.load();
  }

  async markRead(): Promise<void> {
    try {
      await this.scheduleApi.markChangesRead();
      this.changes.update((list) => list.map((change) => ({ ...change, read: true })));
    } catch (error) {
      this.snackBar.open(problemOf(error).detail, 'OK', { duration: 5000 });
    }
  }
}
