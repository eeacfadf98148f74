import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  LOMME_TERRITORY,
  LommeQuartier,
  Role,
  type TerritoryResponse,
  type UserResponse,
} from '@vigie/shared';

import { AuthService } from '../../core/auth/auth.service';
import { platformUser, POOLED, serviceUser } from '../../testing/user.builders';
import { Territory } from './territory';

/** Lomme with its Bourg retired and a quartier without outline added. */
const CHANGED: TerritoryResponse = {
  quartiers: [
    ...LOMME_TERRITORY.quartiers.map((quartier) =>
      quartier.code === LommeQuartier.BOURG ? { ...quartier, retired: true } : quartier,
    ),
    { code: 'ZONE_INNOVATION', label: 'Zone de l’Innovation', outline: null, retired: false, version: 1 },
  ],
  area: LOMME_TERRITORY.area,
};

function territoryFor(user: UserResponse) {
  const current = signal(user);
  const keepTerritory = jest.fn((territory: TerritoryResponse) => {
    current.update((u) => ({ ...u, territory }));
    return Promise.resolve();
  });
  TestBed.configureTestingModule({
    providers: [{ provide: AuthService, useValue: { user: current, keepTerritory } }],
  });
  return { territory: TestBed.inject(Territory), current, keepTerritory };
}

describe('the current service’s territory', () => {
  it('offers Lomme’s six quartiers, in its order, to a member of Lomme', () => {
    const { territory } = territoryFor(serviceUser([Role.AGENT]));
    expect(territory.options().map((option) => option.label)).toEqual([
      'Bourg',
      'Mitterie',
      'Délivrance',
      'Mont-à-Camp',
      'Marais',
      'Canteleu',
    ]);
    expect(territory.label('MONT_A_CAMP')).toBe('Mont-à-Camp');
    expect(territory.outlines()).toHaveLength(6);
  });

  it('offers the pooled service its communes, never Lomme’s quartiers', () => {
    const { territory } = territoryFor(serviceUser([Role.CHIEF], { service: POOLED }));
    expect(territory.options()).toEqual([
      { value: 'LOMPRET', label: 'Lompret' },
      { value: 'PREMESQUES', label: 'Prémesques' },
      { value: 'VERLINGHEM', label: 'Verlinghem' },
    ]);
    expect(territory.codes().has('BOURG')).toBe(false);
    expect(territory.label('BOURG')).toBe('BOURG');
    expect(territory.outlines()).toEqual([]);
    expect(territory.quartierAt([50.6447, 2.9871])).toBeNull();
  });

  it('no longer offers a retired quartier but still names it, and searches under it', () => {
    const { territory } = territoryFor(serviceUser([Role.AGENT], { territory: CHANGED }));
    expect(territory.options().map((option) => option.value)).toEqual([
      'MITTERIE',
      'DELIVRANCE',
      'MONT_A_CAMP',
      'MARAIS',
      'CANTELEU',
      'ZONE_INNOVATION',
    ]);
    expect(territory.label('BOURG')).toBe('Bourg');
    expect(territory.codes().has('BOURG')).toBe(true);
    expect(territory.filterOptions().at(-1)).toEqual({ value: 'BOURG', label: 'Bourg (retiré)' });
    // A camera filed under it still shows it while being edited.
    expect(territory.optionsWith('BOURG').at(-1)).toEqual({ value: 'BOURG', label: 'Bourg (retiré)' });
    expect(territory.optionsWith('MARAIS')).toEqual(territory.options());
    // Its outline no longer proposes it, nor is drawn.
    expect(territory.quartierAt([50.6447, 2.9871])).toBeNull();
    expect(territory.outlines().map((quartier) => quartier.code)).not.toContain('BOURG');
  });

  it('proposes the quartier whose outline holds a position, and checks positions against the area', () => {
    const { territory } = territoryFor(serviceUser([Role.AGENT]));
    expect(territory.quartierAt([50.6447, 2.9871])).toBe('BOURG');
    expect(territory.quartierAt([50.636, 3.02])).toBe('CANTELEU');
    expect(territory.inside(50.6447, 2.9871)).toBe(true);
    expect(territory.inside(48.8566, 2.3522)).toBe(false);
  });

  it('takes any position while the service’s area is unknown', () => {
    const { territory } = territoryFor(
      serviceUser([Role.AGENT], { territory: { quartiers: [], area: null } }),
    );
    expect(territory.area()).toBeNull();
    expect(territory.inside(48.8566, 2.3522)).toBe(true);
  });

  it('has nothing for a platform account', () => {
    const { territory } = territoryFor(platformUser());
    expect(territory.current()).toBeNull();
    expect(territory.options()).toEqual([]);
    expect(territory.label('BOURG')).toBe('BOURG');
  });

  it('hands the chief’s changes to the session, and offers them at once', async () => {
    const { territory, keepTerritory } = territoryFor(serviceUser([Role.CHIEF]));
    await territory.keep(CHANGED);
    expect(keepTerritory).toHaveBeenCalledWith(CHANGED);
    expect(territory.options().map((option) => option.label)).toContain('Zone de l’Innovation');
    expect(territory.options().map((option) => option.label)).not.toContain('Bourg');
  });
});
