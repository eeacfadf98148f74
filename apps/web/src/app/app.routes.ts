import { Routes } from '@angular/router';

import { authGuard, capabilityGuard, guestGuard } from './core/auth/auth.guards';
import { Shell } from './core/layout/shell';

export const routes: Routes = [
  {
    path: 'connexion',
    title: 'Connexion — Vigie',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/pages/login.page').then((m) => m.LoginPage),
  },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Accueil — Vigie',
        loadComponent: () => import('./features/home/pages/home.page').then((m) => m.HomePage),
      },
      {
        path: 'mot-de-passe',
        title: 'Mot de passe — Vigie',
        loadComponent: () => import('./features/auth/pages/password.page').then((m) => m.PasswordPage),
      },
      {
        path: 'comptes',
        title: 'Comptes — Vigie',
        canActivate: [capabilityGuard('manageUsers')],
        loadComponent: () => import('./features/users/pages/users.page').then((m) => m.UsersPage),
      },
      {
        path: '**',
        title: 'Page introuvable — Vigie',
        loadComponent: () => import('./shared/ui/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
