import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FieldErrors, RegionalResponseStore } from '@accord/crisis/data-access';
import { OrganisationsStore, inputValue } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { CRISIS_STRINGS } from '../strings';
import { FormSend } from './form-errors';
import { OrgChecklistComponent } from './org-checklist.component';

const PLACED = ['title', 'process', 'scheduledAt', 'invitedStateIds', 'agencyIds'];

/** The secretariat convenes an emergency consultation on the alert: States invited from the directory, agencies taking part. */
@Component({
  selector: 'acc-consultation-convene-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent, OrgChecklistComponent],
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="consultation-convene-form" aria-labelledby="cc-heading">
      <h3 id="cc-heading">{{ s.heading }}</h3>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done()) { <p class="done" role="status" data-testid="consultation-convene-done"><span aria-hidden="true">✓</span> {{ s.done }}</p> }
      <div class="row">
        <acc-text-field fieldId="cc-title" [label]="s.title" [max]="200" [value]="title()" [error]="errors()['title'] ?? null" testId="consultation-title" (valueChange)="title.set($event)" />
        <acc-text-field fieldId="cc-process" [label]="s.process" [max]="100" [value]="process()" [error]="errors()['process'] ?? null" testId="consultation-process" (valueChange)="process.set($event)" />
        <div class="field">
          <label for="cc-scheduled">{{ s.scheduledAt }}</label>
          <input id="cc-scheduled" type="datetime-local" [value]="scheduledAt()" (input)="scheduledAt.set(read($event))" data-testid="consultation-scheduled-at"
            [attr.aria-invalid]="!!errors()['scheduledAt']" [attr.aria-describedby]="errors()['scheduledAt'] ? 'cc-scheduled-err' : null" />
          @if (errors()['scheduledAt']; as e) { <p class="field-error" id="cc-scheduled-err">{{ e }}</p> }
        </div>
      </div>
      <acc-org-checklist fieldId="cc-states" [legend]="s.states" [options]="states()" [selected]="invited()" [error]="errors()['invitedStateIds'] ?? null"
        testId="consultation-invite" (selectedChange)="invited.set($event)" />
      <acc-org-checklist fieldId="cc-agencies" [legend]="s.agencies" [options]="agencies()" [selected]="agencyIds()" [error]="errors()['agencyIds'] ?? null"
        testId="consultation-agency" (selectedChange)="agencyIds.set($event)" />
      <p><button type="submit" class="primary" [disabled]="sending()" data-testid="consultation-convene-submit">{{ sending() ? s.sending : s.submit }}</button></p>
    </form>
  `,
  styles: `.row { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); align-items: start; } h3 { margin: 0; }
    .field { display: grid; gap: 0.3rem; min-inline-size: 0; }`,
})
export class ConsultationConveneFormComponent {
  private readonly store = inject(RegionalResponseStore);
  private readonly orgs = inject(OrganisationsStore);
  protected readonly s = CRISIS_STRINGS.conveneForm;
  protected readonly states = computed(() => this.orgs.all().filter((o) => o.kind === 'state'));
  protected readonly agencies = computed(() => this.orgs.all().filter((o) => o.kind === 'agency'));
  protected readonly title = signal('');
  protected readonly process = signal('Bali Process');
  protected readonly scheduledAt = signal('');
  protected readonly invited = signal<string[]>([]);
  protected readonly agencyIds = signal<string[]>([]);
  private readonly form = new FormSend((f) => PLACED.includes(f));
  protected readonly errors = this.form.errors;
  protected readonly formError = this.form.formError;
  protected readonly sending = this.form.sending;
  protected readonly done = signal(false);

  constructor() {
    void this.orgs.load();
  }

  protected read(event: Event): string {
    return inputValue(event);
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    const when = this.scheduledAt() ? new Date(this.scheduledAt()) : null;
    const scheduledAt = when && !Number.isNaN(when.getTime()) ? when.toISOString() : '';
    const errors: FieldErrors = {};
    if (!scheduledAt) errors['scheduledAt'] = this.s.required;
    if (!this.invited().length) errors['invitedStateIds'] = this.s.pickState;
    await this.form.run(errors, async () => {
      await this.store.convene({
        title: this.title().trim(), process: this.process().trim(), scheduledAt, invitedStateIds: this.invited(), agencyIds: this.agencyIds(),
      });
      this.done.set(true);
      this.title.set('');
      this.invited.set([]);
      this.agencyIds.set([]);
    });
  }
}
