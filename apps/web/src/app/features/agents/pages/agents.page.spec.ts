import { BreakpointObserver, type BreakpointState } from '@angular/cdk/layout';
import { type AgentSummaryResponse, Role } from '@vigie/shared';
import { of } from 'rxjs';

import { openOnFakeBackend, type PageOnFakeBackend, settled } from '../../../testing/page-testing';
import { POOLED, serviceUser } from '../../../testing/user.builders';
import { agentRecord } from '../testing/agent.builders';
import { AgentsPage } from './agents.page';

/** The pooled service's list: one of its own agents, and Lucie Wallart whom Lomme puts at its disposal. */
const OWN: AgentSummaryResponse = agentRecord({
  id: 'a-own',
  matricule: 'PP-0001',
  lastName: 'Vasseur',
  firstName: 'Claire',
});
const LENT: AgentSummaryResponse = agentRecord({ homeServiceName: 'Police municipale de Lomme' });

let page: PageOnFakeBackend<AgentsPage>;

async function open(phone: boolean): Promise<void> {
  const state: BreakpointState = { matches: phone, breakpoints: {} };
  page = openOnFakeBackend(AgentsPage, serviceUser([Role.CHIEF], { login: 'chef.pluri', service: POOLED }), {
    providers: [
      { provide: BreakpointObserver, useValue: { observe: () => of(state), isMatched: () => phone } },
    ],
  });
  page.backend.expectOne((r) => r.url === '/api/agents').flush({ items: [OWN, LENT], nextCursor: null });
  // The headcount cards are another spec's: their request is left unanswered.
  page.backend.expectOne('/api/staffing/headcount');
  await settled(page.fixture);
}

/** Each row's badge, or null: what a sighted reader sees, and the whole text a screen reader reads. */
const badges = () =>
  [...page.element.querySelectorAll('[data-testid="agent-row"]')].map((row) => {
    const badge = row.querySelector<HTMLElement>('[data-testid="lent-badge"]');
    if (!badge) return null;
    const hidden = badge.querySelector('.visually-hidden')?.textContent ?? '';
    return { seen: badge.textContent!.replace(hidden, '').trim(), read: badge.textContent!.trim() };
  });

afterEach(() => page.backend.verify());

describe('« Effectif » of a service another lends an agent to', () => {
  it('badges that agent with the service that lends him', async () => {
    await open(false);
    const lent = 'Mis à disposition par Police municipale de Lomme';
    expect(badges()).toEqual([null, { seen: lent, read: lent }]);
  });

  it('keeps the badge short on a phone, the service said to screen readers', async () => {
    await open(true);
    expect(badges()).toEqual([
      null,
      { seen: 'Mis à disposition', read: 'Mis à disposition par Police municipale de Lomme' },
    ]);
  });
});
