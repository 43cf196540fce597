import { Routes } from '@angular/router';
import { roleGuard } from '@accord/portal/data-access';

export const CRISIS_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./alerts-page.component').then((m) => m.AlertsPageComponent), title: 'Crisis room · Accord' },
  {
    path: 'alerts/new',
    canActivate: [roleGuard('crisis_cell_officer')],
    loadComponent: () => import('./raise-alert-page.component').then((m) => m.RaiseAlertPageComponent),
    title: 'Raise a crisis alert · Accord',
  },
  {
    path: 'alerts/import',
    canActivate: [roleGuard('crisis_cell_officer')],
    loadComponent: () => import('./cap-import-page.component').then((m) => m.CapImportPageComponent),
    title: 'Import a CAP alert · Accord',
  },
  { path: 'alerts/:id', loadComponent: () => import('./alert-room-page.component').then((m) => m.AlertRoomPageComponent), title: 'Crisis alert · Accord' },
];
