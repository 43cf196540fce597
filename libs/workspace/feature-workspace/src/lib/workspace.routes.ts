import { Routes } from '@angular/router';
import { signedInGuard } from '@accord/portal/data-access';
import { WorkspacePageComponent } from './workspace-page.component';

export const WORKSPACE_ROUTES: Routes = [{ path: '', canActivate: [signedInGuard], component: WorkspacePageComponent, title: 'Workspace · Accord' }];
