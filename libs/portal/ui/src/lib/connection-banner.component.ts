import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PORTAL_UI_STRINGS } from './strings';

/**
 * Says when the portal is offline and what happens to submissions meanwhile. The status region is always
 * in the page (polite live region), so screen readers announce each change of its text.
 */
@Component({
  selector: 'acc-connection-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="connection" role="status" aria-live="polite" data-testid="connection-status" [attr.data-state]="state()" [attr.data-queued]="queued()">
      @if (message(); as m) {
        <p><span class="icon" aria-hidden="true">{{ state() === 'offline' ? '⚠' : '↻' }}</span> {{ m }}</p>
      }
      @if (failure(); as f) {
        <p class="failure" data-testid="queued-failure"><span class="icon" aria-hidden="true">✕</span> {{ s.connection.refused(f) }}</p>
      }
    </div>
  `,
  styles: `
    .connection p { margin: 0; padding: 0.5rem 1rem; background: #fff4d6; color: #3d2c00; border-block-end: 1px solid #e0c36a; }
    .connection[data-state='online'] p { background: #e6f4ea; color: #0d3b1a; border-color: #8cc79b; }
    .connection .failure { background: #fde7e7; color: #5c0b0b; border-color: #e3a0a0; }
    .icon { margin-inline-end: 0.4rem; }
  `,
})
export class ConnectionBannerComponent {
  readonly state = input<'online' | 'offline'>('online');
  /** Submissions kept on this device, waiting to be sent. */
  readonly queued = input(0);
  /** True right after the last queued submission was sent. */
  readonly allSent = input(false);
  readonly failure = input<string | null>(null);
  protected readonly s = PORTAL_UI_STRINGS;

  protected readonly message = computed(() => {
    const c = this.s.connection;
    if (this.state() === 'offline') return this.queued() > 0 ? `${c.offline} ${c.waiting(this.queued())}` : c.offline;
    if (this.queued() > 0) return c.sending(this.queued());
    return this.allSent() ? c.allSent : null;
  });
}
