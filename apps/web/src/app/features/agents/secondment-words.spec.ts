import { SecondmentDirection } from '@vigie/shared';

import { lentBy, secondmentView } from './secondment-words';
import { secondmentOf } from './testing/agent.builders';

describe('a secondment as the record shows it', () => {
  it('names the host, the days in dd/MM/yyyy, the share of working time and who recorded it when (Paris)', () => {
    expect(secondmentView(secondmentOf(), '2026-12-07')).toEqual({
      id: secondmentOf().id,
      role: 'Service d’accueil',
      service: 'Police pluricommunale de Lompret, Prémesques et Verlinghem',
      period: 'du 01/01/2026 au 31/12/2027',
      share: '20\u00a0% du temps de travail',
      convention: 'Convention de mise en commun d’agents de police municipale du 02/01/2026',
      recorded: 'Enregistrée par Sophie Delattre le 03/01/2026',
      state: { label: 'En cours', tone: 'ok' },
      outgoing: true,
    });
  });

  it('names the employing service to the service that receives him', () => {
    const view = secondmentView(secondmentOf({ direction: SecondmentDirection.INCOMING }), '2026-12-07');
    expect(view.role).toBe('Service employeur');
    expect(view.service).toBe('Police municipale de Lomme');
    expect(view.outgoing).toBe(false);
  });

  it('says whether it is to come, under way on its first and last days, or over', () => {
    const march = secondmentOf({ from: '2027-03-01', to: '2027-03-31' });
    expect(secondmentView(march, '2027-02-28').state.label).toBe('À venir');
    expect(secondmentView(march, '2027-03-01').state.label).toBe('En cours');
    expect(secondmentView(march, '2027-03-31').state.label).toBe('En cours');
    expect(secondmentView(march, '2027-04-01').state).toEqual({ label: 'Terminée', tone: 'muted' });
  });

  it('badges another service’s agent with the service that lends him', () => {
    expect(lentBy('Police municipale de Lomme')).toBe('Mis à disposition par Police municipale de Lomme');
  });
});
