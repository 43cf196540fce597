import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { AssessmentsApi } from '@accord/assessments/data-access';
import { apiErrorText } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { ASSESSMENT_STRINGS } from './strings';

@Component({
  selector: 'acc-reply-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent],
  template: `
    <form class="reply" novalidate (submit)="$event.preventDefault(); submit()" data-testid="reply-form">
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done()) { <p class="done" role="status">{{ s.done }}</p> }
      <acc-text-field [fieldId]="'reply-' + assessmentId()" [label]="s.label" [multiline]="true" [rows]="2" [max]="8000" [value]="text()" [error]="error()"
        (valueChange)="text.set($event)" />
      <button type="submit" [disabled]="sending()">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
  styles: `.reply { display: grid; gap: 0.5rem; justify-items: start; } .reply acc-text-field { inline-size: 100%; }`,
})
export class ReplyFormComponent {
  readonly assessmentId = input.required<string>();
  private readonly api = inject(AssessmentsApi);
  protected readonly s = ASSESSMENT_STRINGS.reply;
  protected readonly text = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.formError.set(null);
    const text = this.text().trim();
    this.error.set(!text || text.length > 8000 ? ASSESSMENT_STRINGS.errors.text : null);
    if (this.error()) return;
    this.sending.set(true);
    try {
      await this.api.reply(this.assessmentId(), text);
      this.text.set('');
      this.done.set(true);
    } catch (error) {
      this.formError.set(apiErrorText(error));
    } finally {
      this.sending.set(false);
    }
  }
}
