import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ApiError } from '@accord/portal/data-access';
import { CommitmentStatus, CommitmentStore, FieldErrors, allowedNextStatuses } from '@accord/commitments/data-access';
import { UI_STRINGS } from '@accord/commitments/ui';
import { errorText, fieldText } from './error-text';
import { COMMITMENT_STRINGS } from './strings';

@Component({
  selector: 'acc-change-status-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="change-status-form" aria-labelledby="cs-heading">
      <h2 id="cs-heading">{{ s.heading }}</h2>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done(); as d) { <p class="done" role="status">{{ d }}</p> }
      @if (options().length === 0) {
        <p>{{ s.final }}</p>
      } @else {
        <div class="field">
          <label for="cs-status">{{ s.next }}</label>
          <select id="cs-status" name="status" data-testid="change-status-select" (change)="next.set($any(value($event)))"
            [attr.aria-invalid]="!!errors()['status']" [attr.aria-describedby]="errors()['status'] ? 'cs-status-err' : null">
            <option value="" [selected]="next() === ''">{{ s.choose }}</option>
            @for (o of options(); track o) { <option [value]="o" [selected]="o === next()">{{ ui.status[o] }}</option> }
          </select>
          @if (errors()['status']; as e) { <p class="field-error" id="cs-status-err">{{ text(e) }}</p> }
        </div>
        <div class="field">
          <label for="cs-reason">{{ s.reason }}</label>
          <textarea id="cs-reason" name="reason" rows="2" maxlength="1000" [value]="reason()" (input)="reason.set(value($event))"
            [attr.aria-invalid]="!!errors()['reason']" [attr.aria-describedby]="errors()['reason'] ? 'cs-reason-err' : null"></textarea>
          @if (errors()['reason']; as e) { <p class="field-error" id="cs-reason-err">{{ text(e) }}</p> }
        </div>
        <button type="submit" class="primary" [disabled]="sending() || next() === ''">{{ sending() ? s.sending : s.submit }}</button>
      }
    </form>
  `,
})
export class ChangeStatusFormComponent {
  private readonly store = inject(CommitmentStore);
  readonly status = input.required<CommitmentStatus>();
  protected readonly options = computed(() => allowedNextStatuses(this.status()));
  protected readonly s = COMMITMENT_STRINGS.status;
  protected readonly ui = UI_STRINGS;
  protected readonly next = signal<CommitmentStatus | ''>('');
  protected readonly reason = signal('');
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly text = fieldText;

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(): Promise<void> {
    const next = this.next();
    if (!next) return;
    this.formError.set(null);
    this.done.set(null);
    this.errors.set({});
    this.sending.set(true);
    try {
      await this.store.changeStatus(next, this.reason());
      this.done.set(this.s.done(UI_STRINGS.status[next] ?? next));
      this.next.set('');
      this.reason.set('');
    } catch (error) {
      if (error instanceof ApiError) this.errors.set(error.fieldMessages());
      this.formError.set(errorText(error));
    } finally {
      this.sending.set(false);
    }
  }
}
