import { Routes } from '@angular/router';
import { focalPointGuard } from '@accord/portal/data-access';
import { ChangesPageComponent } from './changes-page.component';
import { CommitmentPageComponent } from './commitment-page.component';
import { NewCommitmentPageComponent } from './new-commitment-page.component';

export const COMMITMENT_ROUTES: Routes = [
  { path: 'new', component: NewCommitmentPageComponent, canActivate: [focalPointGuard], title: 'Log a commitment · Accord' },
  { path: 'changes', component: ChangesPageComponent, title: 'What changed since… · Accord' },
  { path: ':id', component: CommitmentPageComponent, title: 'Commitment · Accord' },
];
