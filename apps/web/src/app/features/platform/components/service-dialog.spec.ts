import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture } from '@angular/core/testing';
import { type CommuneResponse, ServiceKind } from '@vigie/shared';

import { openDialogOnFakeBackend, removeDialog } from '../../../testing/dialog-testing';
import { settled } from '../../../testing/page-testing';
import { refusal } from '../../../testing/problem.builders';
import { ServiceDialog } from './service-dialog';

const commune = (code: string, name: string): CommuneResponse => ({
  code,
  name,
  departement: code.slice(0, 2),
  parentCode: null,
  parentName: null,
});
const PERENCHIES = commune('59457', 'Pérenchies');
const LOMPRET = commune('59356', 'Lompret');
const PREMESQUES = commune('59470', 'Prémesques');

let fixture: ComponentFixture<ServiceDialog>;
let element: HTMLElement;
let backend: HttpTestingController;
const close = jest.fn();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
  element.querySelector<T>(`[data-testid="${id}"]`)!;
const chips = () =>
  [...element.querySelectorAll('[data-testid="commune-chip"]')].map((c) => c.textContent!.trim());

const render = () => settled(fixture);

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

/** Types in the communes' field, answers the search with `found`, and picks `chosen` among them. */
async function pickCommune(query: string, found: CommuneResponse[], chosen: CommuneResponse): Promise<void> {
  const search = byTestId<HTMLInputElement>('commune-search');
  search.focus();
  type(search, query);
  await pause(300); // the search waits for the typing to pause
  backend
    .expectOne((r) => r.url === '/api/platform/communes' && r.params.get('q') === query)
    .flush({ items: found });
  await render();
  const option = [...document.querySelectorAll<HTMLElement>('[data-testid="commune-option"]')].find((o) =>
    o.textContent!.includes(chosen.code),
  );
  option!.click();
  await render();
}

async function chooseKind(kind: ServiceKind): Promise<void> {
  byTestId(`kind-${kind}`).querySelector('input')!.click();
  await render();
}

async function fillChief(): Promise<void> {
  type(byTestId<HTMLInputElement>('service-name-input'), ' Police pluricommunale de Lompret et Prémesques ');
  type(byTestId<HTMLInputElement>('chief-login'), 'chef.lompret');
  type(byTestId<HTMLInputElement>('chief-name'), 'Claire Vasseur');
  type(byTestId<HTMLInputElement>('chief-password'), 'lanterne-verte-brouillard');
  await render();
}

async function save(): Promise<void> {
  byTestId('service-save').click();
  await render();
}

beforeEach(async () => {
  close.mockReset();
  ({ fixture, element, backend } = await openDialogOnFakeBackend(ServiceDialog, { close, inDocument: true }));
  await render();
});

afterEach(() => {
  backend.verify();
  removeDialog(element);
});

describe('« Ouvrir un service »', () => {
  it('sends the name, the kind, the communes’ INSEE codes and the first chief, as the API reads them', async () => {
    await chooseKind(ServiceKind.POOLED);
    await pickCommune('lom', [commune('59355', 'Lomme'), LOMPRET], LOMPRET);
    await pickCommune('pré', [PREMESQUES], PREMESQUES);
    expect(chips()).toEqual(['Lompret (59356)', 'Prémesques (59470)']);
    // Each commune chosen leaves the field empty for the next.
    expect(byTestId<HTMLInputElement>('commune-search').value).toBe('');
    await fillChief();
    await save();

    const request = backend.expectOne('/api/platform/services');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: 'Police pluricommunale de Lompret et Prémesques',
      kind: 'POOLED',
      inseeCodes: ['59356', '59470'],
      chief: { login: 'chef.lompret', displayName: 'Claire Vasseur', password: 'lanterne-verte-brouillard' },
    });
    const created = {
      id: 's-3',
      name: 'Police pluricommunale de Lompret et Prémesques',
      kind: 'POOLED',
      communes: [LOMPRET, PREMESQUES],
      createdAt: '2026-12-06T09:00:00.000Z',
    };
    request.flush(created, { status: 201, statusText: 'Created' });
    await render();
    expect(close).toHaveBeenCalledWith(created);
  });

  it('takes one commune only for a commune’s police, and refuses several if the kind changes back', async () => {
    await pickCommune('péren', [PERENCHIES], PERENCHIES);
    expect(chips()).toEqual(['Pérenchies (59457)']);
    // Its one commune chosen, the field proposes no other.
    const search = byTestId<HTMLInputElement>('commune-search');
    expect(search.readOnly).toBe(true);
    expect(search.placeholder).toBe('');

    // Pooled, it takes more; back to a commune's police, the form says to remove them and sends nothing.
    await chooseKind(ServiceKind.POOLED);
    expect(search.readOnly).toBe(false);
    await pickCommune('lomp', [LOMPRET], LOMPRET);
    await chooseKind(ServiceKind.COMMUNE);
    await fillChief();
    await save();
    expect(element.textContent).toContain(
      'Une police municipale sert une seule commune : retirez les autres.',
    );
    backend.expectNone('/api/platform/services');
    expect(close).not.toHaveBeenCalled();
  });

  it('asks for two communes at least for a pooled police', async () => {
    await chooseKind(ServiceKind.POOLED);
    await pickCommune('lomp', [LOMPRET], LOMPRET);
    await fillChief();
    await save();
    expect(element.textContent).toContain('Une police pluricommunale sert deux communes au moins.');
    backend.expectNone('/api/platform/services');
  });

  it('shows what the API refuses in French, beside the field it names, and stays open', async () => {
    await pickCommune('péren', [PERENCHIES], PERENCHIES);
    await fillChief();
    await save();
    backend.expectOne('/api/platform/services').flush(
      ...refusal('LOGIN_TAKEN', 'L’identifiant « chef.lompret » est déjà utilisé.', {
        errors: [{ field: 'chief.login', message: 'déjà utilisé' }],
      }),
    );
    await render();

    expect(byTestId('service-error').textContent).toBe('L’identifiant « chef.lompret » est déjà utilisé.');
    const loginField = byTestId('chief-login').closest('mat-form-field')!;
    expect(loginField.textContent).toContain('déjà utilisé');
    expect(close).not.toHaveBeenCalled();
  });
});
