import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FieldErrors, FollowUpApi, validateReport } from '@accord/follow-up/data-access';
import { ApiError, apiErrorText, inputValue } from '@accord/portal/data-access';
import { TRACKER_STRINGS, errorWords } from './strings';
import { parseIds } from './today';

@Component({
  selector: 'acc-report-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="report-form" aria-labelledby="rpf-heading">
      <h2 id="rpf-heading">{{ s.heading }}</h2>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done()) { <p class="done" role="status">{{ s.done }}</p> }
      <div class="field">
        <label for="rpf-narrative">{{ s.narrative }}</label>
        <textarea id="rpf-narrative" rows="4" maxlength="8000" data-testid="report-narrative" [value]="narrative()" (input)="narrative.set(value($event))"
          [attr.aria-invalid]="!!errors()['narrative']" [attr.aria-describedby]="errors()['narrative'] ? 'rpf-narrative-err' : null"></textarea>
        @if (errors()['narrative']; as e) { <p class="field-error" id="rpf-narrative-err">{{ words(e) }}</p> }
      </div>
      @for (f of idFields; track f.key) {
        <div class="field">
          <label [for]="'rpf-' + f.key">{{ f.label }}</label>
          <input [id]="'rpf-' + f.key" autocomplete="off" [value]="f.key === 'commitmentIds' ? commitments() : localActions()" (input)="setIds(f.key, $event)"
            [attr.aria-invalid]="!!errors()[f.key]" [attr.aria-describedby]="errors()[f.key] ? 'rpf-ids-hint rpf-' + f.key + '-err' : 'rpf-ids-hint'" />
          @if (errors()[f.key]; as e) { <p class="field-error" [id]="'rpf-' + f.key + '-err'">{{ words(e) }}</p> }
        </div>
      }
      <p class="hint" id="rpf-ids-hint">{{ s.idsHint }}</p>
      <button type="submit" class="primary" [disabled]="sending()">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
})
export class ReportFormComponent {
  readonly recommendationId = input.required<string>();
  readonly saved = output<void>();
  private readonly api = inject(FollowUpApi);
  protected readonly s = TRACKER_STRINGS.report;
  protected readonly words = errorWords;
  protected readonly value = inputValue;
  protected readonly idFields = [
    { key: 'commitmentIds' as const, label: this.s.commitments },
    { key: 'localActionIds' as const, label: this.s.localActions },
  ];
  protected readonly narrative = signal('');
  protected readonly commitments = signal('');
  protected readonly localActions = signal('');
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);

  protected setIds(key: 'commitmentIds' | 'localActionIds', event: Event): void {
    (key === 'commitmentIds' ? this.commitments : this.localActions).set(inputValue(event));
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.formError.set(null);
    const commitmentIds = parseIds(this.commitments());
    const localActionIds = parseIds(this.localActions());
    const report = { narrative: this.narrative().trim(), commitmentIds: commitmentIds ?? [], localActionIds: localActionIds ?? [] };
    const errors: FieldErrors = { ...validateReport(report) };
    if (!commitmentIds) errors['commitmentIds'] = 'idsFormat';
    if (!localActionIds) errors['localActionIds'] = 'idsFormat';
    this.errors.set(errors);
    if (Object.keys(errors).length) return;
    this.sending.set(true);
    try {
      await this.api.report(this.recommendationId(), report);
      this.narrative.set('');
      this.done.set(true);
      this.saved.emit();
    } catch (error) {
      if (error instanceof ApiError) this.errors.set(error.fieldMessages());
      this.formError.set(apiErrorText(error));
    } finally {
      this.sending.set(false);
    }
  }
}
