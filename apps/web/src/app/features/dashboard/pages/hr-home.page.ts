import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { AuthService } from '../../../core/auth/auth.service';
import { PipelineTile } from '../components/pipeline-tile';
import { QualificationsTile } from '../components/qualifications-tile';
import { StaffingTile } from '../components/staffing-tile';
import { greeting, longToday } from '../home-words';

/**
 * HR's home: the headcount by category with its forecast, the recruitment pipeline and the
 * qualifications about to expire. Nothing of the main courante.
 */
@Component({
  selector: 'vg-hr-home-page',
  imports: [PipelineTile, QualificationsTile, StaffingTile],
  template: `
    <div class="vg-page home">
      <header class="head">
        <p class="date">{{ today }}</p>
        <h1 data-testid="greeting">{{ greeting }}, {{ user()?.displayName }}</h1>
        <p class="lede" i18n>L’effectif du service, les recrutements et les habilitations à renouveler.</p>
      </header>
      <vg-staffing-tile
        class="staffing"
        link="/recrutement"
        linkLabel="Prévision détaillée"
        i18n-linkLabel
        [chartHeight]="200"
      />
      <div class="row">
        <vg-pipeline-tile />
        <vg-qualifications-tile [limit]="5" />
      </div>
    </div>
  `,
  styles: `
    .home {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }

    .head h1 {
      margin: 2px 0 0;
      font-size: 1.5rem;
    }

    .date,
    .lede {
      margin: 0;
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }

    .lede {
      margin-top: 4px;
    }

    .row {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 12px;
    }

    @media (max-width: 799.98px) {
      .row {
        grid-template-columns: 1fr;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HrHomePage {
  readonly user = inject(AuthService).user;
  readonly greeting = greeting(new Date());
  readonly today = longToday(new Date());
}
