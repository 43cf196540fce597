import { Routes } from '@angular/router';
import { roleGuard, signedInGuard } from '@accord/portal/data-access';

export const FOLLOW_UP_ROUTES: Routes = [
  { path: '', canActivate: [signedInGuard], loadComponent: () => import('./tracker-page.component').then((m) => m.TrackerPageComponent), title: 'Follow-up tracker · Accord' },
  { path: 'scorecards', loadComponent: () => import('./scorecards-page.component').then((m) => m.ScorecardsPageComponent), title: 'Scorecards · Accord' },
  {
    path: 'issue',
    canActivate: [roleGuard('secretariat_officer')],
    loadComponent: () => import('./issue-recommendation-page.component').then((m) => m.IssueRecommendationPageComponent),
    title: 'Issue a recommendation · Accord',
  },
  {
    path: 'recommendations/:id',
    canActivate: [signedInGuard],
    loadComponent: () => import('./recommendation-page.component').then((m) => m.RecommendationPageComponent),
    title: 'Recommendation · Accord',
  },
];
