import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AlertTerms, READER_LANGUAGES, RoomStore } from '@accord/crisis/data-access';
import { CRISIS_UI_STRINGS, CapFieldsComponent, EvacuationProgressComponent, PresenceTableComponent, SeverityBadgeComponent, WorldMapComponent } from '@accord/crisis/ui';
import { AuthStore, LiveUpdatesClient, OrganisationsStore } from '@accord/portal/data-access';
import { LiveStatusComponent, LoadStateComponent } from '@accord/portal/ui';
import { AlertFormComponent } from './forms/alert-form.component';
import { EndAlertFormComponent } from './forms/end-alert-form.component';
import { EvacuationFormComponent } from './forms/evacuation-form.component';
import { FieldReportsPanelComponent } from './field-reports-panel.component';
import { RegionalResponsePanelsComponent } from './regional-response-panels.component';
import { MovementFormComponent } from './forms/movement-form.component';
import { PresenceFormComponent } from './presence-form.component';
import { CRISIS_STRINGS } from './strings';

@Component({
  selector: 'acc-alert-room-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RoomStore],
  imports: [
    RouterLink, LocalDatePipe, CapFieldsComponent, EvacuationProgressComponent, PresenceTableComponent, SeverityBadgeComponent, WorldMapComponent,
    LiveStatusComponent, LoadStateComponent, PresenceFormComponent, AlertFormComponent, EndAlertFormComponent, EvacuationFormComponent, MovementFormComponent,
    FieldReportsPanelComponent, RegionalResponsePanelsComponent,
  ],
  template: `
    <p><a routerLink="/crisis">{{ s.back }}</a></p>
    <acc-load-state testId="room" [loading]="store.loading() && !store.view()" [error]="store.notFound() ? s.notFound : store.error()" [loadingText]="s.loading"
      (retry)="store.refresh()" />
    <p class="visually-hidden" aria-live="polite" data-testid="room-announcer">{{ store.lastLive() ? s.announce : '' }}</p>
    @if (store.view(); as v) {
      <div class="top">
        <h1 data-testid="alert-headline" tabindex="-1">{{ v.alert.country }} · {{ v.alert.headline }}</h1>
        <div class="side"><acc-severity-badge [severity]="v.alert.severity" /><acc-live-status [state]="live.state()" /></div>
      </div>
      <p class="meta">{{ ui.kind[v.alert.kind] ?? v.alert.kind }} · {{ ui.status[v.alert.status] ?? v.alert.status }}</p>
      <div class="columns">
        <section aria-labelledby="room-cap"><h2 id="room-cap">{{ ui.cap.heading }}</h2><acc-cap-fields [alert]="v.alert" [readerLanguages]="readerLanguages()" />
          <p><a [href]="capUrl(v.alert.id)" download data-testid="cap-export">{{ s.capExport }}</a></p></section>
        <section aria-labelledby="room-map"><h2 id="room-map">{{ s.map }}</h2><acc-world-map [country]="v.alert.country" [countryName]="countryName()" /></section>
      </div>
      @if (canManage()) {
        <section aria-labelledby="room-manage" data-testid="room-manage">
          <h2 id="room-manage">{{ s.manage }}</h2>
          <p><button type="button" (click)="editing.set(!editing())" [attr.aria-expanded]="editing()" aria-controls="room-edit" data-testid="edit-alert">
            {{ editing() ? s.hideEdit : s.editAlert }}</button></p>
          <div id="room-edit">@if (editing()) { <acc-alert-form [alert]="v.alert" [send]="update" /> }</div>
          <acc-end-alert-form />
        </section>
      }
      @if (canRaise() && v.alert.status !== 'closed') {
        <p><a class="button primary" routerLink="/crisis/consular/new" [queryParams]="{ alertId: v.alert.id, country: v.alert.country }"
          data-testid="raise-consular">{{ s.raiseConsular }}</a></p>
      }
      @if (v.room; as room) {
        <section aria-labelledby="room-presence">
          <h2 id="room-presence">{{ s.presence }}</h2>
          <acc-presence-table [rows]="room.presence" [names]="names()" />
          @if (canReportPresence() && v.alert.status !== 'closed') { <acc-presence-form /> }
        </section>
        <section aria-labelledby="room-consular" data-testid="room-consular">
          <h2 id="room-consular">{{ s.consular }}</h2>
          <p>{{ s.consularSummary(room.consular.summary.requests, room.consular.summary.nationals) }}</p>
          <ul class="requests">
            @for (r of room.consular.mine; track r.id) {
              <li data-testid="room-consular-request" [attr.data-request-id]="r.id" [attr.data-state]="r.state">
                <a [routerLink]="['/crisis/consular', r.id]">{{ s.request(r.nationalsCount, s.requestState[r.state] ?? r.state) }}</a>
                · {{ s.requester }} {{ name(r.requesterOrganisationId) }}@if (r.partnerOrganisationId) { · {{ s.partner }} {{ name(r.partnerOrganisationId) }} }
                · <time [attr.datetime]="r.changedAt">{{ r.changedAt | date: 'short' }}</time>
              </li>
            } @empty { <li class="muted">{{ s.consularNone }}</li> }
          </ul>
        </section>
        <section aria-labelledby="room-evac">
          <h2 id="room-evac">{{ s.evacuations }}</h2>
          <acc-evacuation-progress [operations]="room.evacuations" [names]="names()" />
          @if (v.alert.status !== 'closed') {
            @if (canReportMovement()) { @for (op of room.evacuations; track op.id) { <acc-movement-form [operation]="op" /> } }
            @if (canOpenEvacuation()) { <acc-evacuation-form /> }
          }
        </section>
      } @else {
        <p class="hint">{{ s.presenceRestricted }}</p>
      }
      @if (signedIn()) { <acc-regional-response-panels [alertId]="v.alert.id" [orgNames]="names()" [open]="v.alert.status !== 'closed'" /> }
      <acc-field-reports-panel [alertId]="v.alert.id" [open]="v.alert.status !== 'closed'" [summary]="v.room?.fieldReports ?? null" [names]="names()" />
      <section aria-labelledby="room-history">
        <h2 id="room-history">{{ s.history }}</h2>
        <ol class="history">
          @for (h of v.alert.history; track h.version) {
            <li><time [attr.datetime]="h.at">{{ h.at | date: 'medium' }}</time> · {{ h.change }}@if (h.severity) { · {{ h.severity }} }@if (h.headline) { · {{ h.headline }} }</li>
          }
        </ol>
      </section>
    }
  `,
  styles: `
    :host { display: grid; gap: 1rem; }
    .top { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem 1rem; align-items: center; }
    h1 { margin: 0; }
    .side { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; }
    .meta { margin: 0; color: #4a5261; }
    .columns { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); align-items: start; }
    section { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; min-inline-size: 0; }
    h2 { margin: 0; }
    .requests { margin: 0; padding-inline-start: 1.2rem; display: grid; gap: 0.3rem; }
    .muted { color: #4a5261; }
    .history { margin: 0; padding-inline-start: 1.2rem; font-size: 0.9rem; }
  `,
})
export class AlertRoomPageComponent {
  readonly id = input.required<string>();
  protected readonly store = inject(RoomStore);
  protected readonly live = inject(LiveUpdatesClient);
  private readonly auth = inject(AuthStore);
  private readonly orgs = inject(OrganisationsStore);
  protected readonly s = CRISIS_STRINGS.room;
  protected readonly ui = CRISIS_UI_STRINGS;
  protected readonly names = computed(() => Object.fromEntries(this.orgs.all().map((o) => [o.id, o.name])));
  protected readonly canReportPresence = computed(() => this.auth.organisationKind() === 'state' && this.auth.hasRole('crisis_cell_officer', 'consular_officer'));
  protected readonly readerLanguages = inject(READER_LANGUAGES);
  protected readonly signedIn = computed(() => this.auth.signedIn());
  protected readonly editing = signal(false);
  private readonly agencyCell = computed(() => this.auth.organisationKind() === 'agency' && this.auth.hasRole('crisis_cell_officer'));
  /** the issuing agency's crisis cell updates, closes or cancels its own open alert */
  protected readonly canManage = computed(() => {
    const a = this.store.view()?.alert;
    return !!a && a.status !== 'closed' && this.agencyCell() && a.issuerOrganisationId === this.auth.organisationId();
  });
  protected readonly canOpenEvacuation = this.agencyCell;
  protected readonly canReportMovement = computed(() => ['state', 'agency'].includes(this.auth.organisationKind() ?? '') && this.auth.hasRole('crisis_cell_officer', 'consular_officer'));
  protected readonly update = (terms: AlertTerms): Promise<void> => this.store.updateAlert(terms);
  protected readonly canRaise = computed(() => this.auth.organisationKind() === 'state' && this.auth.hasRole('consular_officer'));
  protected readonly countryName = computed(() => {
    const c = this.store.view()?.alert.country;
    return this.orgs.all().find((o) => o.kind === 'state' && o.country === c)?.name ?? '';
  });

  constructor() {
    void this.orgs.load();
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }

  protected capUrl(id: string): string {
    return `/api/crisis-alerts/${encodeURIComponent(id)}/cap`;
  }

  protected name(id: string): string {
    return this.orgs.name(id);
  }
}
