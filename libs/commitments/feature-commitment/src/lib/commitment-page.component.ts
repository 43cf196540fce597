import { NgComponentOutlet } from '@angular/common';
import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, Type, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthStore, COMMITMENT_PAGE_SECTIONS } from '@accord/portal/data-access';
import { FollowButtonComponent } from '@accord/subscriptions/data-access';
import { CommitmentStore, ReferenceStore } from '@accord/commitments/data-access';
import {
  CommitmentTimelineComponent,
  DisputedBadgeComponent,
  GoalChipsComponent,
  OwnerSharesComponent,
  ProgressMeterComponent,
  StatusBadgeComponent,
  UI_STRINGS,
} from '@accord/commitments/ui';
import { AddCoOwnerFormComponent } from './add-co-owner-form.component';
import { ChangeStatusFormComponent } from './change-status-form.component';
import { ReportProgressFormComponent } from './report-progress-form.component';
import { COMMITMENT_STRINGS } from './strings';

@Component({
  selector: 'acc-commitment-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CommitmentStore],
  imports: [
    RouterLink, LocalDatePipe, NgComponentOutlet, StatusBadgeComponent, DisputedBadgeComponent, OwnerSharesComponent, ProgressMeterComponent, GoalChipsComponent,
    CommitmentTimelineComponent, ReportProgressFormComponent, ChangeStatusFormComponent, AddCoOwnerFormComponent, FollowButtonComponent,
  ],
  template: `
    <p><a routerLink="/">{{ s.back }}</a></p>
    @if (asOf()) {
      <p class="as-of" role="status" data-testid="as-of-notice"><span aria-hidden="true">⏱</span> {{ s.asOfNotice(asOf()) }}
        <a [routerLink]="['/commitments', id()]">{{ s.backToToday }}</a></p>
    }
    <p class="visually-hidden" aria-live="polite" data-testid="commitment-announcer">{{ announcement() }}</p>
    @if (store.loading() && !store.detail()) { <p role="status">{{ s.loading }}</p> }
    @if (store.error(); as e) {
      <p class="form-error" role="alert" data-testid="commitment-error">{{ e.status === 404 ? s.notFound : s.loadError(e.message) }}</p>
    }
    @if (store.detail(); as c) {
      <article class="commitment" [class.highlight]="store.flash()" data-testid="commitment" [attr.data-commitment-id]="c.id" [attr.data-status]="c.status">
        <header class="head">
          <h1>{{ c.title }}</h1>
          <span class="badges"><acc-status-badge [status]="c.status" />@if (c.disputed) { <acc-disputed-badge /> }</span>
          <acc-follow-button kind="commitment" [targetId]="c.id" [label]="c.title" />
        </header>
        <p class="owner">{{ c.ownerOrganisationName }} · {{ ui.kind[c.ownerKind] ?? c.ownerKind }}@if (c.ownerCountry) { · {{ c.ownerCountry }} }</p>
        <div class="progress"><acc-progress-meter [value]="c.latestPercent" /></div>
        @if (c.owners.length > 1) {
          <section aria-labelledby="owners-h">
            <h2 id="owners-h">{{ s.owners }}</h2>
            <acc-owner-shares [owners]="c.owners" />
          </section>
        }
        <section aria-labelledby="details-h">
          <h2 id="details-h" class="visually-hidden">{{ s.details }}</h2>
          @if (c.description) { <p class="description">{{ c.description }}</p> }
          <dl class="facts">
            <div><dt>{{ s.owner }}</dt><dd>{{ c.ownerOrganisationName }}</dd></div>
            <div><dt>{{ s.indicator }}</dt><dd>{{ c.indicator || s.none }}</dd></div>
            <div><dt>{{ s.baseline }}</dt><dd>{{ c.baseline || s.none }}</dd></div>
            <div><dt>{{ s.targetValue }}</dt><dd>{{ c.targetValue || s.none }}</dd></div>
            <div><dt>{{ s.dueDate }}</dt><dd><time [attr.datetime]="c.dueDate">{{ c.dueDate | date: 'longDate' : 'UTC' }}</time></dd></div>
            <div><dt>{{ s.progressReports }}</dt><dd>{{ c.progressCount }}</dd></div>
            <div><dt>{{ s.loggedAt }}</dt><dd>{{ c.loggedAt | date: 'medium' }}</dd></div>
            <div><dt>{{ s.updatedAt }}</dt><dd>{{ c.updatedAt | date: 'medium' }}</dd></div>
            <div class="wide"><dt>{{ s.gcmObjectives }} / {{ s.sdgTargets }}</dt>
              <dd><acc-goal-chips [gcmObjectives]="c.gcmObjectives" [sdgTargets]="c.sdgTargets" [gcmTitles]="gcmTitles()" /></dd></div>
          </dl>
        </section>
        <div class="columns">
          <section aria-labelledby="timeline-h" class="timeline">
            <h2 id="timeline-h">{{ s.timeline }}</h2>
            <acc-commitment-timeline [entries]="c.timeline" [ownerNames]="ownerNames()" />
          </section>
          @if (myShare(); as share) {
            <div class="actions">
              <acc-report-progress-form />
              <acc-change-status-form [status]="share.status" />
              <acc-add-co-owner-form [organisations]="ref.organisations()" [ownerIds]="ownerIds()" />
            </div>
          }
        </div>
        @for (section of sections(); track $index) {
          <ng-container *ngComponentOutlet="section; inputs: { commitmentId: c.id, ownerOrganisationId: c.ownerOrganisationId }" />
        }
      </article>
    }
  `,
  styles: `
    .commitment { display: grid; gap: 1rem; padding: 1rem; border-radius: 8px; transition: background-color 0.6s; }
    .commitment.highlight { background: #fff8d6; }
    .badges { display: inline-flex; flex-wrap: wrap; gap: 0.4rem; }
    .as-of { padding: 0.6rem 0.9rem; border: 2px solid #0f3d73; border-radius: 8px; background: #eef4fb; }
    .head { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; justify-content: space-between; }
    h1 { margin: 0; font-size: 1.6rem; }
    .owner { margin: 0; color: #2d3440; }
    .progress { max-inline-size: 28rem; }
    .description { white-space: pre-line; margin-block: 0 1rem; max-inline-size: 60rem; }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.75rem 1.5rem; margin: 0; }
    .facts .wide { grid-column: 1 / -1; }
    dt { font-weight: 600; font-size: 0.85rem; color: #4a5261; }
    dd { margin: 0.15rem 0 0; }
    .columns { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
    .actions { display: grid; gap: 1.25rem; }
    @media (max-width: 50rem) { .columns { grid-template-columns: minmax(0, 1fr); } }
    @media (prefers-reduced-motion: reduce) { .commitment { transition: none; } }
  `,
})
export class CommitmentPageComponent {
  /** Route parameter, bound by withComponentInputBinding(). */
  readonly id = input.required<string>();
  /** Query parameter `asOf` (YYYY-MM-DD), bound the same way: the commitment as it stood then. */
  readonly asOf = input<string>('');
  protected readonly store = inject(CommitmentStore);
  private readonly auth = inject(AuthStore);
  protected readonly ref = inject(ReferenceStore);
  protected readonly s = COMMITMENT_STRINGS;
  protected readonly ui = UI_STRINGS;

  /** The signed-in focal point's own share when its organisation owns the commitment (never in the past). */
  protected readonly myShare = computed(() => {
    const c = this.store.detail();
    this.auth.person();
    if (!c || this.asOf()) return null;
    return c.owners.find((o) => this.auth.isFocalPointOf(o.organisationId)) ?? null;
  });
  protected readonly ownerIds = computed(() => this.store.detail()?.owners.map((o) => o.organisationId) ?? []);
  protected readonly ownerNames = computed(() => Object.fromEntries((this.store.detail()?.owners ?? []).map((o) => [o.organisationId, o.name])));
  protected readonly gcmTitles = computed(() => Object.fromEntries(this.ref.gcmObjectives().map((g) => [g.number, g.title])));
  protected readonly announcement = computed(() => {
    const v = this.store.lastLiveChange();
    return v ? this.s.liveChanged(`${UI_STRINGS.status[v.status] ?? v.status}${v.latestPercent === null ? '' : `, ${v.latestPercent}%`}`) : '';
  });

  /** Sections other contexts contribute (assessments, local actions, recommendations answered). */
  protected readonly sections = signal<Type<unknown>[]>([]);

  constructor() {
    void this.ref.load();
    void Promise.all(inject(COMMITMENT_PAGE_SECTIONS).map((load) => load())).then(
      (types) => this.sections.set(types),
      (error: unknown) => console.error('a commitment page section failed to load', error),
    );
    effect(() => {
      const id = this.id();
      const asOf = this.asOf() ?? '';
      untracked(() => void this.store.load(id, asOf));
    });
  }
}
