import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type DashboardQualificationsResponse } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import { type AlertKind, moreText, type PersonAlert, qualificationAlerts } from '../dashboard-words';
import { DashboardApi } from '../data-access/dashboard.api';
import { Tile } from '../data-access/tile';
import { TileFrame } from './tile-frame';

/**
 * « Habilitations »: one line per person, the worst first — a préfet's decision awaited or a
 * suspension, continuing training lapsed or behind, another weapon's training short, a
 * qualification expiring within 30 days; « +N » when there is more, all of it on the agent's
 * record, which the line opens.
 */
@Component({
  selector: 'vg-qualifications-tile',
  imports: [SvgIcon, RouterLink, TileFrame],
  template: `
    <vg-tile-frame
      [tile]="tile"
      heading="Habilitations"
      i18n-heading
      icon="verified_user"
      loadingLabel="Chargement des habilitations"
      i18n-loadingLabel
      link="/effectif"
      linkLabel="Effectif"
      i18n-linkLabel
      testId="tile-qualifications"
    >
      @if (tile.value(); as data) {
        @if (alerts(); as people) {
          @if (people.length > 0) {
            <ul class="list">
              @for (alert of people.slice(0, shown()); track alert.agentId) {
                <li>
                  <a
                    class="item"
                    [routerLink]="['/effectif', alert.agentId]"
                    [attr.data-testid]="alert.kind"
                    data-alert
                    [title]="titleOf(alert)"
                  >
                    <mat-icon
                      aria-hidden="true"
                      [class.danger]="alert.tone === 'danger'"
                      [class.warning]="alert.tone === 'warning'"
                      [svgIcon]="icons[alert.kind]"
                    />
                    <span class="main">
                      <span class="title"
                        >{{ alert.agentName }}
                        @if (alert.others.length > 0) {
                          <span class="others">+{{ alert.others.length }}</span>
                        }
                      </span>
                      <span class="detail">
                        <span
                          class="pill"
                          [class.danger]="alert.tone === 'danger'"
                          [class.warning]="alert.tone === 'warning'"
                          >{{ alert.pill }}</span
                        >
                        <span class="meta">{{ alert.text }}</span>
                      </span>
                    </span>
                  </a>
                </li>
              }
            </ul>
            @if (people.length > shown()) {
              <p class="more-count">{{ moreText(people.length - shown()) }}</p>
            }
          } @else {
            <p class="empty" data-testid="qualifications-empty">
              <mat-icon aria-hidden="true" svgIcon="task_alt" />
              <span i18n>Habilitations, entraînements et formations à jour.</span>
            </p>
          }
        }
      }
    </vg-tile-frame>
  `,
  styleUrls: ['./tile-content.scss'],
  styles: `
    // One line of detail per person (the whole of it on hover and on the agent's page): five
    // people and the count of the others keep the tile within a 1366×768 screen.
    .item .meta {
      -webkit-line-clamp: 1;
      line-clamp: 1;
    }

    // The tile is narrow at 1366 px: the name has the whole first line, the state and its
    // detail share the second.
    .detail {
      display: flex;
      align-items: center;
      gap: 6px;
      min-width: 0;

      .pill {
        flex: none;
      }

      .meta {
        min-width: 0;
      }
    }

    .others {
      margin-left: 4px;
      font-size: 0.75rem;
      font-weight: 500;
      color: var(--mat-sys-on-surface-variant);
    }

    .item > mat-icon {
      flex: none;
      width: 20px;
      height: 20px;
      font-size: 20px;

      &.danger {
        color: var(--vg-danger);
      }

      &.warning {
        color: var(--vg-warning);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QualificationsTile implements OnInit {
  private readonly api = inject(DashboardApi);

  /** How many people (as many on HR's home as on the dashboard; the others counted). */
  readonly limit = input(5);

  readonly tile = new Tile<DashboardQualificationsResponse>(() => this.api.qualifications());
  readonly shown = computed(() => this.limit());
  readonly alerts = computed(() => {
    const data = this.tile.value();
    return data ? qualificationAlerts(data) : [];
  });
  readonly icons: Record<AlertKind, string> = {
    'firearm-lapse': 'gpp_maybe',
    'weapon-lapse': 'gpp_maybe',
    'training-behind': 'school',
    'expiring-qualification': 'event_busy',
  };
  readonly moreText = moreText;

  ngOnInit(): void {
    void this.tile.load();
  }

  /** Everything about the person, on hover. */
  titleOf(alert: PersonAlert): string {
    return [alert.text, ...alert.others].join('\n');
  }
}
