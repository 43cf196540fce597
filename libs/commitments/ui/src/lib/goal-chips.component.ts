import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { UI_STRINGS } from './strings';

@Component({
  selector: 'acc-goal-chips',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="chips" [attr.aria-label]="s.linkedGoals">
      @for (n of gcmObjectives(); track n) {
        <li class="chip gcm" [attr.title]="gcmTitles()[n] ?? s.gcmObjective(n)">
          <span class="visually-hidden">{{ s.gcmObjective(n) }}</span><span aria-hidden="true">{{ s.gcmShort(n) }}</span>
        </li>
      }
      @for (code of sdgTargets(); track code) {
        <li class="chip sdg"><span class="visually-hidden">{{ s.sdgTarget(code) }}</span><span aria-hidden="true">{{ s.sdgShort(code) }}</span></li>
      }
    </ul>
  `,
  styles: `
    .chips { display: flex; flex-wrap: wrap; gap: 0.35rem; list-style: none; margin: 0; padding: 0; }
    .chip { font-size: 0.8rem; padding-block: 0.1rem; padding-inline: 0.5rem; border-radius: 4px; border: 1px solid; }
    .gcm { color: #0d4d73; border-color: #8fb8d3; background: #f0f7fc; }
    .sdg { color: #7a2e0e; border-color: #e0a98c; background: #fdf3ee; }
  `,
})
export class GoalChipsComponent {
  readonly gcmObjectives = input<number[]>([]);
  readonly sdgTargets = input<string[]>([]);
  /** Optional titles by objective number, shown as a tooltip. */
  readonly gcmTitles = input<Partial<Record<number, string>>>({});
  protected readonly s = UI_STRINGS;
}
