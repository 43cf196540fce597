import { Routes } from '@angular/router';

export const CRISIS_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./alerts-page.component').then((m) => m.AlertsPageComponent), title: 'Crisis room · Accord' },
  { path: 'alerts/:id', loadComponent: () => import('./alert-room-page.component').then((m) => m.AlertRoomPageComponent), title: 'Crisis alert · Accord' },
];
