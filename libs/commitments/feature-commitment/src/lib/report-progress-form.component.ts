import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ApiError } from '@accord/portal/data-access';
import { CommitmentStore, EVIDENCE_LEVELS, EvidenceLevel, FieldErrors, ProgressReport, validateProgress } from '@accord/commitments/data-access';
import { UI_STRINGS } from '@accord/commitments/ui';
import { errorText, fieldText } from './error-text';
import { COMMITMENT_STRINGS } from './strings';

@Component({
  selector: 'acc-report-progress-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="report-progress-form" aria-labelledby="rp-heading">
      <h2 id="rp-heading">{{ s.heading }}</h2>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done()) { <p class="done" role="status">{{ s.done }}</p> }
      <div class="field">
        <label for="rp-percent">{{ s.percent }}</label>
        <input id="rp-percent" name="percent" type="number" min="0" max="100" step="1" inputmode="numeric" required
          [value]="percent()" (input)="percent.set(value($event))"
          [attr.aria-invalid]="!!errors()['percent']" [attr.aria-describedby]="errors()['percent'] ? 'rp-percent-err' : null" />
        @if (errors()['percent']; as e) { <p class="field-error" id="rp-percent-err">{{ text(e) }}</p> }
      </div>
      <div class="field">
        <label for="rp-narrative">{{ s.narrative }}</label>
        <textarea id="rp-narrative" name="narrative" rows="4" maxlength="4000" [value]="narrative()" (input)="narrative.set(value($event))"
          [attr.aria-invalid]="!!errors()['narrative']" [attr.aria-describedby]="errors()['narrative'] ? 'rp-narrative-err' : null"></textarea>
        @if (errors()['narrative']; as e) { <p class="field-error" id="rp-narrative-err">{{ text(e) }}</p> }
      </div>
      <div class="field">
        <label for="rp-url">{{ s.evidenceUrl }}</label>
        <input id="rp-url" name="evidenceUrl" type="url" inputmode="url" [value]="evidenceUrl()" (input)="evidenceUrl.set(value($event))"
          [attr.aria-invalid]="!!errors()['evidenceUrl']" [attr.aria-describedby]="errors()['evidenceUrl'] ? 'rp-url-hint rp-url-err' : 'rp-url-hint'" />
        <p class="hint" id="rp-url-hint">{{ s.evidenceUrlHint }}</p>
        @if (errors()['evidenceUrl']; as e) { <p class="field-error" id="rp-url-err">{{ text(e) }}</p> }
      </div>
      <div class="field">
        <label for="rp-level">{{ s.evidenceLevel }}</label>
        <select id="rp-level" name="evidenceLevel" [value]="evidenceLevel()" (change)="evidenceLevel.set($any(value($event)))"
          [attr.aria-invalid]="!!errors()['evidenceLevel']" [attr.aria-describedby]="errors()['evidenceLevel'] ? 'rp-level-err' : null">
          @for (l of levels; track l) { <option [value]="l" [selected]="l === evidenceLevel()">{{ ui.evidenceLevel[l] }}</option> }
        </select>
        @if (errors()['evidenceLevel']; as e) { <p class="field-error" id="rp-level-err">{{ text(e) }}</p> }
      </div>
      <button type="submit" class="primary" [disabled]="sending()">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
})
export class ReportProgressFormComponent {
  private readonly store = inject(CommitmentStore);
  protected readonly s = COMMITMENT_STRINGS.report;
  protected readonly ui = UI_STRINGS;
  protected readonly levels = EVIDENCE_LEVELS;

  protected readonly percent = signal('');
  protected readonly narrative = signal('');
  protected readonly evidenceUrl = signal('');
  protected readonly evidenceLevel = signal<EvidenceLevel>('emerging_practice');
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);
  protected readonly text = fieldText;

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.formError.set(null);
    const report: ProgressReport = {
      percent: this.percent().trim() === '' ? NaN : Number(this.percent()),
      narrative: this.narrative().trim(),
      evidenceLevel: this.evidenceLevel(),
      ...(this.evidenceUrl().trim() ? { evidenceUrl: this.evidenceUrl().trim() } : {}),
    };
    const errors = validateProgress(report);
    this.errors.set(errors);
    if (Object.keys(errors).length) return;
    this.sending.set(true);
    try {
      await this.store.reportProgress(report);
      this.percent.set('');
      this.narrative.set('');
      this.evidenceUrl.set('');
      this.done.set(true);
    } catch (error) {
      if (error instanceof ApiError) this.errors.set(error.fieldMessages());
      this.formError.set(errorText(error));
    } finally {
      this.sending.set(false);
    }
  }
}
