import { Routes } from '@angular/router';
import { roleGuard } from '@accord/portal/data-access';

export const CONSULAR_ROUTES: Routes = [
  {
    path: 'new',
    canActivate: [roleGuard('consular_officer')],
    loadComponent: () => import('./new-request-page.component').then((m) => m.NewRequestPageComponent),
    title: 'Raise a consular request · Accord',
  },
  {
    path: ':id',
    canActivate: [roleGuard('consular_officer', 'crisis_cell_officer')],
    loadComponent: () => import('./request-page.component').then((m) => m.RequestPageComponent),
    title: 'Consular request · Accord',
  },
];
