import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { formatInstantFr, INCIDENT_STATUS_LABELS, type IncidentStatus } from '@vigie/shared';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import type { TimelineItem } from '../timeline';
import { PhotoGallery } from './photo-gallery';

/** The history of an entry, oldest first: recorded, complements, status changes. */
@Component({
  selector: 'vg-incident-timeline',
  imports: [PhotoGallery, SvgIcon],
  template: `
    <ol class="timeline" data-testid="timeline">
      @for (item of items(); track item.id + item.kind) {
        <li [class]="item.kind" data-testid="timeline-item" [attr.data-kind]="item.kind">
          <span class="dot" aria-hidden="true">
            <mat-icon [svgIcon]="icons[item.kind]" />
          </span>
          <div class="body">
            <p class="head">
              @switch (item.kind) {
                @case ('entry') {
                  <strong i18n>Entrée enregistrée</strong>
                }
                @case ('amendment') {
                  <strong i18n>Complément</strong>
                }
                @case ('status') {
                  <strong i18n>{{ status(item.from) }} → {{ status(item.to) }}</strong>
                }
              }
              <span class="when">
                <time [attr.datetime]="item.at">{{ dateTime(item.at) }}</time>
                @if (item.author) {
                  <ng-container i18n> · par {{ item.author }}</ng-container>
                }
              </span>
            </p>
            @switch (item.kind) {
              @case ('amendment') {
                <p class="text" data-testid="amendment-text">{{ item.text }}</p>
                @if (item.photos.length > 0 && incidentId(); as id) {
                  <vg-photo-gallery [incidentId]="id" [photos]="item.photos" />
                }
              }
              @case ('status') {
                <p class="text">{{ item.note }}</p>
              }
            }
          </div>
        </li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0;
    }

    li {
      position: relative;
      display: flex;
      gap: 12px;
      padding-bottom: 16px;

      &:not(:last-child)::before {
        content: '';
        position: absolute;
        left: 15px;
        top: 32px;
        bottom: 0;
        width: 2px;
        background: var(--mat-sys-outline-variant);
      }
    }

    .dot {
      flex: none;
      display: grid;
      place-items: center;
      width: 32px;
      height: 32px;
      border-radius: 50%;
      background: #e3ecf8;
      color: var(--vg-navy);

      mat-icon {
        font-size: 18px;
        width: 18px;
        height: 18px;
      }
    }

    .status .dot {
      background: #efe7f7;
      color: #5b2d8c;
    }

    .amendment .dot {
      background: #fff1d6;
      color: var(--vg-warning);
    }

    .body {
      flex: 1;
      min-width: 0;
      padding-top: 5px;
    }

    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 2px 8px;
      margin: 0;
    }

    .when {
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .text {
      margin: 6px 0 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentTimeline {
  readonly items = input.required<TimelineItem[]>();
  /** The entry, to fetch its complements’ photos; none: they are not shown. */
  readonly incidentId = input<string | null>(null);

  readonly icons: Record<TimelineItem['kind'], string> = {
    entry: 'edit_note',
    amendment: 'post_add',
    status: 'sync_alt',
  };
  readonly dateTime = formatInstantFr;

  status(status: IncidentStatus): string {
    return INCIDENT_STATUS_LABELS[status];
  }
}
