import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DashboardShiftIssueResponse, DashboardWeekResponse } from '@vigie/shared';
import { frenchWeekRange } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { moreText, shiftWhen } from '../dashboard-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';
import { TileFrame } from './tile-frame';

const SHOWN = 3;

interface IssueLine extends DashboardShiftIssueResponse {
  kind: 'violation' | 'uncovered';
  when: string;
}

/**
 * « Cette semaine »: the current week's broken rules and uncovered shifts; each opens the
 * planning at its week.
 */
@Component({
  selector: 'vg-week-tile',
  imports: [SvgIcon, RouterLink, TileFrame],
  template: `
    <vg-tile-frame
      [tile]="tile"
      heading="Cette semaine"
      i18n-heading
      icon="calendar_month"
      loadingLabel="Chargement du planning de la semaine"
      i18n-loadingLabel
      link="/planning"
      [queryParams]="weekParams()"
      linkLabel="Planning"
      i18n-linkLabel
      testId="tile-week"
    >
      @if (tile.value(); as week) {
        <p class="period">
          {{ period() }}
          @if (week.publishedDays === 7) {
            <span class="pill ok" i18n>Publiée</span>
          } @else if (week.publishedDays === 0) {
            <span class="pill warning" i18n>Brouillon</span>
          } @else {
            <span class="pill warning" i18n>{{ week.publishedDays }}/7 jours publiés</span>
          }
        </p>
        @if (unreturned(); as text) {
          <a class="weapons-alert" routerLink="/armurerie" data-testid="unreturned-weapons">
            <mat-icon aria-hidden="true" svgIcon="gpp_bad" />
            <span>{{ text }}</span>
          </a>
        }
        <div class="counts">
          <p class="count" [class.bad]="week.uncovered.length > 0" data-testid="uncovered-count">
            <strong>{{ week.uncovered.length }}</strong>&ngsp;
            <span>{{ uncoveredWord() }}</span>
          </p>
          <p class="count" [class.bad]="week.violations.length > 0" data-testid="violation-count">
            <strong>{{ week.violations.length }}</strong>&ngsp;
            <span>{{ violationWord() }}</span>
          </p>
        </div>
        @if (lines().length > 0) {
          <ul class="list">
            @for (line of shown(); track $index) {
              <li>
                <a
                  class="item"
                  routerLink="/planning"
                  [queryParams]="{ semaine: line.week }"
                  [attr.data-testid]="line.kind === 'violation' ? 'week-violation' : 'week-uncovered'"
                >
                  <mat-icon
                    aria-hidden="true"
                    [class]="line.kind"
                    [svgIcon]="line.kind === 'violation' ? 'gpp_bad' : 'person_off'"
                  />
                  <span class="main">
                    <span class="title">{{ line.when }}</span>
                    <span class="meta">{{ line.message }}</span>
                  </span>
                </a>
              </li>
            }
          </ul>
          @if (lines().length > shown().length) {
            <p class="more-count">{{ moreText(lines().length - shown().length) }}</p>
          }
        } @else {
          <p class="empty" data-testid="week-empty">
            <mat-icon aria-hidden="true" svgIcon="task_alt" />
            <span i18n>Tous les créneaux sont couverts, aucune règle enfreinte.</span>
          </p>
        }
      }
    </vg-tile-frame>
  `,
  styleUrls: ['./tile-content.scss', './week-tile.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeekTile implements OnInit {
  private readonly api = inject(DashboardApi);

  readonly tile = new Tile<DashboardWeekResponse>(() => this.api.week());

  readonly period = computed(() => {
    const week = this.tile.value();
    return week ? frenchWeekRange(week.from) : '';
  });
  readonly weekParams = computed(() => {
    const week = this.tile.value();
    return week ? { semaine: week.from } : null;
  });
  readonly uncoveredWord = computed(() =>
    (this.tile.value()?.uncovered.length ?? 0) > 1 ? $localize`non couverts` : $localize`non couvert`,
  );
  readonly violationWord = computed(() =>
    (this.tile.value()?.violations.length ?? 0) > 1
      ? $localize`règles enfreintes`
      : $localize`règle enfreinte`,
  );
  /** Broken rules first (they block the publication), then the uncovered shifts, in time order. */
  readonly lines = computed<IssueLine[]>(() => {
    const week = this.tile.value();
    if (!week) return [];
    const line = (kind: IssueLine['kind']) => (issue: DashboardShiftIssueResponse) => ({
      ...issue,
      kind,
      when: shiftWhen(issue.startsAt, issue.endsAt),
    });
    return [...week.violations.map(line('violation')), ...week.uncovered.map(line('uncovered'))];
  });
  readonly shown = computed(() => this.lines().slice(0, SHOWN));
  /** Weapons out after their agent's shift ended: one line, the armoury names them. */
  readonly unreturned = computed(() => {
    const out = this.tile.value()?.unreturnedWeapons ?? [];
    if (out.length === 0) return null;
    return out.length === 1
      ? $localize`Arme non réintégrée après le service : ${out[0].agentName}`
      : $localize`${out.length} armes non réintégrées après le service`;
  });

  readonly moreText = moreText;

  ngOnInit(): void {
    void this.tile.load();
  }
}
