import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture } from '@angular/core/testing';
import type { ServiceNameResponse } from '@vigie/shared';

import { openDialogOnFakeBackend, removeDialog } from '../../../testing/dialog-testing';
import { settled } from '../../../testing/page-testing';
import { refusal } from '../../../testing/problem.builders';
import { POOLED } from '../../../testing/user.builders';
import { agentRecord, secondmentOf } from '../testing/agent.builders';
import { SecondmentDialog } from './secondment-dialog';

const PERENCHIES: ServiceNameResponse = {
  id: '5e000000-0000-4000-8000-000000000003',
  name: 'Police municipale de Pérenchies',
};
const HOSTS: ServiceNameResponse[] = [{ id: POOLED.id, name: POOLED.name }, PERENCHIES];

let fixture: ComponentFixture<SecondmentDialog>;
let element: HTMLElement;
let backend: HttpTestingController;
const close = jest.fn();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
  element.querySelector<T>(`[data-testid="${id}"]`)!;
const fieldOf = (id: string) => byTestId(id).closest('mat-form-field')!;

const render = () => settled(fixture);

function type(id: string, text: string): void {
  const input = byTestId<HTMLInputElement>(id);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

/** Answers the host search the field runs (`q`, or none for the first list). */
async function answerHosts(q: string | null, found: ServiceNameResponse[]): Promise<void> {
  await pause(300); // the search waits for the typing to pause
  backend
    .expectOne((r) => r.url === '/api/secondments/hosts' && r.params.get('q') === q)
    .flush({ items: found });
  await render();
}

/** Types part of a name in the host field and picks `chosen` among the services proposed. */
async function pickHost(query: string, chosen: ServiceNameResponse): Promise<void> {
  const input = byTestId<HTMLInputElement>('secondment-host');
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await answerHosts(query, [chosen]);
  const option = [...document.querySelectorAll<HTMLElement>('[data-testid="secondment-host-option"]')].find(
    (o) => o.textContent!.includes(chosen.name),
  );
  option!.click();
  await render();
}

async function fill(): Promise<void> {
  await pickHost('pluri', HOSTS[0]);
  type('secondment-from', '02/03/2027');
  type('secondment-to', '13/03/2027');
  type('secondment-share', '20');
  type('secondment-convention', '  Convention de mise en commun du 02/01/2027 ');
  await render();
}

async function save(): Promise<void> {
  byTestId('secondment-save').click();
  await render();
}

beforeEach(async () => {
  close.mockReset();
  ({ fixture, element, backend } = await openDialogOnFakeBackend(SecondmentDialog, {
    data: agentRecord({ id: 'a-devos', lastName: 'Devos', firstName: 'Mathilde' }),
    close,
    inDocument: true,
  }));
  await render();
  // The field proposes the other services as soon as it opens: a platform has a few.
  await answerHosts(null, HOSTS);
});

afterEach(() => {
  backend.verify();
  removeDialog(element);
});

describe('« Mettre à disposition »', () => {
  it('sends the agent, the host chosen, the days typed in dd/MM/yyyy, the share and the convention', async () => {
    expect(byTestId('secondment-save').textContent).toContain('Mettre à disposition');
    await fill();
    expect(byTestId<HTMLInputElement>('secondment-host').value).toBe(POOLED.name);
    await save();

    const request = backend.expectOne('/api/secondments');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      agentId: 'a-devos',
      hostServiceId: POOLED.id,
      from: '2027-03-02',
      to: '2027-03-13',
      sharePercent: 20,
      convention: 'Convention de mise en commun du 02/01/2027',
    });
    const created = secondmentOf({ from: '2027-03-02', to: '2027-03-13' });
    request.flush(created, { status: 201, statusText: 'Created' });
    await render();
    expect(close).toHaveBeenCalledWith(created);
  });

  it('sends nothing for a name typed but not chosen, a last day before the first, a share out of bounds', async () => {
    const host = byTestId<HTMLInputElement>('secondment-host');
    host.value = 'Police de Lille';
    host.dispatchEvent(new Event('input'));
    await answerHosts('Police de Lille', []);
    type('secondment-from', '13/03/2027');
    type('secondment-to', '02/03/2027');
    type('secondment-share', '120');
    type('secondment-convention', 'Convention du 02/01/2027');
    await save();

    backend.expectNone('/api/secondments');
    expect(fieldOf('secondment-host').textContent).toContain('Choisissez le service dans la liste proposée.');
    expect(fieldOf('secondment-to').textContent).toContain(
      'Le dernier jour ne peut pas précéder le premier.',
    );
    expect(fieldOf('secondment-share').textContent).toContain('Un nombre entier de 1 à 100 %.');
    expect(close).not.toHaveBeenCalled();
  });

  it('refuses a period longer than the product allows (1098 days)', async () => {
    await pickHost('pluri', HOSTS[0]);
    type('secondment-from', '01/01/2027');
    type('secondment-to', '03/01/2030'); // 1099 days, both included
    await save();
    backend.expectNone('/api/secondments');
    expect(fieldOf('secondment-to').textContent).toContain(
      '1098 jours au plus : la convention se renouvelle.',
    );
  });

  it('shows the API’s refusal in French in the dialog, and stays open', async () => {
    await fill();
    await save();
    backend
      .expectOne('/api/secondments')
      .flush(
        ...refusal(
          'SECONDMENT_OVERLAP',
          'Mathilde Devos est déjà mise à disposition de ce service du 01/03/2027 au 31/03/2027.',
        ),
      );
    await render();
    expect(byTestId('secondment-error').textContent).toBe(
      'Mathilde Devos est déjà mise à disposition de ce service du 01/03/2027 au 31/03/2027.',
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('says the API’s field errors beside their fields, and points at them', async () => {
    await fill();
    await save();
    backend
      .expectOne('/api/secondments')
      .flush(
        ...refusal(
          'SECONDMENT_HOST_INVALID',
          'Données invalides : hostServiceId un autre service de la plateforme.',
          { errors: [{ field: 'hostServiceId', message: 'un autre service de la plateforme' }] },
        ),
      );
    await render();
    expect(fieldOf('secondment-host').textContent).toContain('un autre service de la plateforme');
    // Not the API's summary with its field names (« hostServiceId »): the fields say it.
    expect(byTestId('secondment-error').textContent).toBe('Corrigez les champs signalés.');
  });
});
