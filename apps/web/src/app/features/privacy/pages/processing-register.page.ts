import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { formatInstantFr, type ProcessingRegisterResponse } from '@vigie/shared';

import { loadInto } from '../../../shared/data/load-into';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { ProcessingRegisterApi } from '../data-access/processing-register.api';

/**
 * The record of processing (RGPD art. 30) as this Vigie runs: read by the chief, printed on A4
 * for the commune's DPO (who writes the impact assessment from it).
 */
@Component({
  selector: 'vg-processing-register-page',
  imports: [MatButtonModule, MatProgressBarModule, SvgIcon],
  templateUrl: './processing-register.page.html',
  styleUrl: './processing-register.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcessingRegisterPage implements OnInit {
  private readonly api = inject(ProcessingRegisterApi);

  readonly register = signal<ProcessingRegisterResponse | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly dateTime = formatInstantFr;

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    await loadInto(this, async () => {
      this.register.set(await this.api.get());
    });
  }

  print(): void {
    window.print();
  }
}
