import { Routes } from '@angular/router';
import { roleGuard, signedInGuard } from '@accord/portal/data-access';
import { WorkspacePageComponent } from './workspace-page.component';

export const WORKSPACE_ROUTES: Routes = [
  { path: '', canActivate: [signedInGuard], component: WorkspacePageComponent, title: 'Workspace · Accord' },
  {
    path: 'webhooks',
    canActivate: [roleGuard('focal_point', 'secretariat_officer')],
    loadComponent: () => import('./webhooks-page.component').then((m) => m.WebhooksPageComponent),
    title: 'Webhooks · Accord',
  },
];
