import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FOLLOW_UP_RESPONSES, FieldErrors, FollowUpApi, FollowUpResponse, validateResponse } from '@accord/follow-up/data-access';
import { FOLLOW_UP_UI_STRINGS } from '@accord/follow-up/ui';
import { ApiError, apiErrorText, inputValue } from '@accord/portal/data-access';
import { TRACKER_STRINGS, errorWords } from './strings';

@Component({
  selector: 'acc-respond-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="respond-form" aria-labelledby="rf-heading">
      <h2 id="rf-heading">{{ s.heading }}</h2>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done()) { <p class="done" role="status">{{ s.done }}</p> }
      <fieldset class="field" [attr.aria-invalid]="!!errors()['response']" [attr.aria-describedby]="errors()['response'] ? 'rf-response-err' : null">
        <legend>{{ s.response }}</legend>
        <div class="choices">
          @for (r of responses; track r) {
            <label class="choice"><input type="radio" name="response" [value]="r" [checked]="response() === r" (change)="response.set(r)"
              [attr.data-testid]="'response-' + r" /> {{ ui.response[r] }}</label>
          }
        </div>
        @if (errors()['response']; as e) { <p class="field-error" id="rf-response-err">{{ words(e) }}</p> }
      </fieldset>
      <div class="field">
        <label for="rf-reason">{{ s.reason }}</label>
        <textarea id="rf-reason" name="reason" rows="3" maxlength="4000" data-testid="response-reason" [value]="reason()" (input)="reason.set(value($event))"
          [attr.aria-invalid]="!!errors()['reason']" [attr.aria-describedby]="errors()['reason'] ? 'rf-reason-hint rf-reason-err' : 'rf-reason-hint'"></textarea>
        <p class="hint" id="rf-reason-hint">{{ s.reasonHint }}</p>
        @if (errors()['reason']; as e) { <p class="field-error" id="rf-reason-err">{{ words(e) }}</p> }
      </div>
      <button type="submit" class="primary" [disabled]="sending()">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
  styles: `.choices { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; } .choice { display: inline-flex; gap: 0.4rem; align-items: center; font-weight: normal; }`,
})
export class RespondFormComponent {
  readonly recommendationId = input.required<string>();
  readonly saved = output<void>();
  private readonly api = inject(FollowUpApi);
  protected readonly s = TRACKER_STRINGS.respond;
  protected readonly ui = FOLLOW_UP_UI_STRINGS;
  protected readonly responses = FOLLOW_UP_RESPONSES;
  protected readonly words = errorWords;
  protected readonly value = inputValue;
  protected readonly response = signal<FollowUpResponse | ''>('');
  protected readonly reason = signal('');
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.formError.set(null);
    const response = this.response();
    const errors = validateResponse(response, this.reason());
    this.errors.set(errors);
    if (Object.keys(errors).length || !response) return;
    this.sending.set(true);
    try {
      await this.api.respond(this.recommendationId(), response, this.reason().trim());
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
