import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CASE_UPDATE_STATUSES, CaseUpdateStatus, ConsularRequestStore, DECLINE_REASONS, DeclineReason, SHARING_PURPOSES } from '@accord/consular/data-access';
import { CONSULAR_UI_STRINGS, CaseListComponent, CaseStatusChange } from '@accord/consular/ui';
import { LiveUpdatesClient, OrganisationsStore, apiErrorText, inputValue } from '@accord/portal/data-access';
import { LiveStatusComponent, LoadStateComponent } from '@accord/portal/ui';
import { CONSULAR_STRINGS } from './strings';

@Component({
  selector: 'acc-request-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ConsularRequestStore],
  imports: [RouterLink, LocalDatePipe, CaseListComponent, LiveStatusComponent, LoadStateComponent],
  template: `
    <p><a [routerLink]="backLink()">{{ s.back }}</a></p>
    <acc-load-state testId="consular-request" [loading]="store.loading() && !store.detail()" [error]="store.error()" [loadingText]="s.loading" (retry)="store.refresh()" />
    <p class="visually-hidden" aria-live="polite" data-testid="consular-announcer">{{ store.lastLive() ? s.announce(store.lastLive()!) : '' }}</p>
    @if (store.detail(); as d) {
      <div class="top">
        <h1>{{ s.heading }} · {{ d.country }}</h1>
        <acc-live-status [state]="live.state()" />
      </div>
      <dl class="facts" data-testid="consular-request" [attr.data-status]="d.status">
        <div><dt>{{ s.status }}</dt><dd data-testid="consular-status">{{ s.statusName[d.status] ?? d.status }}</dd></div>
        <div><dt>{{ s.requester }}</dt><dd>{{ orgs.name(d.requesterOrganisationId) }}</dd></div>
        <div><dt>{{ s.assignee }}</dt><dd data-testid="consular-assignee">{{ d.assignee ? orgs.name(d.assignee.organisationId) : s.none }}</dd></div>
        <div><dt>{{ s.nationals }}</dt><dd>{{ d.nationalsCount }}</dd></div>
        <div><dt>{{ s.services }}</dt><dd>{{ serviceNames() }}</dd></div>
        @if (d.answerDueAt) { <div><dt>{{ s.answerDue }}</dt><dd><time [attr.datetime]="d.answerDueAt">{{ d.answerDueAt | date: 'medium' }}</time></dd></div> }
      </dl>
      @if (message(); as m) { <p class="done" role="status">{{ m }}</p> }
      @if (actionError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (store.canAnswer()) {
        <form class="form answer" novalidate (submit)="$event.preventDefault(); decline()" data-testid="answer-form">
          <button type="button" class="primary" [disabled]="busy()" (click)="accept()" data-testid="accept-request">{{ s.accept }}</button>
          <div class="field">
            <label for="cr-decline-reason">{{ s.declineReason }}</label>
            <select id="cr-decline-reason" (change)="reason.set(pickReason($event))">
              @for (r of reasons; track r) { <option [value]="r" [selected]="r === reason()">{{ s.reasons[r] }}</option> }
            </select>
          </div>
          <div class="field">
            <label for="cr-decline-note">{{ s.declineNote }}</label>
            <input id="cr-decline-note" maxlength="2000" [value]="note()" (input)="note.set(value($event))" />
          </div>
          <button type="submit" [disabled]="busy()" data-testid="decline-request">{{ s.decline }}</button>
        </form>
      }
      <section aria-labelledby="cr-cases">
        <h2 id="cr-cases">{{ s.cases }}</h2>
        @if (d.purgedAt) { <p>{{ s.purged }}</p> }
        @else {
          <div class="field purpose">
            <label for="cr-purpose">{{ s.purpose }}</label>
            <select id="cr-purpose" (change)="setPurpose($event)">
              @for (p of purposes; track p) { <option [value]="p" [selected]="p === store.purpose()">{{ ui.purpose[p] }}</option> }
            </select>
          </div>
          <acc-case-list [cases]="cases()" [canUpdate]="store.canUpdateCases()" [statuses]="caseStatuses" (statusChange)="updateCase($event)" />
        }
      </section>
    }
  `,
  styles: `
    .top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem 1rem; align-items: center; }
    .facts { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin: 0 0 1rem; }
    dt { font-weight: 600; font-size: 0.85rem; color: #4a5261; }
    dd { margin: 0; }
    .answer { grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); align-items: end; margin-block-end: 1rem; }
    .purpose { max-inline-size: 20rem; margin-block-end: 0.75rem; }
  `,
})
export class RequestPageComponent {
  readonly id = input.required<string>();
  protected readonly store = inject(ConsularRequestStore);
  protected readonly live = inject(LiveUpdatesClient);
  protected readonly orgs = inject(OrganisationsStore);
  protected readonly s = CONSULAR_STRINGS.request;
  protected readonly ui = CONSULAR_UI_STRINGS;
  protected readonly reasons = DECLINE_REASONS;
  protected readonly purposes = SHARING_PURPOSES;
  protected readonly caseStatuses = CASE_UPDATE_STATUSES;
  protected readonly value = inputValue;
  protected readonly reason = signal<DeclineReason>('no_capacity');
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly backLink = computed(() => {
    const alertId = this.store.detail()?.alertId;
    return alertId ? ['/crisis/alerts', alertId] : ['/crisis'];
  });
  protected readonly serviceNames = computed(() => (this.store.detail()?.services ?? []).map((x) => this.ui.service[x] ?? x).join(', '));
  /** Case statuses come from the request; personal fields from the case list when this purpose allows. */
  protected readonly cases = computed(() => {
    const people = new Map(this.store.cases().map((c) => [c.caseId, c]));
    return (this.store.detail()?.cases ?? []).map((c) => ({ ...people.get(c.caseId), caseId: c.caseId, status: c.status }));
  });

  constructor() {
    void this.orgs.load();
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }

  protected pickReason(event: Event): DeclineReason {
    return DECLINE_REASONS.find((r) => r === inputValue(event)) ?? 'other';
  }

  protected setPurpose(event: Event): void {
    const p = SHARING_PURPOSES.find((x) => x === inputValue(event));
    if (!p) return;
    this.store.purpose.set(p);
    void this.store.loadCases();
  }

  protected accept(): Promise<void> {
    return this.act(() => this.store.accept(), this.s.accepted);
  }

  protected decline(): Promise<void> {
    return this.act(() => this.store.decline(this.reason(), this.note().trim()), this.s.declined);
  }

  protected updateCase(change: CaseStatusChange): Promise<void> {
    const status = CASE_UPDATE_STATUSES.find((x) => x === change.status);
    return status ? this.act(() => this.store.updateCase(change.caseId, status as CaseUpdateStatus), this.s.updated) : Promise.resolve();
  }

  private async act(write: () => Promise<void>, done: string): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    this.actionError.set(null);
    try {
      await write();
      this.message.set(done);
    } catch (error) {
      this.actionError.set(apiErrorText(error));
    } finally {
      this.busy.set(false);
    }
  }
}
