import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { SvgIcon } from '../../../shared/ui/svg-icon';
import type { Tile } from '../data-access/tile';

let nextId = 0;

/**
 * The frame of a tile: its title, a link to the screen behind it, and the loading and error
 * states of its own call (a failing tile says so and offers to retry; the others stay readable).
 * The tile's content, projected, is shown once its data are there.
 */
@Component({
  selector: 'vg-tile-frame',
  imports: [MatButtonModule, SvgIcon, MatProgressBarModule, RouterLink],
  template: `
    <section
      class="tile"
      [attr.aria-labelledby]="headingId"
      [attr.aria-busy]="tile().loading()"
      [attr.data-testid]="testId()"
    >
      <header>
        <mat-icon aria-hidden="true" [svgIcon]="icon()" />
        <h2 class="vg-overline" [id]="headingId">{{ heading() }}</h2>
        <ng-content select="[tileBadge]" />
        <span class="spacer"></span>
        @if (link(); as link) {
          <a class="more" [routerLink]="link" [queryParams]="queryParams()">{{ linkLabel() }}</a>
        }
      </header>
      @if (tile().loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="loadingLabel()" />
      }
      @if (tile().error(); as message) {
        <div class="state error" role="alert" data-testid="tile-error">
          <mat-icon aria-hidden="true" svgIcon="error_outline" />
          <p>{{ message }}</p>
          <button mat-button type="button" (click)="tile().load()" i18n>Réessayer</button>
        </div>
      } @else if (tile().value() === null) {
        @if (tile().loading()) {
          <p class="state loading" data-testid="tile-loading">{{ loadingLabel() }}…</p>
        }
      } @else {
        <div class="body"><ng-content /></div>
      }
    </section>
  `,
  styleUrl: './tile-frame.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TileFrame {
  readonly tile = input.required<Tile<unknown>>();
  readonly heading = input.required<string>();
  readonly icon = input.required<string>();
  /** « Chargement de l’effectif », read out while the call runs. */
  readonly loadingLabel = input.required<string>();
  readonly link = input<string | null>(null);
  readonly linkLabel = input('');
  readonly queryParams = input<Record<string, string> | null>(null);
  readonly testId = input<string | null>(null);

  readonly headingId = `tile-${++nextId}`;
}
