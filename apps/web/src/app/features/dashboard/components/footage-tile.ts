import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { FOOTAGE_AUTHORITY_LABELS, FootageRequestResponse, FootageStatus } from '@vigie/shared';

import { dayMonthAt } from '../../../shared/time/date-words';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { countdownTone, moreText, timeLeft } from '../dashboard-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';
import { TileFrame } from './tile-frame';

const SHOWN = 3;
const TICK_MS = 30_000;

/**
 * « Réquisitions d’images »: the requests nearest the instant their images are overwritten (the
 * API sorts them), each with a countdown, red under 72 h.
 */
@Component({
  selector: 'vg-footage-tile',
  imports: [SvgIcon, RouterLink, TileFrame],
  template: `
    <vg-tile-frame
      [tile]="tile"
      heading="Réquisitions d’images"
      i18n-heading
      icon="video_library"
      loadingLabel="Chargement des réquisitions"
      i18n-loadingLabel
      link="/videoprotection/requisitions"
      linkLabel="Tout voir"
      i18n-linkLabel
      testId="tile-footage"
    >
      @if (tile.value(); as requests) {
        @if (requests.length > 0) {
          <p class="figure">
            <strong>{{ requests.length }}</strong>&ngsp;
            <span>{{ requests.length > 1 ? waitingWords[1] : waitingWords[0] }}</span>
          </p>
          <ul class="list">
            @for (line of lines(); track line.id) {
              <li>
                <a
                  class="item"
                  routerLink="/videoprotection/requisitions"
                  data-testid="footage-request"
                  [attr.data-tone]="line.tone"
                >
                  <span class="main">
                    <span class="title">{{ line.camera }}</span>
                    <span class="meta">{{ line.detail }} · {{ line.authority }}</span>
                  </span>
                  <span class="side countdown" [class]="line.tone" data-testid="footage-countdown">{{
                    line.countdown
                  }}</span>
                </a>
              </li>
            }
          </ul>
          @if (requests.length > lines().length) {
            <p class="more-count">{{ moreText(requests.length - lines().length) }}</p>
          }
        } @else {
          <p class="empty" data-testid="footage-empty">
            <mat-icon aria-hidden="true" svgIcon="task_alt" />
            <span i18n>Aucune réquisition en attente.</span>
          </p>
        }
      }
    </vg-tile-frame>
  `,
  styleUrls: ['./tile-content.scss', './footage-tile.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FootageTile implements OnInit {
  private readonly api = inject(DashboardApi);

  readonly tile = new Tile<FootageRequestResponse[]>(() => this.api.footage());
  /** The clock of the countdowns, ticking every 30 seconds. */
  readonly now = signal(new Date());
  readonly waitingWords = [$localize`réquisition en attente`, $localize`réquisitions en attente`];
  readonly moreText = moreText;

  readonly lines = computed(() =>
    (this.tile.value() ?? []).slice(0, SHOWN).map((request) => {
      const tone = countdownTone(request.status, request.overwriteAt, this.now());
      const left = timeLeft(request.overwriteAt, this.now());
      return {
        id: request.id,
        tone,
        camera: `${request.camera.code} · ${request.camera.label}`,
        authority: FOOTAGE_AUTHORITY_LABELS[request.authority],
        detail:
          request.status === FootageStatus.EXTRACTED
            ? $localize`Extraites, à remettre`
            : $localize`Écrasées le ${dayMonthAt(request.overwriteAt)}`,
        countdown:
          tone === 'safe'
            ? $localize`extraites`
            : left === null
              ? $localize`écrasées`
              : $localize`dans ${left}`,
      };
    }),
  );

  constructor() {
    const timer = setInterval(() => this.now.set(new Date()), TICK_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  ngOnInit(): void {
    void this.tile.load();
  }
}
