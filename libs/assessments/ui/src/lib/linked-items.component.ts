import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LinksGraphComponent } from './links-graph.component';
import { ASSESSMENT_UI_STRINGS } from './strings';

export interface LinkedLocalActionData {
  localActionId: string;
  title: string;
  status: string;
  beneficiaries: number;
  place: string;
  at: string;
}

export interface AnsweredData {
  recommendationId: string;
  title: string;
  process: string;
  narrative: string;
  onTime: boolean | null;
  at: string;
}

/** Local actions under a commitment (vertical coordination) and the recommendations it answers. */
@Component({
  selector: 'acc-linked-items',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LinksGraphComponent, LocalDatePipe, RouterLink],
  template: `
    @if (localActions().length || answered().length) {
      <acc-links-graph [recommendations]="recommendationTitles()" [localActions]="localActionTitles()" />
    }
    <h3>{{ s.localActions }}</h3>
    <ul class="items" data-testid="linked-local-actions">
      @for (a of localActions(); track a.localActionId) {
        <li><strong>{{ a.title }}</strong> · {{ s.localStatus[a.status] ?? a.status }} · {{ a.place }} @if (a.beneficiaries > 0) { · {{ s.beneficiaries(a.beneficiaries) }} }</li>
      } @empty { <li class="muted">{{ s.noLocalActions }}</li> }
    </ul>
    <h3>{{ s.answered }}</h3>
    <ul class="items" data-testid="answered-recommendations">
      @for (r of answered(); track r.recommendationId + r.at) {
        <li><a [routerLink]="['/follow-up/recommendations', r.recommendationId]">{{ r.title || r.recommendationId }}</a>
          @if (r.process) { · {{ r.process }} }
          · <time [attr.datetime]="r.at">{{ r.at | date: 'mediumDate' }}</time>
          @if (r.onTime !== null) { · {{ r.onTime ? s.onTime : s.late }} }
          @if (r.narrative) { <p>{{ r.narrative }}</p> }</li>
      } @empty { <li class="muted">{{ s.noAnswered }}</li> }
    </ul>
  `,
  styles: `
    h3 { font-size: 1rem; margin-block: 1rem 0.4rem; }
    .items { margin: 0; padding-inline-start: 1.2rem; display: grid; gap: 0.35rem; }
    .muted { color: #4a5261; list-style: none; margin-inline-start: -1.2rem; }
    p { margin: 0.2rem 0 0; white-space: pre-line; }
  `,
})
export class LinkedItemsComponent {
  readonly localActions = input<LinkedLocalActionData[]>([]);
  readonly answered = input<AnsweredData[]>([]);
  protected readonly s = ASSESSMENT_UI_STRINGS;
  protected readonly localActionTitles = computed(() => this.localActions().map((a) => a.title));
  /** One node per recommendation, however many reports link it. */
  protected readonly recommendationTitles = computed(() => [...new Map(this.answered().map((r) => [r.recommendationId, r.title || r.recommendationId])).values()]);
}
