import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import {
  compareFrench,
  formatDateFr,
  localDateOf,
  SERVICE_KIND_LABELS,
  type ServiceResponse,
} from '@vigie/shared';

import { loadInto } from '../../../shared/data/load-into';
import { communeLabel } from '../../../shared/services/service-words';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { ServiceDialog } from '../components/service-dialog';
import { PlatformApi } from '../data-access/platform.api';

/**
 * The platform's one page: the services opened on Vigie (what they are, never what they hold),
 * and « Ouvrir un service » for a commune or for communes pooling their police.
 */
@Component({
  selector: 'vg-platform-page',
  imports: [MatButtonModule, MatProgressBarModule, SvgIcon],
  templateUrl: './platform.page.html',
  styleUrl: './platform.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlatformPage implements OnInit {
  private readonly api = inject(PlatformApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  readonly services = signal<ServiceResponse[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);

  readonly kindLabels = SERVICE_KIND_LABELS;
  readonly communeLabel = communeLabel;

  /** « 06/12/2026 », the day in Paris. */
  openedOn(service: ServiceResponse): string {
    return formatDateFr(localDateOf(service.createdAt));
  }

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    await loadInto(this, async () => {
      this.services.set((await this.api.services()).items);
    });
  }

  open(): void {
    this.dialog
      .open<ServiceDialog, unknown, ServiceResponse>(ServiceDialog, {
        autoFocus: 'first-tabbable',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.services.update((list) => [...list, created].sort((a, b) => compareFrench(a.name, b.name)));
        this.snackBar.open(
          $localize`Service « ${created.name} » ouvert : son chef peut se connecter.`,
          'OK',
          {
            duration: 6000,
          },
        );
      });
  }
}
