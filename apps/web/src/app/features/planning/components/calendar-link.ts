import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';

import { problemOf } from '../../../core/http/problem';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { ScheduleApi } from '../data-access/schedule.api';

/**
 * « Ajouter à mon agenda »: a private iCalendar address of the agent's published shifts, for the
 * calendar of his phone. Asking for a new one stops the previous one.
 */
@Component({
  selector: 'vg-calendar-link',
  imports: [CdkCopyToClipboard, MatButtonModule, SvgIcon],
  template: `
    <p class="intro" i18n>
      Abonnez l’agenda de votre téléphone à votre planning publié : vos créneaux s’y ajoutent et s’y mettent à
      jour tout seuls.
    </p>
    @if (url(); as url) {
      <div class="link" data-testid="calendar-url">
        <code>{{ url }}</code>
      </div>
      <div class="buttons">
        <button
          mat-flat-button
          type="button"
          [cdkCopyToClipboard]="url"
          (cdkCopyToClipboardCopied)="copied($event)"
          data-testid="copy-calendar-url"
        >
          <mat-icon svgIcon="content_copy" />
          <span i18n>Copier l’adresse</span>
        </button>
        <a mat-stroked-button [href]="webcal()">
          <mat-icon svgIcon="event_available" />
          <span i18n>Ouvrir dans l’agenda</span>
        </a>
      </div>
      <ul class="how">
        <li i18n>
          iPhone : Réglages › Calendrier › Comptes › Ajouter un compte › Autre › « Ajouter un calendrier avec
          abonnement », puis collez l’adresse.
        </li>
        <li i18n>
          Android : dans Google Agenda sur un ordinateur, « Autres agendas » › « À partir de l’URL », puis
          collez l’adresse.
        </li>
        <li i18n>
          Cette adresse est personnelle : ne la partagez pas. En demander une nouvelle désactive celle-ci.
        </li>
      </ul>
      <button mat-button type="button" (click)="create()" [disabled]="working()" i18n>
        Générer une nouvelle adresse
      </button>
    } @else {
      <button
        mat-flat-button
        type="button"
        (click)="create()"
        [disabled]="working()"
        data-testid="calendar-link"
      >
        <mat-icon svgIcon="event_available" />
        <span i18n>Ajouter à mon agenda</span>
      </button>
    }
    @if (error(); as message) {
      <p class="vg-error" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    .intro {
      margin: 0 0 12px;
    }

    .link {
      padding: 10px 12px;
      border-radius: 8px;
      background: var(--vg-surface-muted);
      border: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
      font-size: 0.8125rem;
    }

    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 10px 0;
    }

    .how {
      margin: 0 0 8px;
      padding-left: 18px;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);

      li {
        margin-bottom: 4px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarLink {
  private readonly api = inject(ScheduleApi);
  private readonly snackBar = inject(MatSnackBar);

  readonly agentId = input.required<string>();
  readonly url = signal<string | null>(null);
  readonly working = signal(false);
  readonly error = signal<string | null>(null);
  readonly webcal = computed(() => (this.url() ?? '').replace(/^https?:/, 'webcal:'));

  async create(): Promise<void> {
    this.working.set(true);
    this.error.set(null);
    try {
      this.url.set((await this.api.newCalendarLink(this.agentId())).url);
    } catch (error) {
      this.error.set(problemOf(error).detail);
    } finally {
      this.working.set(false);
    }
  }

  copied(done: boolean): void {
    this.snackBar.open(
      done ? $localize`Adresse copiée.` : $localize`Copie impossible : sélectionnez l’adresse à la main.`,
      'OK',
      { duration: 3000 },
    );
  }
}
