import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthStore } from './auth-store';

/** Sends a signed-out person to /sign-in and back to where they were going afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthStore).signedIn()) return true;
  return inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** Only focal points may log commitments; others are sent to the board. */
export const focalPointGuard: CanActivateFn = (route, state) => {
  const auth = inject(AuthStore);
  if (!auth.signedIn()) return signedInGuard(route, state);
  return auth.isFocalPoint() ? true : inject(Router).createUrlTree(['/']);
};

/** A route for people with one of `roles`; others are sent to their workspace (or to sign in). */
export function roleGuard(...roles: string[]): CanActivateFn {
  return (route, state) => {
    const auth = inject(AuthStore);
    if (!auth.signedIn()) return signedInGuard(route, state);
    return auth.hasRole(...roles) ? true : inject(Router).createUrlTree(['/workspace']);
  };
}
