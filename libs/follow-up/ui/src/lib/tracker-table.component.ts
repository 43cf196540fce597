import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ResponseBadgeComponent } from './response-badge.component';
import { FOLLOW_UP_UI_STRINGS } from './strings';

/** What a tracker row needs to be drawn; the data-access TrackerRow fits it structurally. */
export interface TrackerRowData {
  recommendationId: string;
  title: string;
  process: string;
  meetingTitle: string;
  dueDate: string;
  addresseeId: string;
  response: string | null;
  lastReportAt: string | null;
  reportCount: number;
  overdueDays: number;
}

@Component({
  selector: 'acc-tracker-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LocalDatePipe, ResponseBadgeComponent],
  template: `
    <table class="tracker" data-testid="tracker-table">
      <caption class="visually-hidden">{{ s.caption }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ s.recommendation }}</th>
          <th scope="col">{{ s.addressee }}</th>
          <th scope="col">{{ s.response }}</th>
          <th scope="col">{{ s.lastReport }}</th>
          <th scope="col">{{ s.due }}</th>
          <th scope="col">{{ s.overdue }}</th>
        </tr>
      </thead>
      <tbody>
        @for (r of rows(); track r.recommendationId + r.addresseeId) {
          <tr data-testid="tracker-row" [attr.data-recommendation-id]="r.recommendationId" [attr.data-addressee-id]="r.addresseeId"
            [attr.data-response]="r.response ?? 'none'" [attr.data-reports]="r.reportCount" [class.overdue]="r.overdueDays > 0">
            <th scope="row" [attr.data-label]="s.recommendation">
              <a [routerLink]="['/follow-up/recommendations', r.recommendationId]">{{ r.title }}</a>
              <span class="meta">{{ s.process(r.process, r.meetingTitle) }}</span>
            </th>
            <td [attr.data-label]="s.addressee">{{ names()[r.addresseeId] ?? r.addresseeId }}</td>
            <td [attr.data-label]="s.response"><acc-response-badge [response]="r.response" /></td>
            <td [attr.data-label]="s.lastReport">
              @if (r.lastReportAt) { <time [attr.datetime]="r.lastReportAt">{{ r.lastReportAt | date: 'mediumDate' }}</time> ({{ r.reportCount }}) }
              @else { {{ s.never }} }
            </td>
            <td [attr.data-label]="s.due"><time [attr.datetime]="r.dueDate">{{ r.dueDate | date: 'mediumDate' : 'UTC' }}</time></td>
            <td [attr.data-label]="s.overdue" data-testid="overdue-days">{{ r.overdueDays > 0 ? s.overdueDays(r.overdueDays) : s.notOverdue }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .tracker { inline-size: 100%; border-collapse: collapse; background: #fff; }
    th, td { text-align: start; vertical-align: top; padding-block: 0.5rem; padding-inline: 0.6rem; border-block-end: 1px solid #c9d1dc; }
    thead th { background: #eef1f5; font-size: 0.9rem; }
    tbody th { font-weight: normal; }
    .meta { display: block; font-size: 0.85rem; color: #4a5261; }
    tr.overdue td[data-label] { color: inherit; }
    tr.overdue { box-shadow: inset 4px 0 0 #b3261e; }
    @media (max-width: 44rem) {
      thead { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
      tr { display: grid; padding-block: 0.5rem; border-block-end: 2px solid #c9d1dc; }
      th, td { display: grid; grid-template-columns: minmax(5.5rem, 35%) 1fr; gap: 0.5rem; border: 0; padding-block: 0.2rem; overflow-wrap: anywhere; }
      th::before, td::before { content: attr(data-label); font-weight: 600; }
    }
  `,
})
export class TrackerTableComponent {
  readonly rows = input<TrackerRowData[]>([]);
  /** Organisation names by id. */
  readonly names = input<Partial<Record<string, string>>>({});
  protected readonly s = FOLLOW_UP_UI_STRINGS.table;
}
