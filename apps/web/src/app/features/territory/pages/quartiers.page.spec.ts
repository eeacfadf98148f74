import { TestBed } from '@angular/core/testing';
import {
  LOMME_TERRITORY,
  LommeQuartier,
  QUARTIER_LIMITS,
  type QuartierResponse,
  Role,
  type TerritoryResponse,
} from '@vigie/shared';

import { Territory } from '../../../shared/territory/territory';
import { openOnFakeBackend, type PageOnFakeBackend, settled } from '../../../testing/page-testing';
import { refusal } from '../../../testing/problem.builders';
import { POOLED_TERRITORY, serviceUser } from '../../../testing/user.builders';
import { QuartiersPage } from './quartiers.page';

const INNOVATION: QuartierResponse = {
  code: 'ZONE_DE_L_INNOVATION',
  label: 'Zone de l’Innovation',
  outline: null,
  retired: false,
  version: 1,
};

/** Lomme as the API has it, its Canteleu retired a while ago. */
const LOMME: TerritoryResponse = {
  ...LOMME_TERRITORY,
  quartiers: LOMME_TERRITORY.quartiers.map((quartier) =>
    quartier.code === LommeQuartier.CANTELEU ? { ...quartier, retired: true } : quartier,
  ),
};

function problem(status: number, reason: string, detail: string) {
  return {
    body: { type: `urn:vigie:problem:${reason.toLowerCase()}`, title: 'Refusé', status, reason, detail },
    options: { status, statusText: 'Refused' },
  };
}

let page: PageOnFakeBackend<QuartiersPage>;

async function open(territory: TerritoryResponse = LOMME): Promise<void> {
  page = openOnFakeBackend(QuartiersPage, serviceUser([Role.CHIEF]));
  page.backend.expectOne({ method: 'GET', url: '/api/territory' }).flush(territory);
  await settled(page.fixture);
}

const rows = () =>
  [...page.element.querySelectorAll<HTMLElement>('[data-testid="quartier"]')].map((row) => ({
    label: row.querySelector('[data-testid="quartier-label"]')!.textContent!.trim(),
    retired: !!row.querySelector('[data-testid="quartier-retired"]'),
  }));
const row = (code: string) =>
  page.element.querySelector<HTMLElement>(`[data-testid="quartier"][data-code="${code}"]`)!;
const inDialog = <T extends HTMLElement = HTMLElement>(id: string) =>
  document.querySelector<T>(`mat-dialog-container [data-testid="${id}"]`);
/** What the entry form, the camera dialog and the filters now offer. */
const offered = () =>
  TestBed.inject(Territory)
    .options()
    .map((option) => option.label);

async function typeLabel(label: string): Promise<void> {
  const input = inDialog<HTMLInputElement>('quartier-label-input')!;
  input.value = label;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
  await settled(page.fixture);
}

async function save(): Promise<void> {
  inDialog('quartier-save')!.click();
  await settled(page.fixture);
}

/** The dialog tells what was chosen once it has closed. */
async function closed(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  await settled(page.fixture);
}

afterEach(() => {
  page.backend.verify();
  document.querySelector('.cdk-overlay-container')?.replaceChildren();
});

describe('« Quartiers », the chief’s list of his service’s quartiers', () => {
  it('lists them in the service’s order, a retired one marked as such, each leading to its entries', async () => {
    await open();
    expect(rows()).toEqual([
      { label: 'Bourg', retired: false },
      { label: 'Mitterie', retired: false },
      { label: 'Délivrance', retired: false },
      { label: 'Mont-à-Camp', retired: false },
      { label: 'Marais', retired: false },
      { label: 'Canteleu', retired: true },
    ]);
    expect(page.element.querySelector('[data-testid="quartier-summary"]')!.textContent.trim()).toBe(
      '5 quartiers proposés · 1 retiré',
    );
    expect(row('CANTELEU').querySelector('[data-testid="quartier-retired"]')!.textContent).toBe('Retiré');
    expect(row('CANTELEU').querySelector('[data-testid="restore-quartier"]')).not.toBeNull();
    expect(row('CANTELEU').querySelector('[data-testid="retire-quartier"]')).toBeNull();
    expect(row('BOURG').querySelector('[data-testid="quartier-entries"]')!.getAttribute('href')).toBe(
      '/main-courante?quartier=BOURG',
    );
    expect(row('BOURG').textContent).toContain('contour dessiné sur les cartes');
    // What the API said is what the forms now offer.
    expect(offered()).not.toContain('Canteleu');
  });

  it('adds a quartier, last in order, offered at once in the forms', async () => {
    await open();
    page.element.querySelector<HTMLElement>('[data-testid="add-quartier"]')!.click();
    await settled(page.fixture);
    expect(document.querySelector('mat-dialog-container h2')!.textContent.trim()).toBe('Ajouter un quartier');
    await typeLabel('  Zone de l’Innovation ');
    await save();
    const post = page.backend.expectOne({ method: 'POST', url: '/api/territory/quartiers' });
    expect(post.request.body).toEqual({ label: 'Zone de l’Innovation' });
    post.flush(INNOVATION, { status: 201, statusText: 'Created' });
    await closed();

    expect(rows().at(-1)).toEqual({ label: 'Zone de l’Innovation', retired: false });
    expect(row('ZONE_DE_L_INNOVATION').textContent).not.toContain('contour dessiné');
    expect(offered().at(-1)).toBe('Zone de l’Innovation');
    expect(document.querySelector('mat-snack-bar-container')!.textContent).toContain(
      'Quartier « Zone de l’Innovation » ajouté : il est proposé dans les formulaires.',
    );
  });

  it('checks the name before asking: its length, and no other quartier of the service named alike', async () => {
    await open();
    page.element.querySelector<HTMLElement>('[data-testid="add-quartier"]')!.click();
    await settled(page.fixture);
    await typeLabel('Z');
    await save();
    expect(document.querySelector('mat-dialog-container mat-error')!.textContent.trim()).toBe(
      `De ${QUARTIER_LIMITS.label.min} à ${QUARTIER_LIMITS.label.max} caractères.`,
    );
    await typeLabel('mont a  CAMP');
    await save();
    expect(document.querySelector('mat-dialog-container mat-error')!.textContent.trim()).toBe(
      'Un autre quartier du service porte déjà ce nom.',
    );
    // A retired quartier keeps its name too.
    await typeLabel('Canteleu');
    await save();
    expect(document.querySelector('mat-dialog-container mat-error')!.textContent.trim()).toBe(
      'Un autre quartier du service porte déjà ce nom.',
    );
    page.backend.expectNone('/api/territory/quartiers');
  });

  it('shows in French why the API refused a new quartier, and keeps the dialog open', async () => {
    await open();
    page.element.querySelector<HTMLElement>('[data-testid="add-quartier"]')!.click();
    await settled(page.fixture);
    await typeLabel('Les Marais');
    await save();
    const { body, options } = problem(
      422,
      'QUARTIERS_FULL',
      'Le service a déjà 40 quartiers, retirés compris : renommez-en un plutôt.',
    );
    page.backend.expectOne({ method: 'POST', url: '/api/territory/quartiers' }).flush(body, options);
    await settled(page.fixture);
    expect(inDialog('quartier-error')!.textContent.trim()).toBe(
      'Le service a déjà 40 quartiers, retirés compris : renommez-en un plutôt.',
    );
    expect(document.querySelector('mat-dialog-container')).not.toBeNull();
    expect(rows()).toHaveLength(6);
  });

  it('renames a quartier: its code stays, the forms offer the new name', async () => {
    await open();
    row('MARAIS').querySelector<HTMLElement>('[data-testid="rename-quartier"]')!.click();
    await settled(page.fixture);
    expect(document.querySelector('mat-dialog-container h2')!.textContent.trim()).toBe('Renommer « Marais »');
    expect(inDialog<HTMLInputElement>('quartier-label-input')!.value).toBe('Marais');
    await typeLabel('Le Marais');
    await save();
    const patch = page.backend.expectOne({ method: 'PATCH', url: '/api/territory/quartiers/MARAIS' });
    expect(patch.request.body).toEqual({ label: 'Le Marais', version: 1 });
    patch.flush({ ...LOMME.quartiers[4], label: 'Le Marais', version: 2 });
    await closed();
    expect(rows()[4]).toEqual({ label: 'Le Marais', retired: false });
    expect(offered()).toContain('Le Marais');
    expect(TestBed.inject(Territory).label('MARAIS')).toBe('Le Marais');
    expect(document.querySelector('mat-snack-bar-container')!.textContent).toContain(
      '« Marais » s’appelle désormais « Le Marais ».',
    );
  });

  it('says why the API refused a name already taken', async () => {
    await open();
    row('MARAIS').querySelector<HTMLElement>('[data-testid="rename-quartier"]')!.click();
    await settled(page.fixture);
    await typeLabel('Bourg-Centre');
    await save();
    const { body, options } = problem(
      409,
      'QUARTIER_LABEL_TAKEN',
      'Un quartier du service porte déjà ce nom.',
    );
    page.backend.expectOne({ method: 'PATCH', url: '/api/territory/quartiers/MARAIS' }).flush(body, options);
    await settled(page.fixture);
    expect(inDialog('quartier-error')!.textContent.trim()).toBe('Un quartier du service porte déjà ce nom.');
    expect(rows()[4].label).toBe('Marais');
  });

  it('retires a quartier once confirmed, saying what is filed under it keeps it; then brings it back', async () => {
    await open();
    row('BOURG').querySelector<HTMLElement>('[data-testid="retire-quartier"]')!.click();
    await settled(page.fixture);
    const dialog = document.querySelector('mat-dialog-container')!;
    expect(dialog.querySelector('h2')!.textContent).toBe('Retirer le quartier « Bourg » ?');
    expect(dialog.textContent).toContain(
      'Il ne sera plus proposé pour les nouvelles entrées ni pour les caméras.',
    );
    expect(dialog.textContent).toContain('Les entrées et les caméras classées sous « Bourg » le gardent');
    inDialog('confirm')!.click();
    await closed();
    const retire = page.backend.expectOne({ method: 'PATCH', url: '/api/territory/quartiers/BOURG' });
    expect(retire.request.body).toEqual({ retired: true, version: 1 });
    retire.flush({ ...LOMME.quartiers[0], retired: true, version: 2 });
    await settled(page.fixture);
    expect(rows()[0]).toEqual({ label: 'Bourg', retired: true });
    expect(offered()).not.toContain('Bourg');
    expect(TestBed.inject(Territory).label('BOURG')).toBe('Bourg');
    expect(page.element.querySelector('[data-testid="quartier-summary"]')!.textContent.trim()).toBe(
      '4 quartiers proposés · 2 retirés',
    );

    row('BOURG').querySelector<HTMLElement>('[data-testid="restore-quartier"]')!.click();
    const restore = page.backend.expectOne({ method: 'PATCH', url: '/api/territory/quartiers/BOURG' });
    expect(restore.request.body).toEqual({ retired: false, version: 2 });
    restore.flush({ ...LOMME.quartiers[0], version: 3 });
    await settled(page.fixture);
    expect(rows()[0]).toEqual({ label: 'Bourg', retired: false });
    expect(offered()[0]).toBe('Bourg');
  });

  it('retires nothing when the chief cancels', async () => {
    await open();
    row('BOURG').querySelector<HTMLElement>('[data-testid="retire-quartier"]')!.click();
    await settled(page.fixture);
    document.querySelector<HTMLElement>('mat-dialog-container button:not([data-testid])')!.click();
    await closed();
    page.backend.expectNone('/api/territory/quartiers/BOURG');
    expect(rows()[0].retired).toBe(false);
  });

  it('says in French why the last quartier offered cannot be retired', async () => {
    const lone: TerritoryResponse = {
      ...POOLED_TERRITORY,
      quartiers: POOLED_TERRITORY.quartiers.map((quartier) => ({
        ...quartier,
        retired: quartier.code !== 'LOMPRET',
      })),
    };
    await open(lone);
    row('LOMPRET').querySelector<HTMLElement>('[data-testid="retire-quartier"]')!.click();
    await settled(page.fixture);
    inDialog('confirm')!.click();
    await closed();
    const { body, options } = problem(
      422,
      'QUARTIER_LAST',
      'Le service garde au moins un quartier pour y classer ses entrées.',
    );
    page.backend.expectOne({ method: 'PATCH', url: '/api/territory/quartiers/LOMPRET' }).flush(body, options);
    await settled(page.fixture);
    expect(page.element.querySelector('[data-testid="quartier-refusal"]')!.textContent.trim()).toBe(
      'Le service garde au moins un quartier pour y classer ses entrées.',
    );
    expect(rows()[0]).toEqual({ label: 'Lompret', retired: false });
  });

  it('reads the list again when the quartier was changed meanwhile from another page, and says so', async () => {
    await open(LOMME);
    row('BOURG').querySelector<HTMLElement>('[data-testid="retire-quartier"]')!.click();
    await settled(page.fixture);
    inDialog('confirm')!.click();
    await closed();
    page.backend
      .expectOne({ method: 'PATCH', url: '/api/territory/quartiers/BOURG' })
      .flush(
        ...refusal(
          'VERSION_CONFLICT',
          'Cet enregistrement a été modifié entre-temps par quelqu’un d’autre : rechargez-le puis recommencez.',
        ),
      );
    await settled(page.fixture);
    const renamed = {
      ...LOMME,
      quartiers: LOMME.quartiers.map((q, i) => (i === 0 ? { ...q, label: 'Vieux Bourg', version: 2 } : q)),
    };
    page.backend.expectOne({ method: 'GET', url: '/api/territory' }).flush(renamed);
    await settled(page.fixture);
    expect(rows()[0]).toEqual({ label: 'Vieux Bourg', retired: false });
    expect(page.element.querySelector('[data-testid="quartier-refusal"]')!.textContent.trim()).toBe(
      'Cet enregistrement a été modifié entre-temps par quelqu’un d’autre : rechargez-le puis recommencez.',
    );
  });

  it('offers no more quartier once the service has the most it may keep, retired ones included', async () => {
    const many: TerritoryResponse = {
      quartiers: Array.from({ length: QUARTIER_LIMITS.count }, (_, i) => ({
        code: `Q${i + 1}`,
        label: `Secteur ${i + 1}`,
        outline: null,
        retired: i % 2 === 1,
      })),
      area: null,
    };
    await open(many);
    expect(page.element.querySelector<HTMLButtonElement>('[data-testid="add-quartier"]')!.disabled).toBe(
      true,
    );
    expect(page.element.querySelector('[data-testid="quartier-summary"]')!.textContent).toContain(
      '40 au plus, retirés compris',
    );
  });

  it('says why the list did not come, and shows what the phone kept meanwhile', async () => {
    page = openOnFakeBackend(QuartiersPage, serviceUser([Role.CHIEF]));
    page.backend
      .expectOne('/api/territory')
      .flush(
        { type: 'about:blank', title: 'Indisponible', status: 503, detail: 'Vigie redémarre : réessayez.' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await settled(page.fixture);
    expect(page.element.querySelector('[role="alert"]')!.textContent).toContain(
      'Vigie redémarre : réessayez.',
    );
    expect(rows()).toHaveLength(6);
  });
});
