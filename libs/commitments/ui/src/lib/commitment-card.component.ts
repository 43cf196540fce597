import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DisputedBadgeComponent } from './disputed-badge.component';
import { CommitmentCardData } from './ui-models';
import { GoalChipsComponent } from './goal-chips.component';
import { ProgressMeterComponent } from './progress-meter.component';
import { StatusBadgeComponent } from './status-badge.component';
import { UI_STRINGS } from './strings';

@Component({
  selector: 'acc-commitment-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LocalDatePipe, StatusBadgeComponent, DisputedBadgeComponent, ProgressMeterComponent, GoalChipsComponent],
  template: `
    @let c = commitment();
    <article class="card" [class.highlight]="highlighted()" [attr.aria-labelledby]="'title-' + c.id">
      <header class="head">
        <h3 class="title" [id]="'title-' + c.id"><a [routerLink]="['/commitments', c.id]">{{ c.title }}</a></h3>
        <span class="badges"><acc-status-badge [status]="c.status" />@if (c.disputed) { <acc-disputed-badge /> }</span>
      </header>
      @if ((c.owners?.length ?? 0) > 1) {
        <p class="owner" data-testid="owners"><span class="visually-hidden">{{ s.joint(c.owners?.length ?? 0) }}: </span>
          @for (o of c.owners; track o.organisationId; let last = $last) { {{ o.name }}@if (!last) { <span aria-hidden="true"> + </span> } }
          <span class="kind">· {{ s.joint(c.owners?.length ?? 0) }}</span></p>
      } @else {
        <p class="owner"><span class="visually-hidden">{{ s.owner }}: </span>{{ c.ownerOrganisationName }}
          <span class="kind">· {{ s.kind[c.ownerKind] ?? c.ownerKind }}@if (c.ownerCountry) { · {{ c.ownerCountry }} }</span></p>
      }
      <acc-progress-meter [value]="c.latestPercent" />
      <div class="foot">
        <acc-goal-chips [gcmObjectives]="c.gcmObjectives" [sdgTargets]="c.sdgTargets" [gcmTitles]="gcmTitles()" />
        <p class="due">{{ s.due }} <time [attr.datetime]="c.dueDate">{{ c.dueDate | date: 'mediumDate' : 'UTC' }}</time></p>
      </div>
    </article>
  `,
  styles: `
    .card { display: grid; gap: 0.6rem; padding: 1rem; border: 1px solid #c9d1dc; border-radius: 8px; background: #fff; transition: background-color 0.6s, box-shadow 0.6s; }
    .card.highlight { background: #fff8d6; box-shadow: 0 0 0 3px #e0b100; }
    .head { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between; gap: 0.5rem; }
    .badges { display: inline-flex; flex-wrap: wrap; gap: 0.35rem; }
    .title { margin: 0; font-size: 1.05rem; line-height: 1.35; }
    .title a { color: #0f3d73; text-decoration: underline; text-underline-offset: 2px; }
    .owner { margin: 0; color: #2d3440; }
    .kind { color: #5b6472; }
    .foot { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem; }
    .due { margin: 0; font-size: 0.9rem; color: #2d3440; }
    @media (prefers-reduced-motion: reduce) { .card { transition: none; } }
  `,
})
export class CommitmentCardComponent {
  readonly commitment = input.required<CommitmentCardData>();
  readonly highlighted = input(false);
  readonly gcmTitles = input<Partial<Record<number, string>>>({});
  protected readonly s = UI_STRINGS;
}
