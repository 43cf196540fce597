import { Routes } from '@angular/router';
import { focalPointGuard } from '@accord/portal/data-access';
import { CommitmentPageComponent } from './commitment-page.component';
import { NewCommitmentPageComponent } from './new-commitment-page.component';

export const COMMITMENT_ROUTES: Routes = [
  { path: 'new', component: NewCommitmentPageComponent, canActivate: [focalPointGuard], title: 'Log a commitment · Accord' },
  { path: ':id', component: CommitmentPageComponent, title: 'Commitment · Accord' },
];
