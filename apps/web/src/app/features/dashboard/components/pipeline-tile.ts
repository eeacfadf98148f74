import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type RecruitmentResponse, todayInParis } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { RecruitmentApi } from '../../recruitment/data-access/recruitment.api';
import { moreText, pipelineView } from '../dashboard-words';
import { Tile } from '../data-access/tile';
import { TileFrame } from './tile-frame';

const SHOWN = 3;

/** « Recrutements » on HR's home: the candidates in each phase of the board, the stalled ones. */
@Component({
  selector: 'vg-pipeline-tile',
  imports: [SvgIcon, RouterLink, TileFrame],
  template: `
    <vg-tile-frame
      [tile]="tile"
      heading="Recrutements vers l’objectif"
      i18n-heading
      icon="how_to_reg"
      loadingLabel="Chargement des recrutements"
      i18n-loadingLabel
      link="/recrutement"
      linkLabel="Ouvrir le tableau"
      i18n-linkLabel
      testId="tile-pipeline"
    >
      @if (view(); as view) {
        <p class="figure">
          <strong>{{ view.open }}</strong>&ngsp;
          <span>{{ view.open > 1 ? openWords[1] : openWords[0] }}</span>
        </p>
        <ul class="phases" aria-label="Candidats par étape" i18n-aria-label>
          @for (row of view.phases; track row.phase) {
            <li [attr.data-testid]="'pipeline-' + row.phase">
              <span class="label">{{ row.label }}</span>&ngsp;
              <span class="bar" aria-hidden="true"><span [style.width.%]="row.width"></span></span>
              <strong class="count">{{ row.count }}</strong>
            </li>
          }
        </ul>
        @if (view.stalled.length > 0) {
          <h3 class="section-title" i18n>En retard sur les délais habituels</h3>
          <ul class="list">
            @for (stalled of view.stalled.slice(0, shownCount); track stalled.id) {
              <li>
                <a class="item" routerLink="/recrutement" data-testid="stalled-recruitment">
                  <mat-icon aria-hidden="true" class="late" svgIcon="hourglass_bottom" />
                  <span class="main">
                    <span class="title">{{ stalled.name }}</span>
                    @if (stalled.next) {
                      <span class="meta" i18n>Attend : {{ stalled.next }}</span>
                    }
                  </span>
                  <span class="side pill warning" i18n>{{ stalled.daysWaiting }} j</span>
                </a>
              </li>
            }
          </ul>
          @if (view.stalled.length > shownCount) {
            <p class="more-count">{{ moreText(view.stalled.length - shownCount) }}</p>
          }
        } @else if (view.open > 0) {
          <p class="empty">
            <mat-icon aria-hidden="true" svgIcon="task_alt" />
            <span i18n>Aucun recrutement en retard.</span>
          </p>
        } @else {
          <p class="empty quiet" data-testid="pipeline-empty" i18n>Aucun recrutement en cours.</p>
        }
      }
    </vg-tile-frame>
  `,
  styleUrls: ['./tile-content.scss'],
  styles: `
    @use '../../../shared/ui/bar' as *;

    .phases {
      list-style: none;
      margin: 8px 0 4px;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 6px;

      li {
        display: grid;
        grid-template-columns: 150px 1fr 24px;
        align-items: center;
        gap: 8px;
        font-size: 0.82rem;
      }

      .bar {
        @include bar(8px);
      }

      .count {
        text-align: right;
      }
    }

    .empty.quiet {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PipelineTile implements OnInit {
  private readonly api = inject(RecruitmentApi);

  readonly tile = new Tile<RecruitmentResponse[]>(async () => (await this.api.list()).items);
  readonly view = computed(() => {
    const items = this.tile.value();
    return items ? pipelineView(items, todayInParis()) : null;
  });
  readonly shownCount = SHOWN;
  readonly openWords = [$localize`recrutement en cours`, $localize`recrutements en cours`];
  readonly moreText = moreText;

  ngOnInit(): void {
    void this.tile.load();
  }
}
