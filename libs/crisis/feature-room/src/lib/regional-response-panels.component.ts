import { LocalDatePipe, LocalNumberPipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RegionalResponseStore, RoomStore, operationChoices } from '@accord/crisis/data-access';
import { AuthStore } from '@accord/portal/data-access';
import { LoadStateComponent, PagerComponent } from '@accord/portal/ui';
import { CapacityMatchesComponent } from './forms/capacity-matches.component';
import { CapacityOfferFormComponent } from './forms/capacity-offer-form.component';
import { CapacityRequestFormComponent } from './forms/capacity-request-form.component';
import { ConsultationActionsComponent } from './forms/consultation-actions.component';
import { ConsultationConveneFormComponent } from './forms/consultation-convene-form.component';
import { CRISIS_STRINGS } from './strings';

/**
 * The regional response around an alert: emergency consultations (who was invited and came, what was
 * decided, each decision a followed-up recommendation) and transport capacity per route. Live; signed in only.
 */
@Component({
  selector: 'acc-regional-response-panels',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RegionalResponseStore],
  imports: [
    RouterLink, LocalDatePipe, LocalNumberPipe, LoadStateComponent, PagerComponent, CapacityOfferFormComponent, CapacityRequestFormComponent, CapacityMatchesComponent,
    ConsultationActionsComponent, ConsultationConveneFormComponent,
  ],
  template: `
    @if (readsConsultations()) {
    <section aria-labelledby="room-consultations" data-testid="room-consultations">
      <h2 id="room-consultations" tabindex="-1">{{ c.heading }}</h2>
      <acc-load-state testId="consultations" [loading]="store.consultations.loading() && store.consultations.items().length === 0" [error]="store.consultations.error()"
        [empty]="!store.consultations.loading() && !store.consultations.error() && store.consultations.items().length === 0" [loadingText]="c.loading" [emptyText]="c.none"
        (retry)="store.consultations.refresh()" />
      <ul class="cards">
        @for (k of store.consultations.items(); track k.id) {
          <li class="card" data-testid="consultation" [attr.data-consultation-id]="k.id" [attr.data-status]="k.status">
            <h3>{{ k.title }}</h3>
            <p class="meta">{{ k.process }} · {{ name(k.secretariatId) }} · <time [attr.datetime]="k.scheduledAt">{{ k.scheduledAt | date: 'medium' }}</time>
              · <span class="badge" [class.closed]="k.status === 'closed'" data-testid="consultation-status">
                <span aria-hidden="true">{{ k.status === 'closed' ? '✓' : '●' }}</span> {{ c.status[k.status] ?? k.status }}</span></p>
            <p data-testid="consultation-attendance">{{ c.attendance(k.attendance.invited, k.attendance.present, k.attendance.absent, k.attendance.unrecorded) }}</p>
            <p class="small">{{ c.invited }} {{ names(k.invitedStateIds) }}@if (k.agencyIds.length) { · {{ c.agencies }} {{ names(k.agencyIds) }} }</p>
            @if (k.decisions.length) {
              <h4>{{ c.decisions }}</h4>
              <ol class="decisions">
                @for (d of k.decisions; track d.decisionId) {
                  <li data-testid="consultation-decision"><a [routerLink]="['/follow-up/recommendations', d.recommendationId]">{{ d.title }}</a>
                    · {{ c.addressees }} {{ names(d.addresseeIds) }} · {{ c.due }} <time [attr.datetime]="d.dueDate">{{ d.dueDate | date: 'mediumDate' : 'UTC' }}</time></li>
                }
              </ol>
            }
            @if (manages(k.secretariatId) && k.status === 'convened') { <acc-consultation-actions [consultation]="k" [names]="orgNames()" /> }
          </li>
        }
      </ul>
      <acc-pager [page]="store.consultations.page()" [pageSize]="store.consultations.pageSize()" [total]="store.consultations.total()" (pageChange)="store.consultations.goTo($event)" />
      @if (canConvene()) { <acc-consultation-convene-form /> }
    </section>
    }
    @if (readsCapacity()) {
    <section aria-labelledby="room-capacity" data-testid="room-capacity">
      <h2 id="room-capacity">{{ t.heading }}</h2>
      @if (store.capacity.restricted()) {
        <p class="hint" data-testid="capacity-restricted">{{ t.restricted }}</p>
      } @else {
        <acc-load-state testId="capacity" [loading]="store.capacity.loading() && store.capacity.items().length === 0" [error]="store.capacity.error()"
          [empty]="!store.capacity.loading() && !store.capacity.error() && store.capacity.items().length === 0" [loadingText]="t.loading" [emptyText]="t.none"
          (retry)="store.capacity.refresh()" />
        @if (store.capacity.items().length) {
          <div class="scroll" tabindex="0" role="region" [attr.aria-label]="t.heading">
            <table data-testid="capacity-table">
              <caption class="visually-hidden">{{ t.caption }}</caption>
              <thead><tr><th scope="col">{{ t.route }}</th><th scope="col">{{ t.offered }}</th><th scope="col">{{ t.requested }}</th>
                <th scope="col">{{ t.matched }}</th><th scope="col">{{ t.confirmed }}</th></tr></thead>
              <tbody>
                @for (r of store.capacity.items(); track r.operationId + r.from + r.to) {
                  <tr data-testid="capacity-route">
                    <th scope="row">{{ r.from }} <span class="flip-rtl" aria-hidden="true">→</span><span class="visually-hidden">{{ t.to }}</span> {{ r.to }}</th>
                    <td>{{ r.offeredSeats | localNumber }} <span class="small">({{ t.offers(r.offers) }})</span></td>
                    <td>{{ r.requestedSeats | localNumber }} <span class="small">({{ t.requests(r.requests) }})</span></td>
                    <td>{{ r.matchedSeats | localNumber }}</td>
                    <td data-testid="capacity-confirmed">{{ r.confirmedSeats | localNumber }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p class="hint">{{ t.countsOnly }}</p>
        }
        <acc-pager [page]="store.capacity.page()" [pageSize]="store.capacity.pageSize()" [total]="store.capacity.total()" (pageChange)="store.capacity.goTo($event)" />
      }
      @if (operations().length) {
        <acc-capacity-matches [operations]="operations()" [orgNames]="orgNames()" [open]="open()" />
        @if (canOffer()) {
          <acc-capacity-offer-form [operations]="operations()" />
          <acc-capacity-request-form [operations]="operations()" />
        }
      }
    </section>
    }
  `,
  styles: `
    :host { display: grid; gap: 1rem; }
    section { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; min-inline-size: 0; }
    h2, h3, h4 { margin: 0; }
    h3 { font-size: 1.05rem; }
    h4 { font-size: 0.95rem; }
    .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }
    .card { display: grid; gap: 0.3rem; padding-block: 0.6rem; padding-inline: 0.8rem; background: #fff; border: 1px solid #c9d1dc; border-radius: 6px; overflow-wrap: anywhere; }
    .card p { margin: 0; }
    .meta, .small { color: #4a5261; font-size: 0.9rem; }
    .badge { display: inline-flex; gap: 0.25rem; align-items: center; padding-block: 0.05rem; padding-inline: 0.45rem; border: 1px solid #0f5132; border-radius: 999px; color: #0f5132; background: #e7f4ec; }
    .badge.closed { border-color: #4a5261; color: #1d2430; background: #eef1f5; }
    .decisions { margin: 0; padding-inline-start: 1.2rem; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; min-inline-size: 100%; background: #fff; }
    th, td { text-align: start; padding-block: 0.4rem; padding-inline: 0.5rem; border-block-end: 1px solid #c9d1dc; font-variant-numeric: tabular-nums; }
    thead th { background: #eef1f5; font-size: 0.9rem; }
  `,
})
export class RegionalResponsePanelsComponent {
  readonly alertId = input.required<string>();
  readonly orgNames = input<Partial<Record<string, string>>>({});
  readonly open = input(true);
  protected readonly store = inject(RegionalResponseStore);
  private readonly auth = inject(AuthStore);
  protected readonly c = CRISIS_STRINGS.consultations;
  protected readonly t = CRISIS_STRINGS.capacity;
  /** consultation.read: secretariats, States and agencies; capacity.read: States and agencies. Others are not asked. */
  protected readonly readsConsultations = computed(() => ['secretariat', 'state', 'agency'].includes(this.auth.organisationKind() ?? ''));
  protected readonly readsCapacity = computed(() => ['state', 'agency'].includes(this.auth.organisationKind() ?? ''));
  /** consultation.convene / manage: a secretariat officer; only the convening secretariat manages its consultation. */
  protected readonly canConvene = computed(() => this.open() && this.auth.organisationKind() === 'secretariat' && this.auth.hasRole('secretariat_officer'));
  /** capacity.offer / capacity.request: the crisis cell or consular officers of a State or an agency, while the alert is open. */
  protected readonly canOffer = computed(() => this.open() && this.readsCapacity() && this.auth.hasRole('crisis_cell_officer', 'consular_officer'));
  private readonly room = inject(RoomStore);
  /** The alert's evacuation operations (from the capacity routes when the viewer is not concerned by the room). */
  protected readonly operations = computed(() => operationChoices(this.room.view()?.room?.evacuations ?? [], this.store.capacity.items()));

  constructor() {
    effect(() => {
      const id = this.alertId();
      const reads = { consultations: this.readsConsultations(), capacity: this.readsCapacity() };
      untracked(() => void this.store.load(id, reads));
    });
  }

  protected manages(secretariatId: string): boolean {
    return this.canConvene() && this.auth.organisationId() === secretariatId;
  }

  protected name(id: string): string {
    return this.orgNames()[id] ?? id;
  }

  protected names(ids: string[]): string {
    return ids.map((id) => this.name(id)).join(', ');
  }
}
