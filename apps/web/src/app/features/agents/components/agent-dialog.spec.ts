import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';
import { type AgentResponse, AgentStatus, Grade, StaffCategory } from '@vigie/shared';

import { openDialogOnFakeBackend } from '../../../testing/dialog-testing';
import { refusal } from '../../../testing/problem.builders';
import { AgentDialog } from './agent-dialog';

const CARON: AgentResponse = {
  id: 'a-caron',
  matricule: 'PM-0153',
  lastName: 'Caron',
  firstName: 'Maxime',
  grade: Grade.GARDIEN_BRIGADIER,
  category: StaffCategory.POLICE,
  status: AgentStatus.ACTIVE,
  brigade: 'Nuit',
  hireDate: '2022-03-31',
  departureDate: null,
  contractRatio: 1,
  qualifications: [],
  phone: '06 38 14 62 53',
  email: 'maxime.caron@mairie-lomme.fr',
  version: 4,
  shootingSessions: [],
  continuingTraining: null,
  trainings: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('AgentDialog', () => {
  let fixture: ComponentFixture<AgentDialog>;
  let element: HTMLElement;
  let backend: HttpTestingController;
  let close: jest.Mock;

  async function open(data: AgentResponse | null): Promise<void> {
    close = jest.fn();
    ({ fixture, element, backend } = await openDialogOnFakeBackend(AgentDialog, { data, close }));
  }
  afterEach(() => backend.verify());

  async function save(): Promise<void> {
    void fixture.componentInstance.save();
    await fixture.whenStable();
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('checks the record before sending it', async () => {
    await open(null);
    fixture.componentInstance.form.patchValue({ matricule: 'pm 01', lastName: '', email: 'pas-une-adresse' });
    await save();
    backend.expectNone('/api/agents');
    expect(element.textContent).toContain('2 à 20 caractères parmi A-Z, 0-9 et « - ».');
    expect(element.textContent).toContain('Saisissez le nom');
    expect(element.textContent).toContain('Adresse électronique invalide.');
  });

  it('asks for the departure date of a departed agent', async () => {
    await open(CARON);
    fixture.componentInstance.form.patchValue({ status: AgentStatus.DEPARTED });
    await fixture.whenStable();
    await save();
    backend.expectNone('/api/agents/a-caron');
    expect(element.textContent).toContain('Indiquez la date de départ.');

    fixture.componentInstance.form.patchValue({ status: AgentStatus.ACTIVE });
    await fixture.whenStable();
    await save();
    backend.expectOne('/api/agents/a-caron').flush(CARON);
  });

  it('sends the changes with the version it was read at', async () => {
    await open(CARON);
    fixture.componentInstance.form.patchValue({ brigade: 'Jour B', ratio: 80, phone: '' });
    await save();
    const request = backend.expectOne({ method: 'PATCH', url: '/api/agents/a-caron' });
    expect(request.request.body).toMatchObject({
      brigade: 'Jour B',
      contractRatio: 0.8,
      phone: null,
      hireDate: '2022-03-31',
      version: 4,
    });
    request.flush({ ...CARON, brigade: 'Jour B', contractRatio: 0.8, version: 5 });
    await settle();
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ version: 5 }));
  });

  it('shows the API’s field errors next to the fields', async () => {
    await open(CARON);
    await save();
    backend.expectOne('/api/agents/a-caron').flush(
      ...refusal('VALIDATION', 'Données invalides : matricule déjà utilisé.', {
        errors: [{ field: 'matricule', message: 'matricule déjà utilisé par un autre agent' }],
      }),
    );
    await settle();
    expect(element.querySelector('mat-hint.vg-error')?.textContent).toContain(
      'matricule déjà utilisé par un autre agent',
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('tells the user to reload a record changed meanwhile', async () => {
    await open(CARON);
    await save();
    backend
      .expectOne('/api/agents/a-caron')
      .flush(
        ...refusal(
          'VERSION_CONFLICT',
          'Cet enregistrement a été modifié entre-temps par quelqu’un d’autre : rechargez-le puis recommencez.',
        ),
      );
    await settle();
    const problem = element.querySelector('[data-testid="agent-error"]')!;
    expect(problem.textContent).toContain('modifié entre-temps');
    problem.querySelector('button')!.click();
    expect(close).toHaveBeenCalledWith('reload');
  });
});
