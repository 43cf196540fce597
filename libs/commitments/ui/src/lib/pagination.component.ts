import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { UI_STRINGS } from './strings';

@Component({
  selector: 'acc-pagination',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="pager" [attr.aria-label]="s.pagination.label">
      <button type="button" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)" data-testid="page-previous">{{ s.pagination.previous }}</button>
      <span class="position">{{ s.pagination.position(page(), pages(), total()) }}</span>
      <button type="button" [disabled]="page() >= pages()" (click)="pageChange.emit(page() + 1)" data-testid="page-next">{{ s.pagination.next }}</button>
    </nav>
  `,
  styles: `
    .pager { display: flex; flex-wrap: wrap; align-items: center; justify-content: center; gap: 0.75rem; margin-block: 1rem; }
    .position { color: #2d3440; }
  `,
})
export class PaginationComponent {
  readonly page = input(1);
  readonly pageSize = input(20);
  readonly total = input(0);
  readonly pageChange = output<number>();
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / this.pageSize())));
  protected readonly s = UI_STRINGS;
}
