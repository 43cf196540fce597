import { Routes } from '@angular/router';
import { focalPointGuard } from '@accord/portal/data-access';

export const LOCAL_ACTION_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./local-action-feed-page.component').then((m) => m.LocalActionFeedPageComponent), title: 'Local actions · Accord' },
  {
    path: 'new',
    canActivate: [focalPointGuard],
    loadComponent: () => import('./new-local-action-page.component').then((m) => m.NewLocalActionPageComponent),
    title: 'Report a local action · Accord',
  },
];
