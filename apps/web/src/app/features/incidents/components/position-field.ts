import { ChangeDetectionStrategy, Component, inject, input, model, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { Territory } from '../../../shared/territory/territory';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { Geolocation } from '../data-access/geolocation';
import { acceptedPosition, geolocationMessage, type Position } from '../entry-form.rules';

/**
 * The optional position of the facts, from the phone's geolocation. A refusal or a position
 * outside the service's area is explained, and the entry goes on without it.
 */
@Component({
  selector: 'vg-position-field',
  imports: [MatButtonModule, SvgIcon],
  template: `
    <div class="position" [class.invalid]="!!error()">
      @if (position(); as pos) {
        <p class="state ok" data-testid="position-state">
          <mat-icon aria-hidden="true" svgIcon="my_location" />
          <span>
            <ng-container i18n>Position relevée</ng-container>
            @if (pos.accuracy !== null) {
              <ng-container i18n> (à {{ pos.accuracy }} m près)</ng-container>
            }
            <span class="coords">{{ pos.lat }}, {{ pos.lng }}</span>
          </span>
          <button mat-button type="button" (click)="clear()" data-testid="position-clear" i18n>
            Retirer
          </button>
        </p>
      } @else if (available) {
        <button
          mat-stroked-button
          type="button"
          class="locate"
          (click)="locate()"
          [disabled]="locating()"
          data-testid="use-position"
        >
          <mat-icon svgIcon="my_location" />
          @if (locating()) {
            <span i18n>Recherche de la position…</span>
          } @else {
            <span i18n>Utiliser ma position</span>
          }
        </button>
      } @else {
        <p class="state" i18n>Cet appareil ne donne pas sa position : l’adresse suffit.</p>
      }
      @if (message(); as text) {
        <p class="state note" role="status" data-testid="position-message">{{ text }}</p>
      }
      @if (error(); as text) {
        <p class="state vg-error" role="alert">{{ text }}</p>
      }
    </div>
  `,
  styles: `
    .position {
      display: flex;
      flex-direction: column;
      gap: 6px;
    }

    .locate {
      align-self: flex-start;
      min-height: 48px;
      border-radius: 12px;
    }

    .state {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 4px 8px;
      margin: 0;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .ok {
      color: var(--vg-ok);

      mat-icon {
        flex: none;
      }

      > span {
        flex: 1 1 160px;
      }
    }

    .coords {
      display: block;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .note {
      color: var(--vg-warning);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PositionField {
  private readonly geolocation = inject(Geolocation);
  private readonly territory = inject(Territory);

  readonly position = model<Position | null>(null);
  /** The API's word on the coordinates, if it refused them. */
  readonly error = input<string | null>(null);

  readonly available = this.geolocation.available();
  readonly locating = signal(false);
  readonly message = signal<string | null>(null);

  async locate(): Promise<void> {
    this.locating.set(true);
    this.message.set(null);
    try {
      const { coords } = await this.geolocation.current();
      const accepted = acceptedPosition(
        coords.latitude,
        coords.longitude,
        coords.accuracy ?? null,
        this.territory.area(),
      );
      if (accepted) {
        this.position.set(accepted);
      } else {
        this.message.set(
          $localize`Votre position est hors du territoire du service : elle n’est pas jointe. Indiquez l’adresse des faits.`,
        );
      }
    } catch (error) {
      const code =
        typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 2;
      this.message.set(geolocationMessage(code));
    } finally {
      this.locating.set(false);
    }
  }

  clear(): void {
    this.position.set(null);
    this.message.set(null);
  }
}
