import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { AuthStore, apiErrorText } from '@accord/portal/data-access';
import { SubscriptionsApi } from './subscriptions-api';
import { FollowTargetKind } from './subscriptions.models';
import { SUBSCRIPTIONS_STRINGS } from './strings';

/**
 * A toggle (aria-pressed) to follow a commitment, recommendation or organisation; shown to signed-in
 * people only. Following twice is a no-op on the server, so a double click is harmless.
 */
@Component({
  selector: 'acc-follow-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (auth.signedIn()) {
      <button type="button" class="follow" [class.on]="following()" [attr.aria-pressed]="following()" [disabled]="busy()" (click)="toggle()" data-testid="follow-button">
        <span aria-hidden="true">{{ following() ? '★' : '☆' }}</span> {{ following() ? s.following : s.follow }}@if (label()) {<span class="visually-hidden">: {{ label() }}</span>}
      </button>
      @if (error(); as e) { <span class="field-error" role="alert">{{ e }}</span> }
    }
  `,
  styles: `
    :host { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
    .follow { display: inline-flex; align-items: center; gap: 0.35rem; padding-block: 0.3rem; padding-inline: 0.75rem; border-radius: 999px; border: 1px solid #1f5fae; background: #fff; color: #1f5fae; font-weight: 600; cursor: pointer; }
    .follow.on { background: #1f5fae; color: #fff; }
    .follow:disabled { opacity: 0.6; cursor: progress; }
  `,
})
export class FollowButtonComponent {
  readonly kind = input.required<FollowTargetKind>();
  readonly targetId = input.required<string>();
  /** What is followed, for screen readers ("Follow: <title>"); the visible text stays short. */
  readonly label = input('');
  protected readonly auth = inject(AuthStore);
  private readonly api = inject(SubscriptionsApi);
  protected readonly s = SUBSCRIPTIONS_STRINGS;
  protected readonly following = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly target = computed(() => ({ kind: this.kind(), id: this.targetId() }));

  constructor() {
    effect(() => {
      const target = this.target();
      if (!this.auth.signedIn() || !target.id) return;
      untracked(() => void this.load(target.kind, target.id));
    });
  }

  protected async toggle(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = this.following() ? await this.api.unfollow(this.target()) : await this.api.follow(this.target());
      this.following.set(result.following);
    } catch (e) {
      this.error.set(this.s.followError(apiErrorText(e)));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(kind: FollowTargetKind, id: string): Promise<void> {
    try {
      const page = await this.api.follows(1, 1, { kind, id });
      this.following.set(page.total > 0);
    } catch (e) {
      this.error.set(this.s.followError(apiErrorText(e)));
    }
  }
}
