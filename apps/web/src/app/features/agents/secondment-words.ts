import { formatDateFr, localDateOf } from '@vigie/shared';
import { SecondmentDirection, type SecondmentResponse } from '@vigie/shared';

import type { PillTone } from '../../shared/ui/status-pill';

/** How a secondment (mise à disposition, CSI L512-1) reads on an agent's record. Pure, tested. */

export interface SecondmentView {
  id: string;
  /** « Service d’accueil » when this service lends him, « Service employeur » when it receives him. */
  role: string;
  /** The other service's name. */
  service: string;
  /** « du 01/01/2026 au 31/12/2027 » */
  period: string;
  /** « 20 % du temps de travail » */
  share: string;
  convention: string;
  /** « Enregistrée par Sophie Delattre le 07/12/2026 » */
  recorded: string;
  state: { label: string; tone: PillTone };
  /** This service lent him: its chief may withdraw it. */
  outgoing: boolean;
}

/** Where it stands on `today`: under way, to come, over. */
function stateOf(secondment: SecondmentResponse, today: string): SecondmentView['state'] {
  if (secondment.to < today) return { label: $localize`Terminée`, tone: 'muted' };
  if (secondment.from > today) return { label: $localize`À venir`, tone: 'info' };
  return { label: $localize`En cours`, tone: 'ok' };
}

/** « du 01/01/2026 au 31/12/2027 », both days included. */
export function secondmentPeriod(secondment: Pick<SecondmentResponse, 'from' | 'to'>): string {
  return $localize`du ${formatDateFr(secondment.from)} au ${formatDateFr(secondment.to)}`;
}

export function secondmentView(secondment: SecondmentResponse, today: string): SecondmentView {
  const outgoing = secondment.direction === SecondmentDirection.OUTGOING;
  return {
    id: secondment.id,
    role: outgoing ? $localize`Service d’accueil` : $localize`Service employeur`,
    service: outgoing ? secondment.hostService.name : secondment.homeService.name,
    period: secondmentPeriod(secondment),
    share: $localize`${secondment.sharePercent}\u00a0% du temps de travail`,
    convention: secondment.convention,
    recorded: $localize`Enregistrée par ${secondment.createdBy} le ${formatDateFr(localDateOf(secondment.createdAt))}`,
    state: stateOf(secondment, today),
    outgoing,
  };
}

/** The badge of another service's agent in the list: « Mis à disposition par … ». */
export function lentBy(homeServiceName: string): string {
  return $localize`Mis à disposition par ${homeServiceName}`;
}
