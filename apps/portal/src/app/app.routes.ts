import { Routes } from '@angular/router';

export const APP_ROUTES: Routes = [
  { path: '', pathMatch: 'full', loadChildren: () => import('@accord/commitments/feature-board').then((m) => m.BOARD_ROUTES) },
  { path: 'commitments', loadChildren: () => import('@accord/commitments/feature-commitment').then((m) => m.COMMITMENT_ROUTES) },
  { path: 'sign-in', loadChildren: () => import('@accord/portal/feature-auth').then((m) => m.AUTH_ROUTES) },
  { path: '**', loadComponent: () => import('./not-found.component').then((m) => m.NotFoundComponent), title: 'Not found · Accord' },
];
