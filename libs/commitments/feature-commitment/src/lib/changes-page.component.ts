import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { CommitmentChanges, CommitmentsApi, Page } from '@accord/commitments/data-access';
import { PaginationComponent, StatusBadgeComponent } from '@accord/commitments/ui';
import { errorText } from './error-text';
import { COMMITMENT_STRINGS } from './strings';

const PAGE_SIZE = 20;

/** "What changed since a day": commitments with their events since then, from the event log. */
@Component({
  selector: 'acc-changes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LocalDatePipe, StatusBadgeComponent, PaginationComponent],
  template: `
    <p><a routerLink="/">{{ back }}</a></p>
    <h1>{{ s.heading }}</h1>
    <p>{{ s.intro }}</p>
    <form class="since" role="search" (submit)="$event.preventDefault(); show(draft())">
      <label for="ch-since">{{ s.since }}</label>
      <input id="ch-since" type="date" required data-testid="changes-since" [max]="today" [value]="draft()" (input)="draft.set(value($event))" />
      <button type="submit" class="primary" [disabled]="!draft()">{{ s.show }}</button>
    </form>
    @if (error(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
    @if (loading()) { <p role="status">{{ s.loading }}</p> }
    @if (result(); as r) {
      <h2 class="count" data-testid="changes-count">{{ s.results(r.total) }}</h2>
      @if (r.total === 0) { <p data-testid="changes-empty">{{ s.empty }}</p> }
      <ul class="list" data-testid="changes">
        @for (c of r.items; track c.commitmentId) {
          <li class="item" data-testid="changed-commitment" [attr.data-commitment-id]="c.commitmentId">
            <h3><a [routerLink]="['/commitments', c.commitmentId]">{{ c.title ?? s.untitled }}</a></h3>
            <ol class="events">
              @for (e of c.events; track e.eventId) {
                <li>
                  <time [attr.datetime]="e.occurredAt">{{ e.occurredAt | date: 'medium' }}</time>
                  {{ s.event[e.type] ?? e.type }}
                  @if (e.status) { <acc-status-badge [status]="e.status" /> }
                  @if (e.percent !== undefined) { <span>{{ e.percent }}%</span> }
                  @if (e.organisationId) { <span class="muted">({{ e.organisationId }})</span> }
                </li>
              }
            </ol>
          </li>
        }
      </ul>
      @if (r.total > r.pageSize) {
        <acc-pagination [page]="r.page" [pageSize]="r.pageSize" [total]="r.total" (pageChange)="go(since() ?? '', $event)" />
      }
    }
  `,
  styles: `
    .since { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-block-end: 1rem; }
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
    .item { padding: 0.75rem 1rem; border: 1px solid #c9d1dc; border-radius: 8px; }
    h3 { margin: 0 0 0.4rem; font-size: 1.05rem; }
    .events { margin: 0; padding-inline-start: 1.2rem; display: grid; gap: 0.3rem; }
    time { color: #5b6472; font-size: 0.85rem; }
    .muted { color: #5b6472; }
    .count { font-size: 1rem; }
  `,
})
export class ChangesPageComponent {
  /** Query parameters, bound by withComponentInputBinding(): the URL can be shared. */
  readonly since = input<string>();
  readonly page = input<string>();
  private readonly api = inject(CommitmentsApi);
  private readonly router = inject(Router);
  protected readonly s = COMMITMENT_STRINGS.changes;
  /** Read at render time: the words follow a language switch. */
  protected get back(): string {
    return COMMITMENT_STRINGS.back;
  }
  protected readonly today = new Date().toISOString().slice(0, 10);
  protected readonly draft = signal('');
  protected readonly result = signal<Page<CommitmentChanges> | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  private seq = 0;

  constructor() {
    effect(() => {
      const since = this.since() ?? '';
      const page = Math.max(1, Number(this.page()) || 1);
      untracked(() => {
        this.draft.set(since);
        if (since) void this.load(since, page);
      });
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected show(since: string): void {
    this.go(since, 1);
  }

  protected go(since: string, page: number): void {
    void this.router.navigate([], { queryParams: { since, page: page > 1 ? page : null } });
  }

  private async load(since: string, page: number): Promise<void> {
    const seq = ++this.seq;
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.api.changes(since, page, PAGE_SIZE);
      if (seq === this.seq) this.result.set(result);
    } catch (error) {
      if (seq === this.seq) this.error.set(errorText(error));
    } finally {
      if (seq === this.seq) this.loading.set(false);
    }
  }
}
