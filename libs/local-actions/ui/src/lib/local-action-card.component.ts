import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LOCAL_ACTION_UI_STRINGS } from './strings';

export interface LocalActionCardData {
  id: string;
  cityName: string;
  title: string;
  description: string;
  date: string;
  location: { placeName: string; country: string };
  status: string;
  beneficiaries: number;
  commitmentIds: string[];
  recommendationIds: string[];
}

@Component({
  selector: 'acc-local-action-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe],
  template: `
    @let a = action();
    <article class="card" [class.highlight]="highlighted()" [attr.aria-labelledby]="'la-' + a.id">
      <header class="head">
        <h3 [id]="'la-' + a.id">{{ a.title }}</h3>
        <span class="status" [attr.data-status]="a.status">{{ s.status[a.status] ?? a.status }}</span>
      </header>
      <p class="meta"><span class="visually-hidden">{{ s.by }} </span>{{ a.cityName }} · {{ a.location.placeName }}, {{ a.location.country }} ·
        <time [attr.datetime]="a.date">{{ a.date | date: 'mediumDate' : 'UTC' }}</time></p>
      @if (a.description) { <p class="desc">{{ a.description }}</p> }
      <p class="meta parts">@if (a.beneficiaries > 0) {<span>{{ s.beneficiaries(a.beneficiaries) }}</span>}
        @if (a.commitmentIds.length) {<span>{{ s.linkedCommitments(a.commitmentIds.length) }}</span>}
        @if (a.recommendationIds.length) {<span>{{ s.linkedRecommendations(a.recommendationIds.length) }}</span>}</p>
    </article>
  `,
  styles: `
    .parts span + span::before { content: ' · '; }
    .card { display: grid; gap: 0.4rem; padding: 1rem; border: 1px solid #c9d1dc; border-radius: 8px; background: #fff; }
    .card.highlight { background: #fff8d6; box-shadow: 0 0 0 3px #e0b100; }
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; align-items: flex-start; }
    h3 { margin: 0; font-size: 1.05rem; }
    p { margin: 0; }
    .meta { color: #4a5261; font-size: 0.9rem; }
    .desc { white-space: pre-line; }
    .status { font-size: 0.85rem; font-weight: 600; border: 1px solid currentColor; border-radius: 999px; padding-inline: 0.5em; color: #0b5c8a; }
    .status[data-status='completed'] { color: #1d6b32; }
    .status[data-status='planned'] { color: #4a4f8a; }
  `,
})
export class LocalActionCardComponent {
  readonly action = input.required<LocalActionCardData>();
  readonly highlighted = input(false);
  protected readonly s = LOCAL_ACTION_UI_STRINGS;
}
