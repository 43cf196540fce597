import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { PORTAL_UI_STRINGS } from './strings';

/** Loading, error (with retry) and empty states of a list, worded by the page. */
@Component({
  selector: 'acc-load-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loading()) { <p class="state" role="status" [attr.data-testid]="testId() + '-loading'">{{ loadingText() }}</p> }
    @else if (error()) {
      <div class="state error" role="alert" [attr.data-testid]="testId() + '-error'">
        <p>{{ error() }}</p>
        <button type="button" (click)="retry.emit()">{{ s.retry }}</button>
      </div>
    } @else if (empty()) {
      <div class="state" [attr.data-testid]="testId() + '-empty'"><p class="strong">{{ emptyText() }}</p>
        @if (emptyHint()) { <p>{{ emptyHint() }}</p> }</div>
    }
  `,
  styles: `
    .state { padding: 1.25rem; border: 1px dashed #9aa5b4; border-radius: 8px; text-align: center; margin: 0; }
    .state p { margin: 0.25rem; }
    .strong { font-weight: 600; }
    .error { border-color: #b3261e; color: #7a1b16; }
  `,
})
export class LoadStateComponent {
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  readonly empty = input(false);
  readonly loadingText = input('Loading…');
  readonly emptyText = input('Nothing here yet.');
  readonly emptyHint = input<string | null>(null);
  readonly testId = input('list');
  readonly retry = output<void>();
  protected readonly s = PORTAL_UI_STRINGS;
}
