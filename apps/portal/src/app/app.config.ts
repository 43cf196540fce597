import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { AuthStore, COMMITMENT_PAGE_SECTIONS } from '@accord/portal/data-access';
import { APP_ROUTES } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZonelessChangeDetection(),
    provideBrowserGlobalErrorListeners(),
    provideRouter(APP_ROUTES, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    // Know who is signed in before the first guard runs.
    provideAppInitializer(() => inject(AuthStore).restore()),
    // The commitments feature knows no other context: the shell plugs their sections into its page.
    {
      provide: COMMITMENT_PAGE_SECTIONS,
      useValue: [() => import('@accord/assessments/feature-assessment').then((m) => m.CommitmentRelatedSectionComponent)],
    },
  ],
};
