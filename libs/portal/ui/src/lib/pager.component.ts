import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { PORTAL_UI_STRINGS } from './strings';

@Component({
  selector: 'acc-pager',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="pager" [attr.aria-label]="s.pager.label">
        <button type="button" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)" data-testid="page-previous">{{ s.pager.previous }}</button>
        <span>{{ s.pager.position(page(), pages(), total()) }}</span>
        <button type="button" [disabled]="page() >= pages()" (click)="pageChange.emit(page() + 1)" data-testid="page-next">{{ s.pager.next }}</button>
      </nav>
    }
  `,
  styles: `.pager { display: flex; flex-wrap: wrap; align-items: center; justify-content: center; gap: 0.75rem; margin-block: 1rem; }`,
})
export class PagerComponent {
  readonly page = input(1);
  readonly pageSize = input(20);
  readonly total = input(0);
  readonly pageChange = output<number>();
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / this.pageSize())));
  protected readonly s = PORTAL_UI_STRINGS;
}
