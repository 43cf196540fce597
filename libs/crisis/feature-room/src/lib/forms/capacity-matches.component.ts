import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { CapacityMatchView, OperationChoice, RegionalResponseStore } from '@accord/crisis/data-access';
import { AuthStore, apiErrorText, inputValue } from '@accord/portal/data-access';
import { LoadStateComponent, PagerComponent } from '@accord/portal/ui';
import { CRISIS_STRINGS } from '../strings';
import { CapacityMatchFormComponent } from './capacity-match-form.component';

const ICON: Partial<Record<string, string>> = { proposed: '●', confirmed: '✓', declined: '✕' };

/**
 * The seat matches of one evacuation operation; the offering or requesting organisation confirms or declines
 * (the buttons are only theirs). An agency's crisis cell may also match an offer with a request by hand.
 */
@Component({
  selector: 'acc-capacity-matches',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadStateComponent, PagerComponent, CapacityMatchFormComponent],
  template: `
    <section aria-labelledby="cm-heading" data-testid="capacity-matches">
      <h3 id="cm-heading">{{ s.heading }}</h3>
      @if (operations().length > 1) {
        <div class="field">
          <label for="cm-operation">{{ s.operation }}</label>
          <select id="cm-operation" (change)="choose($event)" data-testid="capacity-matches-operation">
            @for (op of operations(); track op.id) { <option [value]="op.id" [selected]="op.id === store.operationId()">{{ op.name }}</option> }
          </select>
        </div>
      }
      <acc-load-state testId="capacity-matches" [loading]="store.matches.loading() && store.matches.items().length === 0" [error]="store.matches.error()"
        [empty]="!store.matches.loading() && !store.matches.error() && store.matches.items().length === 0" [loadingText]="s.loading" [emptyText]="s.none"
        (retry)="store.matches.refresh()" />
      @if (answerError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      <ul class="matches">
        @for (m of store.matches.items(); track m.id) {
          <li class="match" data-testid="capacity-match" [attr.data-match-id]="m.id" [attr.data-status]="m.status">
            <p><strong>{{ route(m) }}</strong> · {{ s.seats(m.seats) }}
              · <span class="badge" [class]="m.status" data-testid="capacity-match-status"><span aria-hidden="true">{{ icon[m.status] ?? '●' }}</span> {{ s.status[m.status] ?? m.status }}</span></p>
            <p class="small">{{ s.offeredBy }} {{ name(m.offerOrganisationId) }} · {{ s.requestedBy }} {{ name(m.requestOrganisationId) }}
              · {{ m.proposedBy === 'agency' ? s.byAgency : s.byMatcher }}
              @if (m.confirmedBy.length) { · {{ s.confirmedBy }} <span data-testid="capacity-match-confirmed-by">{{ names(m.confirmedBy) }}</span> }</p>
            @if (canAnswer(m)) {
              <p class="buttons">
                <button type="button" class="primary" [disabled]="answering() === m.id" (click)="answer(m, 'confirm')" data-testid="capacity-match-confirm">
                  <span aria-hidden="true">✓</span> {{ s.confirm }}</button>
                <button type="button" [disabled]="answering() === m.id" (click)="answer(m, 'decline')" data-testid="capacity-match-decline">
                  <span aria-hidden="true">✕</span> {{ s.decline }}</button>
              </p>
            }
          </li>
        }
      </ul>
      <acc-pager [page]="store.matches.page()" [pageSize]="store.matches.pageSize()" [total]="store.matches.total()" (pageChange)="store.matches.goTo($event)" />
      @if (canMatch()) { <acc-capacity-match-form [names]="orgNames()" /> }
    </section>
  `,
  styles: `
    section { display: grid; gap: 0.5rem; min-inline-size: 0; } h3 { margin: 0; } .field { display: grid; gap: 0.3rem; }
    .matches { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    .match { display: grid; gap: 0.25rem; padding-block: 0.5rem; padding-inline: 0.7rem; background: #fff; border: 1px solid #c9d1dc; border-radius: 6px; overflow-wrap: anywhere; }
    .match p { margin: 0; } .small { color: #4a5261; font-size: 0.9rem; }
    .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .badge { display: inline-flex; gap: 0.25rem; align-items: center; padding-block: 0.05rem; padding-inline: 0.45rem; border: 1px solid #4a5261; border-radius: 999px; color: #1d2430; background: #eef1f5; }
    .badge.confirmed { border-color: #0f5132; color: #0f5132; background: #e7f4ec; }
    .badge.declined { border-color: #8c1d18; color: #8c1d18; background: #fbeaea; }
  `,
})
export class CapacityMatchesComponent {
  readonly operations = input.required<OperationChoice[]>();
  readonly orgNames = input<Partial<Record<string, string>>>({});
  readonly open = input(true);
  protected readonly store = inject(RegionalResponseStore);
  private readonly auth = inject(AuthStore);
  protected readonly s = CRISIS_STRINGS.capacityMatches;
  protected readonly icon = ICON;
  protected readonly answering = signal<string | null>(null);
  protected readonly answerError = signal<string | null>(null);
  private readonly answers = computed(() => this.open() && this.auth.hasRole('crisis_cell_officer', 'consular_officer'));
  /** capacity.match: an agency's crisis cell */
  protected readonly canMatch = computed(() => this.open() && this.auth.organisationKind() === 'agency' && this.auth.hasRole('crisis_cell_officer'));
  private readonly offersById = computed(() => new Map(this.store.offers.items().map((o) => [o.id, o])));

  constructor() {
    effect(() => {
      const ops = this.operations();
      untracked(() => {
        const current = this.store.operationId();
        if (ops.length && !ops.some((o) => o.id === current)) void this.store.showOperation(ops[0].id);
      });
    });
  }

  /** Only the offering or requesting organisation answers, and only once. */
  protected canAnswer(m: CapacityMatchView): boolean {
    const me = this.auth.organisationId();
    if (!me || !this.answers() || m.status !== 'proposed') return false;
    return (m.offerOrganisationId === me || m.requestOrganisationId === me) && !m.confirmedBy.includes(me);
  }

  protected async answer(m: CapacityMatchView, answer: 'confirm' | 'decline'): Promise<void> {
    this.answerError.set(null);
    this.answering.set(m.id);
    try {
      await this.store.answerMatch(m.id, answer);
    } catch (error) {
      this.answerError.set(apiErrorText(error));
    } finally {
      this.answering.set(null);
    }
  }

  protected choose(event: Event): void {
    void this.store.showOperation(inputValue(event));
  }

  protected route(m: CapacityMatchView): string {
    const o = this.offersById().get(m.offerId);
    return o ? this.s.route(o.from, o.to, o.departureDate) : this.s.unknownRoute;
  }

  protected name(id: string): string {
    return this.orgNames()[id] ?? id;
  }

  protected names(ids: string[]): string {
    return ids.map((id) => this.name(id)).join(', ');
  }
}
