import { Routes } from '@angular/router';

import {
  agentRecordGuard,
  authGuard,
  capabilityGuard,
  guestGuard,
  platformConfinedGuard,
  platformGuard,
  staffGuard,
} from './core/auth/auth.guards';
import { homeIs } from './core/layout/home-kind';

export const routes: Routes = [
  {
    path: 'connexion',
    title: 'Connexion — Vigie',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/pages/login.page').then((m) => m.LoginPage),
  },
  {
    path: '',
    // The signed-in frame is lazy too: the sign-in page does not wait for the toolbar, menu and
    // side navigation (Material and CDK overlay), fetched while the session is restored.
    loadComponent: () => import('./core/layout/shell').then((m) => m.Shell),
    canActivate: [authGuard],
    canActivateChild: [platformConfinedGuard],
    children: [
      // « / » is each role's home, each its own lazy page; the general welcome for anyone else.
      {
        path: '',
        pathMatch: 'full',
        title: 'Tableau de bord — Vigie',
        canMatch: [homeIs('dashboard')],
        loadComponent: () => import('./features/dashboard/pages/dashboard.page').then((m) => m.DashboardPage),
      },
      {
        path: '',
        pathMatch: 'full',
        title: 'Accueil — Vigie',
        canMatch: [homeIs('hr')],
        loadComponent: () => import('./features/dashboard/pages/hr-home.page').then((m) => m.HrHomePage),
      },
      {
        path: '',
        pathMatch: 'full',
        title: 'Accueil — Vigie',
        canMatch: [homeIs('agent')],
        loadComponent: () =>
          import('./features/dashboard/pages/agent-home.page').then((m) => m.AgentHomePage),
      },
      {
        path: '',
        pathMatch: 'full',
        title: 'Accueil — Vigie',
        loadComponent: () => import('./features/home/pages/home.page').then((m) => m.HomePage),
      },
      {
        path: 'mot-de-passe',
        title: 'Mot de passe — Vigie',
        data: { openToPlatform: true },
        loadComponent: () => import('./features/auth/pages/password.page').then((m) => m.PasswordPage),
      },
      {
        path: 'planning',
        title: 'Planning — Vigie',
        canActivate: [capabilityGuard('readPlanning'), staffGuard],
        loadComponent: () => import('./features/planning/pages/planning.page').then((m) => m.PlanningPage),
      },
      {
        path: 'planning/types',
        title: 'Types de créneaux — Vigie',
        canActivate: [capabilityGuard('editPlanning')],
        loadComponent: () =>
          import('./features/planning/pages/shift-types.page').then((m) => m.ShiftTypesPage),
      },
      {
        path: 'planning/cycles',
        title: 'Cycles de travail — Vigie',
        canActivate: [capabilityGuard('manageCycles')],
        loadComponent: () => import('./features/cycles/cycles.page').then((m) => m.CyclesPage),
      },
      {
        path: 'planning/derogations',
        title: 'Dérogations — Vigie',
        canActivate: [capabilityGuard('readDerogations')],
        loadComponent: () => import('./features/derogations/derogations.page').then((m) => m.DerogationsPage),
      },
      {
        path: 'mon-planning',
        title: 'Mon planning — Vigie',
        canActivate: [capabilityGuard('readSchedule'), agentRecordGuard],
        loadComponent: () =>
          import('./features/planning/pages/my-planning.page').then((m) => m.MyPlanningPage),
      },
      {
        path: 'absences',
        title: 'Absences — Vigie',
        canActivate: [capabilityGuard('readAbsences'), staffGuard],
        loadComponent: () => import('./features/planning/pages/absences.page').then((m) => m.AbsencesPage),
      },
      {
        path: 'mon-temps',
        title: 'Mon temps — Vigie',
        canActivate: [capabilityGuard('readTimeAccounts'), agentRecordGuard],
        loadComponent: () => import('./features/time-accounts/pages/my-time.page').then((m) => m.MyTimePage),
      },
      {
        path: 'comptes-d-heures',
        title: 'Comptes d’heures — Vigie',
        canActivate: [capabilityGuard('readAnyTimeAccount')],
        loadComponent: () =>
          import('./features/time-accounts/pages/time-accounts.page').then((m) => m.TimeAccountsPage),
      },
      {
        path: 'comptes-d-heures/:id',
        title: 'Compte d’heures — Vigie',
        canActivate: [capabilityGuard('readAnyTimeAccount')],
        loadComponent: () =>
          import('./features/time-accounts/pages/agent-time.page').then((m) => m.AgentTimePage),
      },
      {
        // HR never reads the main courante: the menu never leads there, the router never downloads it.
        path: 'main-courante',
        canMatch: [capabilityGuard('readIncidents')],
        loadChildren: () => import('./features/incidents/incidents.routes').then((m) => m.INCIDENT_ROUTES),
      },
      {
        // HR has no camera nor footage: the menu never leads there, the router never downloads it.
        path: 'videoprotection',
        canMatch: [capabilityGuard('readCameras')],
        loadChildren: () => import('./features/video/video.routes').then((m) => m.VIDEO_ROUTES),
      },
      {
        path: 'armurerie',
        title: 'Armurerie — Vigie',
        canActivate: [capabilityGuard('readWeaponIssues')],
        loadComponent: () => import('./features/armoury/armoury.page').then((m) => m.ArmouryPage),
      },
      {
        path: 'effectif',
        title: 'Effectif — Vigie',
        canActivate: [capabilityGuard('readHeadcount')],
        loadComponent: () => import('./features/agents/pages/agents.page').then((m) => m.AgentsPage),
      },
      {
        path: 'effectif/:id',
        title: 'Fiche agent — Vigie',
        canActivate: [capabilityGuard('readHeadcount')],
        loadComponent: () =>
          import('./features/agents/pages/agent-detail.page').then((m) => m.AgentDetailPage),
      },
      {
        path: 'recrutement',
        title: 'Recrutement — Vigie',
        canActivate: [capabilityGuard('manageRecruitment')],
        loadComponent: () =>
          import('./features/recruitment/pages/recruitment.page').then((m) => m.RecruitmentPage),
      },
      {
        path: 'comptes',
        title: 'Comptes — Vigie',
        canActivate: [capabilityGuard('manageUsers')],
        loadComponent: () => import('./features/users/pages/users.page').then((m) => m.UsersPage),
      },
      {
        path: 'service/quartiers',
        title: 'Quartiers — Vigie',
        canActivate: [capabilityGuard('manageTerritory')],
        loadComponent: () => import('./features/territory/pages/quartiers.page').then((m) => m.QuartiersPage),
      },
      {
        path: 'registre-des-traitements',
        title: 'Registre des traitements — Vigie',
        canActivate: [capabilityGuard('readProcessingRegister')],
        loadComponent: () =>
          import('./features/privacy/pages/processing-register.page').then((m) => m.ProcessingRegisterPage),
      },
      {
        // The platform's accounts open services here; they see nothing of what a service holds.
        path: 'plateforme',
        title: 'Services — Vigie',
        canMatch: [platformGuard],
        data: { openToPlatform: true },
        loadComponent: () => import('./features/platform/pages/platform.page').then((m) => m.PlatformPage),
      },
      {
        path: '**',
        title: 'Page introuvable — Vigie',
        loadComponent: () => import('./shared/ui/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
