import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, signal, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import { ApiError, AuthStore, safeReturnUrl } from '@accord/portal/data-access';
import { AUTH_STRINGS } from './strings';

@Component({
  selector: 'acc-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="sign-in">
      <h1>{{ s.heading }}</h1>
      <p>{{ s.intro }}</p>
      <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="sign-in-form">
        <p class="form-error" role="alert" tabindex="-1" #errorEl data-testid="sign-in-error" [hidden]="!error()">{{ error() }}</p>
        <div class="field">
          <label for="si-email">{{ s.email }}</label>
          <input id="si-email" name="email" type="email" autocomplete="username" required [value]="email()" (input)="email.set(value($event))" />
        </div>
        <div class="field">
          <label for="si-password">{{ s.password }}</label>
          <input id="si-password" name="password" type="password" autocomplete="current-password" required [value]="password()" (input)="password.set(value($event))" />
        </div>
        <button type="submit" class="primary" [disabled]="sending()">{{ sending() ? s.sending : s.submit }}</button>
      </form>
    </div>
  `,
  styles: `.sign-in { max-inline-size: 26rem; margin-inline: auto; }`,
})
export class SignInPageComponent {
  /** Where to go afterwards, from `?returnUrl=` (bound by withComponentInputBinding()). */
  readonly returnUrl = input<string | undefined>();
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly errorEl = viewChild<ElementRef<HTMLElement>>('errorEl');
  protected readonly s = AUTH_STRINGS;
  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly sending = signal(false);

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(): Promise<void> {
    this.error.set(null);
    if (!this.email().trim() || !this.password()) return this.fail(this.s.required);
    this.sending.set(true);
    try {
      await this.auth.signIn(this.email().trim(), this.password());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.password.set('');
      this.fail(this.describe(error));
    } finally {
      this.sending.set(false);
    }
  }

  private describe(error: unknown): string {
    if (error instanceof ApiError && (error.status === 401 || error.status === 400)) return this.s.wrong;
    if (error instanceof ApiError && error.status === 429) return this.s.tooMany;
    return this.s.failed(error instanceof Error ? error.message : String(error));
  }

  private fail(message: string): void {
    this.error.set(message);
    afterNextRender(() => this.errorEl()?.nativeElement.focus(), { injector: this.injector });
  }
}
