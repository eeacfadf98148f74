import { computed, inject, Injectable } from '@angular/core';
import {
  activeQuartiers,
  type Bounds,
  insideArea,
  type LatLng,
  quartierAt,
  quartierLabel,
  type QuartierResponse,
  type TerritoryResponse,
} from '@vigie/shared';

import { AuthService } from '../../core/auth/auth.service';

/** A quartier as a select offers it. */
export interface QuartierOption {
  value: string;
  label: string;
}

/** A quartier with its outline, as the maps draw it. */
export type OutlinedQuartier = QuartierResponse & { outline: LatLng[] };

/**
 * The current service's territory: its quartiers (what entries and cameras are filed under) and
 * the area its positions fall in. It comes with the signed-in user (sign-in, renewal, service
 * switch) and is kept on the phone with him, so the forms have it offline too; the chief's
 * changes reach it through {@link Territory.keep}. Every page reads it here, never a static list.
 */
@Injectable({ providedIn: 'root' })
export class Territory {
  private readonly auth = inject(AuthService);

  /** Null for a platform account, or before anyone signed in. */
  readonly current = computed<TerritoryResponse | null>(() => this.auth.user()?.territory ?? null);
  /** Every quartier in the service's order, retired ones included. */
  readonly quartiers = computed<QuartierResponse[]>(() => this.current()?.quartiers ?? []);
  readonly active = computed(() => activeQuartiers({ quartiers: this.quartiers() }));
  /** What a new entry or camera may be filed under: the active quartiers, in order. */
  readonly options = computed<QuartierOption[]>(() =>
    this.active().map((quartier) => ({ value: quartier.code, label: quartier.label })),
  );
  /**
   * What may be searched for: the active quartiers, then the retired ones (entries and cameras
   * stay filed under them), named as such.
   */
  readonly filterOptions = computed<QuartierOption[]>(() => [
    ...this.options(),
    ...this.quartiers()
      .filter((quartier) => quartier.retired)
      .map((quartier) => ({ value: quartier.code, label: retiredLabel(quartier.label) })),
  ]);
  /** The codes of every quartier, retired ones included. */
  readonly codes = computed(() => new Set(this.quartiers().map((quartier) => quartier.code)));
  /** Where the service's positions fall; null while unknown (any position is taken). */
  readonly area = computed<Bounds | null>(() => this.current()?.area ?? null);
  /** The active quartiers that have an outline, for the maps. */
  readonly outlines = computed<OutlinedQuartier[]>(() =>
    this.active().filter((quartier): quartier is OutlinedQuartier => !!quartier.outline?.length),
  );

  /** A quartier's name (a retired one is still named); its code when the service no longer knows it. */
  label(code: string): string {
    return quartierLabel(this.current(), code);
  }

  /** Whether a position falls in the service's area (any does while it is unknown). */
  inside(lat: number, lng: number): boolean {
    return insideArea(this.area(), lat, lng);
  }

  /** The active quartier whose outline holds the point, or null (outside them all, or none drawn). */
  quartierAt(point: LatLng): string | null {
    return quartierAt(point, this.active());
  }

  /**
   * The options of a field that already holds `code` (a camera being edited): the active ones,
   * and that one too if it was retired meanwhile, so that the field still shows it.
   */
  optionsWith(code: string | null | undefined): QuartierOption[] {
    const options = this.options();
    if (!code || options.some((option) => option.value === code)) return options;
    return [...options, { value: code, label: retiredLabel(this.label(code)) }];
  }

  /** The territory as the API now has it: the forms offer it at once, and the phone keeps it. */
  keep(territory: TerritoryResponse): Promise<void> {
    return this.auth.keepTerritory(territory);
  }
}

/** « Gare (retiré) ». */
export function retiredLabel(label: string): string {
  return $localize`${label} (retiré)`;
}
