import { Routes } from '@angular/router';

import { capabilityGuard } from '../../core/auth/auth.guards';

/** `/main-courante/…`: the list, a new entry, the statistics (supervisors) and an entry. */
export const INCIDENT_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Main courante — Vigie',
    loadComponent: () => import('./pages/incidents.page').then((m) => m.IncidentsPage),
  },
  {
    path: 'nouvelle',
    title: 'Nouvelle entrée — Vigie',
    loadComponent: () => import('./pages/incident-new.page').then((m) => m.IncidentNewPage),
  },
  {
    path: 'statistiques',
    title: 'Statistiques de la main courante — Vigie',
    canActivate: [capabilityGuard('reviewIncidents')],
    loadComponent: () => import('./pages/incident-stats.page').then((m) => m.IncidentStatsPage),
  },
  {
    path: ':id',
    title: 'Main courante — Vigie',
    loadComponent: () => import('./pages/incident-detail.page').then((m) => m.IncidentDetailPage),
  },
];
