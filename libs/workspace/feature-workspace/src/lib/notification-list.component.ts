import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NotificationView } from '@accord/follow-up/data-access';
import { WORKSPACE_STRINGS } from './strings';

@Component({
  selector: 'acc-notification-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, RouterLink],
  template: `
    <ul class="list" data-testid="notifications">
      @for (n of items(); track n.eventId) {
        <li data-testid="notification" [attr.data-kind]="n.kind">
          <span class="what">{{ s.notification[n.kind] ?? n.kind }}</span>
          @if (title(n); as t) { <span class="title">{{ t }}</span> }
          <time [attr.datetime]="n.at">{{ n.at | date: 'medium' }}</time>
          <a [routerLink]="['/follow-up/recommendations', n.recommendationId]">{{ s.open }}<span class="visually-hidden">: {{ title(n) }}</span></a>
        </li>
      }
    </ul>
  `,
  styles: `
    .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    li { display: grid; gap: 0.15rem; padding: 0.6rem 0.8rem; background: #fff; border: 1px solid #c9d1dc; border-inline-start: 4px solid #1f5fae; border-radius: 6px; }
    li[data-kind='follow_up_overdue'] { border-inline-start-color: #b3261e; }
    .what { font-weight: 600; }
    time { font-size: 0.85rem; color: #4a5261; }
  `,
})
export class NotificationListComponent {
  readonly items = input<NotificationView[]>([]);
  protected readonly s = WORKSPACE_STRINGS;

  protected title(n: NotificationView): string {
    const t = n.detail['title'];
    return typeof t === 'string' ? t : '';
  }
}
