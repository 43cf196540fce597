import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { OwnerShareData } from './ui-models';
import { ProgressMeterComponent } from './progress-meter.component';
import { StatusBadgeComponent } from './status-badge.component';
import { UI_STRINGS } from './strings';

/** The owners of a joint commitment with each one's own status and progress. */
@Component({
  selector: 'acc-owner-shares',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusBadgeComponent, ProgressMeterComponent],
  template: `
    <ul class="shares" data-testid="owner-shares" [attr.aria-label]="s.shares">
      @for (o of owners(); track o.organisationId) {
        <li class="share" data-testid="owner-share" [attr.data-organisation-id]="o.organisationId">
          <span class="name">{{ o.name }} <span class="kind">· {{ s.kind[o.kind] ?? o.kind }}</span></span>
          <acc-status-badge [status]="o.status" />
          <acc-progress-meter [value]="o.percent" [attr.aria-label]="s.shareOf(o.name)" />
        </li>
      }
    </ul>
  `,
  styles: `
    .shares { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    .share { display: grid; grid-template-columns: minmax(8rem, 1fr) auto minmax(8rem, 14rem); gap: 0.5rem; align-items: center; }
    .name { font-weight: 600; }
    .kind { font-weight: normal; color: #5b6472; }
    @media (max-width: 36rem) { .share { grid-template-columns: 1fr; } }
  `,
})
export class OwnerSharesComponent {
  readonly owners = input<OwnerShareData[]>([]);
  protected readonly s = UI_STRINGS;
}
