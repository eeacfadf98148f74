import { type AgentResponse, QualificationKind, type QualificationResponse, Role } from '@vigie/shared';
import { SecondmentDirection } from '@vigie/shared';

import { openOnFakeBackend, type PageOnFakeBackend, settled } from '../../../testing/page-testing';
import { POOLED, serviceUser } from '../../../testing/user.builders';
import { agentRecord, secondmentOf } from '../testing/agent.builders';
import { AgentDetailPage } from './agent-detail.page';

const PERMIT: QualificationResponse = {
  id: 'q-firearm',
  kind: QualificationKind.FIREARM,
  obtainedOn: '2022-05-02',
  expiresOn: '2031-05-02',
  pendingApproval: false,
  reference: 'Arrêté préfectoral 2022-118',
  valid: true,
  issue: null,
  expiringSoon: false,
};
/** What a record may offer to change: each must go for another service's agent. */
const WRITES = ['edit-agent', 'add-qualification', 'add-session', 'record-decision', 'add-secondment'];

let page: PageOnFakeBackend<AgentDetailPage>;

const present = (ids: string[]) =>
  ids.filter((id) => page.element.querySelector(`[data-testid="${id}"]`) !== null);

/** Opens Lucie Wallart's record for a chief, answering the record, the préfet's decisions and her secondments. */
async function open(agent: AgentResponse, user = serviceUser([Role.CHIEF])): Promise<void> {
  page = openOnFakeBackend(AgentDetailPage, user, { inputs: { id: agent.id } });
  page.backend.expectOne(`/api/agents/${agent.id}`).flush(agent);
  page.backend
    .expectOne((r) => r.url === `/api/agents/${agent.id}/firearm-decisions`)
    .flush({ items: [], nextCursor: null });
  await settled(page.fixture);
  const direction = agent.homeServiceName ? SecondmentDirection.INCOMING : SecondmentDirection.OUTGOING;
  page.backend
    .expectOne((r) => r.url === '/api/secondments' && r.params.get('agentId') === agent.id)
    .flush({ items: [secondmentOf({ direction })] });
  await settled(page.fixture);
}

afterEach(() => page.backend.verify());

describe('an agent’s record', () => {
  it('lets his own service’s chief change it and lend him', async () => {
    await open(agentRecord({ qualifications: [PERMIT] }));
    expect(present(WRITES)).toEqual(WRITES);
    expect(page.element.querySelector('[data-testid="lent-banner"]')).toBeNull();
    expect(page.element.querySelector('[data-testid="secondments"]')!.textContent).toContain(
      'Police pluricommunale de Lompret, Prémesques et Verlinghem',
    );
  });

  it('says whose record it is to the service he is lent to, and offers nothing to change there', async () => {
    const lent = agentRecord({ qualifications: [PERMIT], homeServiceName: 'Police municipale de Lomme' });
    await open(lent, serviceUser([Role.CHIEF], { login: 'chef.pluri', service: POOLED }));
    expect(
      page.element.querySelector('[data-testid="lent-banner"]')!.textContent.replace(/\s+/g, ' '),
    ).toContain('Mis à disposition par Police municipale de Lomme : sa fiche se tient dans ce service.');
    expect(present(WRITES)).toEqual([]);
    expect(page.element.querySelector('[aria-label^="Supprimer"]')).toBeNull();
    // What he is, his qualifications and his secondment stay in sight.
    expect(page.element.querySelector('[data-testid="agent-name"]')!.textContent).toBe('Lucie Wallart');
    expect(page.element.querySelector('[data-kind="FIREARM"]')).not.toBeNull();
    expect(page.element.querySelector('[data-testid="secondment-service"]')!.textContent).toContain(
      'Police municipale de Lomme',
    );
  });
});
