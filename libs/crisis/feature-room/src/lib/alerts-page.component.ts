import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AlertsStore, CrisisApi, TASK_UPDATE_TYPES, TaskView } from '@accord/crisis/data-access';
import { CRISIS_UI_STRINGS, SeverityBadgeComponent } from '@accord/crisis/ui';
import { AuthStore, LiveUpdatesClient } from '@accord/portal/data-access';
import { LiveStatusComponent, LoadStateComponent, PagerComponent } from '@accord/portal/ui';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CRISIS_STRINGS } from './strings';

@Component({
  selector: 'acc-alerts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [AlertsStore],
  imports: [RouterLink, LocalDatePipe, SeverityBadgeComponent, LiveStatusComponent, LoadStateComponent, PagerComponent],
  template: `
    <div class="top">
      <div><h1>{{ s.heading }}</h1><p>{{ s.intro }}</p></div>
      <div class="side">
        @if (canRaiseAlert()) { <a class="button primary" routerLink="/crisis/alerts/new" data-testid="raise-alert">{{ s.raiseAlert }}</a> }
        @if (canImportCap()) { <a class="button" routerLink="/crisis/alerts/import" data-testid="import-cap">{{ importWords.link }}</a> }
        <acc-live-status [state]="live.state()" />
      </div>
    </div>
    @if (tasks().length) {
      <section class="tasks" aria-labelledby="cr-tasks" data-testid="crisis-tasks">
        <h2 id="cr-tasks">{{ s.tasks }}</h2>
        <ul>@for (t of tasks(); track t.alertId) { <li><a [routerLink]="['/crisis/alerts', t.alertId]">{{ t.alertCountry }} · {{ t.alertHeadline }}</a></li> }</ul>
      </section>
    }
    <fieldset class="show">
      <legend>{{ s.show }}</legend>
      @for (o of options; track o.value) {
        <label><input type="radio" name="alert-status" [value]="o.value" [checked]="store.status() === o.value" (change)="show(o.value)" /> {{ o.label }}</label>
      }
    </fieldset>
    <p class="feed"><a href="/api/crisis-alerts/feed.atom" type="application/atom+xml">{{ s.feed }}</a></p>
    <p class="visually-hidden" aria-live="polite" data-testid="alerts-announcer">{{ announcement() }}</p>
    <acc-load-state testId="alerts" [loading]="store.loading() && store.items().length === 0" [error]="store.error()" [empty]="store.empty()"
      [loadingText]="s.loading" [emptyText]="s.empty" [emptyHint]="s.emptyHint" (retry)="store.load(1)" />
    <ul class="alerts" data-testid="alerts">
      @for (a of store.items(); track a.id) {
        <li class="alert" data-testid="alert-item" [attr.data-alert-id]="a.id" [attr.data-status]="a.status">
          <div class="head">
            <h2><a [routerLink]="['/crisis/alerts', a.id]">{{ a.country }} · {{ a.headline }}</a></h2>
            <acc-severity-badge [severity]="a.severity" />
          </div>
          <p class="meta">{{ ui.kind[a.kind] ?? a.kind }} · {{ a.urgency }} · {{ a.certainty }} · {{ ui.status[a.status] ?? a.status }} · {{ a.issuerName }}
            · {{ s.raised }} <time [attr.datetime]="a.raisedAt">{{ a.raisedAt | date: 'medium' }}</time></p>
        </li>
      }
    </ul>
    <acc-pager [page]="store.result().page" [pageSize]="store.result().pageSize" [total]="store.result().total" (pageChange)="store.load($event)" />
  `,
  styles: `
    .top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; }
    .feed { margin: 0 0 1rem; font-size: 0.9rem; }
    .side { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
    .tasks { padding: 0.75rem 1rem; border: 1px solid #b3261e; border-inline-start-width: 4px; background: #fdecea; border-radius: 6px; margin-block-end: 1rem; }
    .tasks h2 { font-size: 1rem; margin: 0 0 0.25rem; }
    .show { display: flex; flex-wrap: wrap; gap: 1rem; border: 1px solid #c9d1dc; border-radius: 6px; margin-block-end: 1rem; }
    .show label { display: inline-flex; gap: 0.4rem; align-items: center; font-weight: normal; }
    .alerts { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
    .alert { padding: 1rem; background: #fff; border: 1px solid #c9d1dc; border-inline-start: 4px solid #b3261e; border-radius: 8px; }
    .alert[data-status='closed'] { border-inline-start-color: #8a8f99; }
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; align-items: flex-start; }
    h2 { margin: 0; font-size: 1.1rem; }
    .meta { margin: 0.35rem 0 0; color: #4a5261; font-size: 0.9rem; }
  `,
})
export class AlertsPageComponent {
  protected readonly store = inject(AlertsStore);
  protected readonly live = inject(LiveUpdatesClient);
  private readonly auth = inject(AuthStore);
  private readonly api = inject(CrisisApi);
  protected readonly s = CRISIS_STRINGS.list;
  protected readonly importWords = CRISIS_STRINGS.capImport;
  protected readonly ui = CRISIS_UI_STRINGS;
  protected readonly tasks = signal<TaskView[]>([]);
  protected readonly canRaiseAlert = computed(() => this.auth.organisationKind() === 'agency' && this.auth.hasRole('crisis_cell_officer'));
  /** the same people as may raise one: the permission crisis.alert.import-cap */
  protected readonly canImportCap = this.canRaiseAlert;
  protected readonly options = [
    { value: 'open' as const, label: this.s.open },
    { value: 'closed' as const, label: this.s.closed },
    { value: '' as const, label: this.s.all },
  ];
  protected readonly announcement = computed(() => {
    const a = this.store.lastChange();
    return a ? this.s.announce(a.country, a.headline, this.ui.status[a.status] ?? a.status) : '';
  });

  constructor() {
    this.store.status.set('open');
    void this.store.load(1);
    void this.loadTasks();
    this.live.on(...TASK_UPDATE_TYPES).pipe(takeUntilDestroyed()).subscribe(() => void this.loadTasks());
  }

  protected show(status: '' | 'open' | 'closed'): void {
    this.store.status.set(status);
    void this.store.load(1);
  }

  private async loadTasks(): Promise<void> {
    if (!this.auth.signedIn()) return;
    try {
      this.tasks.set((await this.api.tasks()).items.filter((t) => t.status === 'open'));
    } catch (error) {
      console.warn('crisis tasks unavailable', error);
    }
  }
}
