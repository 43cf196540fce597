import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { AuthStore } from '@accord/portal/data-access';
import { ConnectionIndicatorComponent } from './connection-indicator.component';
import { LanguageSwitcherComponent } from './language-switcher.component';
import { SHELL_STRINGS } from './strings';

@Component({
  selector: 'acc-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, ConnectionIndicatorComponent, LanguageSwitcherComponent],
  template: `
    <a class="skip-link" href="#main">{{ s.skip }}</a>
    <header class="site-header">
      <div class="bar">
        <a class="brand" routerLink="/"><span class="logo" aria-hidden="true">◆</span> {{ s.brand }}</a>
        <nav [attr.aria-label]="s.nav" class="nav">
          <a routerLink="/" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" ariaCurrentWhenActive="page">{{ s.board }}</a>
          @if (auth.signedIn()) {
            <a routerLink="/workspace" routerLinkActive="active" ariaCurrentWhenActive="page" data-testid="nav-workspace">{{ s.workspace }}</a>
            <a routerLink="/follow-up" routerLinkActive="active" ariaCurrentWhenActive="page">{{ s.followUp }}</a>
          } @else {
            <a routerLink="/follow-up/scorecards" routerLinkActive="active" ariaCurrentWhenActive="page">{{ s.scorecards }}</a>
          }
          <a routerLink="/local-actions" routerLinkActive="active" ariaCurrentWhenActive="page">{{ s.localActions }}</a>
          <a routerLink="/crisis" routerLinkActive="active" ariaCurrentWhenActive="page">{{ s.crisis }}</a>
        </nav>
        <acc-language-switcher />
        <div class="who" data-testid="session">
          @if (auth.person(); as p) {
            <span class="person"><span class="visually-hidden">{{ s.signedInAs }} </span><strong data-testid="person-name">{{ p.displayName }}</strong>
              <span class="org" data-testid="person-organisation">{{ p.organisationName }}</span></span>
            <button type="button" (click)="signOut()" data-testid="sign-out">{{ s.signOut }}</button>
          } @else {
            <a class="button" routerLink="/sign-in" [queryParams]="{ returnUrl: returnUrl() }" data-testid="sign-in-link">{{ s.signIn }}</a>
          }
        </div>
      </div>
    </header>
    <acc-connection-indicator />
    <main id="main" tabindex="-1"><router-outlet /></main>
    <footer class="site-footer">{{ s.footer }}</footer>
  `,
})
export class ShellComponent {
  protected readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
    ),
    { initialValue: '/' },
  );
  /** Come back here after signing in (not to the sign-in page itself). */
  protected readonly returnUrl = computed(() => (this.url().startsWith('/sign-in') || this.url() === '/' ? null : this.url()));
  protected readonly s = SHELL_STRINGS;

  protected async signOut(): Promise<void> {
    await this.auth.signOut();
    await this.router.navigateByUrl('/');
  }
}
