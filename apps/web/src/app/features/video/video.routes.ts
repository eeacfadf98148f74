import { Routes } from '@angular/router';

import { capabilityGuard } from '../../core/auth/auth.guards';

/** `/videoprotection/…`: the cameras (map, list, deployment) and the register of footage requests. */
export const VIDEO_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Vidéoprotection — Vigie',
    loadComponent: () => import('./pages/video.page').then((m) => m.VideoPage),
  },
  {
    path: 'requisitions',
    title: 'Réquisitions d’images — Vigie',
    canActivate: [capabilityGuard('manageFootage')],
    loadComponent: () => import('./pages/footage-requests.page').then((m) => m.FootageRequestsPage),
  },
];
