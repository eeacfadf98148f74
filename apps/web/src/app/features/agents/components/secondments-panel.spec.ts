import { Role } from '@vigie/shared';
import { SecondmentDirection, type SecondmentResponse } from '@vigie/shared';

import { openOnFakeBackend, type PageOnFakeBackend, settled } from '../../../testing/page-testing';
import { refusal } from '../../../testing/problem.builders';
import { POOLED, serviceUser } from '../../../testing/user.builders';
import { agentRecord, secondmentOf } from '../testing/agent.builders';
import { SecondmentsPanel } from './secondments-panel';

const CHIEF = serviceUser([Role.CHIEF]);
const HR = serviceUser([Role.HR], { login: 'rh', displayName: 'Nadia Benali' });
/** The pooled service's chief: Lucie Wallart is Lomme's, at his service's disposal. */
const HOST_CHIEF = serviceUser([Role.CHIEF], { login: 'chef.pluri', service: POOLED });

let panel: PageOnFakeBackend<SecondmentsPanel>;

const byTestId = (id: string) => panel.element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const rows = () =>
  [...panel.element.querySelectorAll('[data-testid="secondment"]')].map((row) => ({
    service: row.querySelector('[data-testid="secondment-service"]')!.textContent!.trim(),
    period: row.querySelector('[data-testid="secondment-period"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    convention: row.querySelector('[data-testid="secondment-convention"]')!.textContent!.trim(),
  }));

/** Opens the panel on `agent` for `user` and answers its list with `items`. */
async function open(
  user = CHIEF,
  items: SecondmentResponse[] = [secondmentOf()],
  agent = agentRecord(),
): Promise<void> {
  panel = openOnFakeBackend(SecondmentsPanel, user, { inputs: { agent } });
  panel.backend
    .expectOne((r) => r.url === '/api/secondments' && r.params.get('agentId') === agent.id)
    .flush({ items });
  await settled(panel.fixture);
}

async function confirm(): Promise<void> {
  await settled(panel.fixture);
  document.querySelector<HTMLElement>('mat-dialog-container [data-testid="confirm"]')!.click();
  // The dialog tells what was chosen once it has closed.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

afterEach(() => {
  panel.backend.verify();
  document.querySelector('.cdk-overlay-container')?.replaceChildren();
});

describe('« Mises à disposition » on an agent’s record', () => {
  it('lists each service he is lent to, the days in dd/MM/yyyy, the share of his time and the convention', async () => {
    await open();
    expect(rows()).toEqual([
      {
        service: 'Police pluricommunale de Lompret, Prémesques et Verlinghem',
        period: 'du 01/01/2026 au 31/12/2027 · 20 % du temps de travail',
        convention: 'Convention de mise en commun d’agents de police municipale du 02/01/2026',
      },
    ]);
    expect(panel.element.textContent).toContain('Service d’accueil');
  });

  it('says when he works for his service alone', async () => {
    await open(CHIEF, []);
    expect(byTestId('no-secondment')!.textContent).toContain(
      'Aucune mise à disposition : cet agent ne travaille que pour son service.',
    );
  });

  it('lets his own chief lend him and withdraw a secondment', async () => {
    await open(CHIEF);
    expect(byTestId('add-secondment')!.textContent).toContain('Mettre à disposition');
    expect(byTestId('withdraw-secondment')!.textContent).toContain('Retirer');
  });

  it('shows HR the secondments, with nothing to change', async () => {
    await open(HR);
    expect(rows()).toHaveLength(1);
    expect(byTestId('add-secondment')).toBeNull();
    expect(byTestId('withdraw-secondment')).toBeNull();
  });

  it('offers nothing to change to the service he is lent to: his own service decides', async () => {
    const incoming = secondmentOf({ direction: SecondmentDirection.INCOMING });
    await open(HOST_CHIEF, [incoming], agentRecord({ homeServiceName: 'Police municipale de Lomme' }));
    expect(rows().map((row) => row.service)).toEqual(['Police municipale de Lomme']);
    expect(panel.element.textContent).toContain('Service employeur');
    expect(byTestId('add-secondment')).toBeNull();
    expect(byTestId('withdraw-secondment')).toBeNull();
  });

  it('withdraws a secondment once confirmed, and says why when the host has rostered him', async () => {
    await open();
    byTestId('withdraw-secondment')!.click();
    await settled(panel.fixture);
    expect(document.querySelector('mat-dialog-container')!.textContent).toContain(
      'Lucie Wallart ne sera plus à la disposition de Police pluricommunale de Lompret, Prémesques et Verlinghem du 01/01/2026 au 31/12/2027.',
    );
    await confirm();

    const refused = panel.backend.expectOne(`/api/secondments/${secondmentOf().id}`);
    expect(refused.request.method).toBe('DELETE');
    refused.flush(
      ...refusal(
        'SECONDMENT_IN_USE',
        'Police pluricommunale de Lompret, Prémesques et Verlinghem l’a inscrit au planning le 09/12/2026 : ce service doit d’abord l’en retirer.',
      ),
    );
    await settled(panel.fixture);
    panel.backend.expectOne((r) => r.url === '/api/secondments').flush({ items: [secondmentOf()] });
    await settled(panel.fixture);
    expect(byTestId('secondment-refusal')!.textContent).toContain(
      'l’a inscrit au planning le 09/12/2026 : ce service doit d’abord l’en retirer.',
    );
    expect(rows()).toHaveLength(1);

    // Withdrawn once the host took him off its roster: the list no longer has it.
    byTestId('withdraw-secondment')!.click();
    await confirm();
    panel.backend
      .expectOne(`/api/secondments/${secondmentOf().id}`)
      .flush(null, { status: 204, statusText: 'No Content' });
    await settled(panel.fixture);
    panel.backend.expectOne((r) => r.url === '/api/secondments').flush({ items: [] });
    await settled(panel.fixture);
    expect(byTestId('secondment-refusal')).toBeNull();
    expect(rows()).toEqual([]);
  });
});
