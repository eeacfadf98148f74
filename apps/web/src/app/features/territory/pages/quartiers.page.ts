import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { type Bounds, QUARTIER_LIMITS, type QuartierResponse } from '@vigie/shared';

import { AuthService } from '../../../core/auth/auth.service';
import { problemOf } from '../../../core/http/problem';
import { Territory } from '../../../shared/territory/territory';
import { askToConfirm } from '../../../shared/ui/confirm-dialog';
import { StatusPill } from '../../../shared/ui/status-pill';
import { SvgIcon } from '../../../shared/ui/svg-icon';
import { QuartierDialog, type QuartierDialogData, STALE } from '../components/quartier-dialog';
import { TerritoryApi } from '../data-access/territory.api';

/**
 * « Quartiers »: the chief keeps the sectors his service files its entries and cameras under, in
 * the order the forms offer them — adds one, renames one (its code, on what is filed under it,
 * stays), retires one (no longer offered; what is filed under it keeps it) or brings it back.
 * Each change reaches the forms at once, and the phone keeps it for offline entries.
 */
@Component({
  selector: 'vg-quartiers-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, StatusPill, SvgIcon],
  templateUrl: './quartiers.page.html',
  styleUrl: './quartiers.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuartiersPage implements OnInit {
  private readonly api = inject(TerritoryApi);
  private readonly territory = inject(Territory);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  /** What the session carries first (the phone has it offline), then what the API says. */
  readonly quartiers = signal<QuartierResponse[]>(this.territory.quartiers());
  private area: Bounds | null = this.territory.area();
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  /** Why the last retirement or restoration was refused, until the next try. */
  readonly refusal = signal<string | null>(null);
  /** One change at a time. */
  readonly busy = signal<string | null>(null);

  readonly canReadEntries = computed(() => {
    this.auth.user();
    return this.auth.can('readIncidents');
  });
  readonly max = QUARTIER_LIMITS.count;
  readonly full = computed(() => this.quartiers().length >= QUARTIER_LIMITS.count);
  /** « 6 quartiers proposés · 1 retiré ». */
  readonly summary = computed(() => {
    const retired = this.quartiers().filter((quartier) => quartier.retired).length;
    const active = this.quartiers().length - retired;
    const offered = active === 1 ? $localize`1 quartier proposé` : $localize`${active} quartiers proposés`;
    if (retired === 0) return offered;
    return retired === 1 ? $localize`${offered} · 1 retiré` : $localize`${offered} · ${retired} retirés`;
  });

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const territory = await this.api.territory();
      this.quartiers.set(territory.quartiers);
      this.area = territory.area;
      await this.territory.keep(territory);
    } catch (error) {
      this.error.set(problemOf(error).detail);
    } finally {
      this.loading.set(false);
    }
  }

  add(): void {
    this.open(null);
  }

  rename(quartier: QuartierResponse): void {
    this.open(quartier);
  }

  private open(quartier: QuartierResponse | null): void {
    this.refusal.set(null);
    this.dialog
      .open<QuartierDialog, QuartierDialogData, QuartierResponse | typeof STALE>(QuartierDialog, {
        data: { quartier, quartiers: this.quartiers() },
        autoFocus: 'first-tabbable',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        if (saved === STALE) {
          void this.load();
          this.refusal.set(
            $localize`« ${quartier?.label} » a été modifié entre-temps : la liste est relue, recommencez.`,
          );
          return;
        }
        void this.saved(saved);
        this.snackBar.open(
          quartier
            ? $localize`« ${quartier.label} » s’appelle désormais « ${saved.label} ».`
            : $localize`Quartier « ${saved.label} » ajouté : il est proposé dans les formulaires.`,
          'OK',
          { duration: 5000 },
        );
      });
  }

  /** Asks first: a retired quartier is no longer offered, and that is easily missed. */
  retire(quartier: QuartierResponse): void {
    this.refusal.set(null);
    askToConfirm(this.dialog, {
      title: $localize`Retirer le quartier « ${quartier.label} » ?`,
      message: $localize`Il ne sera plus proposé pour les nouvelles entrées ni pour les caméras. Les entrées et les caméras classées sous « ${quartier.label} » le gardent, et la main courante se filtre toujours sur lui. Vous pourrez le rétablir.`,
      confirm: $localize`Retirer`,
    }).subscribe((yes) => {
      if (yes) void this.setRetired(quartier, true);
    });
  }

  restore(quartier: QuartierResponse): Promise<void> {
    this.refusal.set(null);
    return this.setRetired(quartier, false);
  }

  private async setRetired(quartier: QuartierResponse, retired: boolean): Promise<void> {
    if (this.busy()) return;
    this.busy.set(quartier.code);
    try {
      const saved = await this.api.update(quartier.code, { retired, version: quartier.version });
      await this.saved(saved);
      this.snackBar.open(
        retired
          ? $localize`« ${saved.label} » retiré : il n’est plus proposé ; ce qui y est classé le garde.`
          : $localize`« ${saved.label} » rétabli : il est de nouveau proposé.`,
        'OK',
        { duration: 5000 },
      );
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === 'VERSION_CONFLICT') await this.load();
      this.refusal.set(problem.detail);
    } finally {
      this.busy.set(null);
    }
  }

  /** In its place (a new one last), and at once in the forms and on the phone. */
  private saved(saved: QuartierResponse): Promise<void> {
    const list = this.quartiers();
    const quartiers = list.some((quartier) => quartier.code === saved.code)
      ? list.map((quartier) => (quartier.code === saved.code ? saved : quartier))
      : [...list, saved];
    this.quartiers.set(quartiers);
    return this.territory.keep({ quartiers, area: this.area });
  }
}
