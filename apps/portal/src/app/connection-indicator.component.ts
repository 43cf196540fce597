import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { ConnectionStatus, PendingWrites } from '@accord/portal/data-access';
import { ConnectionBannerComponent } from '@accord/portal/ui';

/** The shell's offline indicator: connection state, submissions kept offline, and what became of them. */
@Component({
  selector: 'acc-connection-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConnectionBannerComponent],
  template: `<acc-connection-banner [state]="connection.state()" [queued]="pending.count()" [allSent]="allSent()" [failure]="pending.lastFailure()" />`,
})
export class ConnectionIndicatorComponent {
  protected readonly connection = inject(ConnectionStatus);
  protected readonly pending = inject(PendingWrites);
  protected readonly allSent = signal(false);

  constructor() {
    let queuedBefore = this.pending.count();
    effect(() => {
      const queued = this.pending.count();
      if (queued > 0) this.allSent.set(false);
      else if (queuedBefore > 0 && this.connection.online()) this.allSent.set(true);
      queuedBefore = queued;
    });
  }
}
