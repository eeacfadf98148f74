import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type DashboardRecruitmentResponse, formatDateFr } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { moreText } from '../dashboard-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';
import { TileFrame } from './tile-frame';

const SHOWN = 3;

/** « Recrutements »: how many are under way, and those waiting longer than usual. */
@Component({
  selector: 'vg-recruitment-tile',
  imports: [SvgIcon, RouterLink, TileFrame],
  template: `
    <vg-tile-frame
      [tile]="tile"
      heading="Recrutements"
      i18n-heading
      icon="how_to_reg"
      loadingLabel="Chargement des recrutements"
      i18n-loadingLabel
      link="/recrutement"
      linkLabel="Ouvrir"
      i18n-linkLabel
      testId="tile-recruitment"
    >
      @if (tile.value(); as data) {
        <p class="figure">
          <strong>{{ data.inProgress }}</strong>&ngsp;
          <span>{{ data.inProgress > 1 ? inProgressWords[1] : inProgressWords[0] }}</span>
        </p>
        @if (data.stalled.length > 0) {
          <h3 class="section-title" i18n>En retard sur les délais habituels</h3>
          <ul class="list">
            @for (stalled of data.stalled.slice(0, shownCount); track stalled.id) {
              <li>
                <a class="item" routerLink="/recrutement" data-testid="stalled-recruitment">
                  <mat-icon aria-hidden="true" class="late" svgIcon="hourglass_bottom" />
                  <span class="main">
                    <span class="title">{{ stalled.candidateName }}</span>
                    <span class="meta">
                      <ng-container i18n>Dernière étape : {{ stalled.lastMilestoneLabel }}</ng-container>
                      @if (stalled.expectedOperationalDate) {
                        ·
                        <ng-container i18n
                          >opérationnel prévu le {{ date(stalled.expectedOperationalDate) }}</ng-container
                        >
                      }
                    </span>
                  </span>
                  <span class="side pill warning" i18n>{{ stalled.daysWaiting }} j</span>
                </a>
              </li>
            }
          </ul>
          @if (data.stalled.length > shownCount) {
            <p class="more-count">{{ moreText(data.stalled.length - shownCount) }}</p>
          }
        } @else {
          <p class="empty" data-testid="recruitment-empty">
            <mat-icon aria-hidden="true" svgIcon="task_alt" />
            <span i18n>Aucun recrutement en retard.</span>
          </p>
        }
      }
    </vg-tile-frame>
  `,
  styleUrls: ['./tile-content.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecruitmentTile implements OnInit {
  private readonly api = inject(DashboardApi);

  readonly tile = new Tile<DashboardRecruitmentResponse>(() => this.api.recruitment());
  readonly shownCount = SHOWN;
  readonly inProgressWords = [$localize`recrutement en cours`, $localize`recrutements en cours`];
  readonly moreText = moreText;
  readonly date = formatDateFr;

  ngOnInit(): void {
    void this.tile.load();
  }
}
