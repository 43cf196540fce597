import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ReplaySubject, filter, firstValueFrom, of, timeout } from 'rxjs';
import { AlertTerms, CrisisApi } from '@accord/crisis/data-access';
import { LiveUpdatesClient } from '@accord/portal/data-access';
import { AlertFormComponent } from './forms/alert-form.component';
import { CRISIS_STRINGS } from './strings';

@Component({
  selector: 'acc-raise-alert-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, AlertFormComponent],
  template: `
    <p><a routerLink="/crisis">{{ s.back }}</a></p>
    <p>{{ s.intro }}</p>
    <acc-alert-form [send]="raise" />
  `,
  styles: `:host { display: grid; gap: 0.5rem; } p { margin: 0; }`,
})
export class RaiseAlertPageComponent {
  private readonly api = inject(CrisisApi);
  private readonly router = inject(Router);
  private readonly live = inject(LiveUpdatesClient);
  protected readonly s = CRISIS_STRINGS.raisePage;

  /**
   * The room is a read model, filled a moment after the write: wait for the alert's own live event
   * (or 5 s) before opening it, so the room never says "does not exist" about the alert just raised.
   */
  protected readonly raise = async (terms: AlertTerms): Promise<void> => {
    const projected = new ReplaySubject<string>();
    const sub = this.live.on('CrisisAlertRaised').subscribe((u) => projected.next(u.aggregateId));
    try {
      const saved = await this.api.raiseAlert(terms);
      await firstValueFrom(projected.pipe(filter((id) => id === saved.id), timeout({ first: 5_000, with: () => of(saved.id) })));
      await this.router.navigate(['/crisis/alerts', saved.id]);
    } finally {
      sub.unsubscribe();
    }
  };
}
