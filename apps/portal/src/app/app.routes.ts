import { Routes } from '@angular/router';

export const APP_ROUTES: Routes = [
  { path: '', pathMatch: 'full', loadChildren: () => import('@accord/commitments/feature-board').then((m) => m.BOARD_ROUTES) },
  { path: 'commitments', loadChildren: () => import('@accord/commitments/feature-commitment').then((m) => m.COMMITMENT_ROUTES) },
  { path: 'workspace', loadChildren: () => import('@accord/workspace/feature-workspace').then((m) => m.WORKSPACE_ROUTES) },
  { path: 'follow-up', loadChildren: () => import('@accord/follow-up/feature-tracker').then((m) => m.FOLLOW_UP_ROUTES) },
  { path: 'local-actions', loadChildren: () => import('@accord/local-actions/feature-local-actions').then((m) => m.LOCAL_ACTION_ROUTES) },
  { path: 'crisis/consular', loadChildren: () => import('@accord/consular/feature-requests').then((m) => m.CONSULAR_ROUTES) },
  { path: 'crisis', loadChildren: () => import('@accord/crisis/feature-room').then((m) => m.CRISIS_ROUTES) },
  { path: 'sign-in', loadChildren: () => import('@accord/portal/feature-auth').then((m) => m.AUTH_ROUTES) },
  { path: '**', loadComponent: () => import('./not-found.component').then((m) => m.NotFoundComponent), title: 'Not found · Accord' },
];
