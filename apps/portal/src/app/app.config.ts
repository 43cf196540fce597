import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { LocationStrategy } from '@angular/common';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { I18nService, I18nTitleStrategy, LanguageLocationStrategy } from '@accord/portal/i18n';
import { AuthStore, COMMITMENT_PAGE_SECTIONS } from '@accord/portal/data-access';
import { APP_ROUTES } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZonelessChangeDetection(),
    provideBrowserGlobalErrorListeners(),
    provideRouter(APP_ROUTES, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    // The address carries the language (/ar/…); the router only sees the plain path.
    { provide: LocationStrategy, useClass: LanguageLocationStrategy },
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
    // Words in the reader's language from the first render: no flash of English on /ar/….
    provideAppInitializer(() => inject(I18nService).start()),
    // Know who is signed in before the first guard runs.
    provideAppInitializer(() => inject(AuthStore).restore()),
    // The commitments feature knows no other context: the shell plugs their sections into its page.
    {
      provide: COMMITMENT_PAGE_SECTIONS,
      useValue: [() => import('@accord/assessments/feature-assessment').then((m) => m.CommitmentRelatedSectionComponent)],
    },
  ],
};
