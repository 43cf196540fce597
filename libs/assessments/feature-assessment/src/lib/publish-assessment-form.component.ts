import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ASSESSMENT_RATINGS, AssessmentRating, AssessmentsApi, CONTESTABLE_STATUSES } from '@accord/assessments/data-access';
import { ASSESSMENT_UI_STRINGS } from '@accord/assessments/ui';
import { ApiError, apiErrorText, inputValue } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { ASSESSMENT_STRINGS } from './strings';

const URL = /^https?:\/\/\S+$/i;

@Component({
  selector: 'acc-publish-assessment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent],
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="publish-assessment-form" aria-labelledby="pa-heading">
      <h3 id="pa-heading">{{ s.heading }}</h3>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done()) { <p class="done" role="status">{{ s.done }}</p> }
      <div class="field">
        <label for="pa-rating">{{ s.rating }}</label>
        <select id="pa-rating" (change)="rating.set(pickRating($event))">
          @for (r of ratings; track r) { <option [value]="r" [selected]="r === rating()">{{ ui.rating[r] }}</option> }
        </select>
      </div>
      <acc-text-field fieldId="pa-narrative" [label]="s.narrative" [multiline]="true" [max]="8000" [value]="narrative()" [error]="errors()['narrative']"
        testId="assessment-narrative" (valueChange)="narrative.set($event)" />
      <acc-text-field fieldId="pa-evidence" [label]="s.evidence" [multiline]="true" [rows]="2" [value]="evidence()" [error]="errors()['evidenceUrls']"
        (valueChange)="evidence.set($event)" />
      <div class="field">
        <label for="pa-contested">{{ s.contested }}</label>
        <select id="pa-contested" (change)="contested.set(value($event))">
          <option value="">{{ s.noContest }}</option>
          @for (st of statuses; track st) { <option [value]="st" [selected]="st === contested()">{{ ui.status[st] }}</option> }
        </select>
      </div>
      <button type="submit" class="primary" [disabled]="sending()">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
})
export class PublishAssessmentFormComponent {
  readonly commitmentId = input.required<string>();
  private readonly api = inject(AssessmentsApi);
  protected readonly s = ASSESSMENT_STRINGS.publish;
  protected readonly ui = ASSESSMENT_UI_STRINGS;
  protected readonly ratings = ASSESSMENT_RATINGS;
  protected readonly statuses = CONTESTABLE_STATUSES;
  protected readonly value = inputValue;
  protected readonly rating = signal<AssessmentRating>('some_progress');
  protected readonly narrative = signal('');
  protected readonly evidence = signal('');
  protected readonly contested = signal('');
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);

  protected pickRating(event: Event): AssessmentRating {
    return ASSESSMENT_RATINGS.find((r) => r === inputValue(event)) ?? 'some_progress';
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.formError.set(null);
    const evidenceUrls = this.evidence().split(/\s+/).map((u) => u.trim()).filter(Boolean);
    const e = ASSESSMENT_STRINGS.errors;
    const errors: Record<string, string> = {};
    if (!this.narrative().trim() || this.narrative().length > 8000) errors['narrative'] = e['narrative'];
    if (evidenceUrls.some((u) => !URL.test(u))) errors['evidenceUrls'] = e['evidence'];
    else if (this.contested() && evidenceUrls.length === 0) errors['evidenceUrls'] = e['evidenceNeeded'];
    this.errors.set(errors);
    if (Object.keys(errors).length) return;
    this.sending.set(true);
    try {
      const contested = this.contested();
      await this.api.publish({ commitmentId: this.commitmentId(), rating: this.rating(), narrative: this.narrative().trim(), evidenceUrls, ...(contested ? { contestedStatus: contested } : {}) });
      this.narrative.set('');
      this.evidence.set('');
      this.done.set(true);
    } catch (error) {
      if (error instanceof ApiError) this.errors.set(error.fieldMessages());
      this.formError.set(apiErrorText(error));
    } finally {
      this.sending.set(false);
    }
  }
}
