import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FieldErrors, RegionalResponseStore, RoomConsultationView } from '@accord/crisis/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { CRISIS_STRINGS } from '../strings';
import { FormSend } from './form-errors';
import { OrgChecklistComponent } from './org-checklist.component';

const PLACED = ['title', 'text', 'addresseeIds', 'dueDate'];

/** The secretariat records a decision addressed to invited States or agencies; it is followed up as a recommendation. */
@Component({
  selector: 'acc-consultation-decision-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TextFieldComponent, OrgChecklistComponent],
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="decision-form" [attr.aria-labelledby]="prefix() + '-heading'">
      <h4 [id]="prefix() + '-heading'">{{ s.heading }}</h4>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (recommendationId(); as r) {
        <p class="done" role="status" data-testid="decision-done"><span aria-hidden="true">✓</span> {{ s.done }}
          <a [routerLink]="['/follow-up/recommendations', r]" data-testid="decision-recommendation">{{ s.openRecommendation }}</a></p>
      }
      <acc-text-field [fieldId]="prefix() + '-title'" [label]="s.title" [max]="200" [value]="title()" [error]="errors()['title'] ?? null" testId="decision-title" (valueChange)="title.set($event)" />
      <acc-text-field [fieldId]="prefix() + '-text'" [label]="s.text" [multiline]="true" [rows]="3" [max]="8000" [value]="text()" [error]="errors()['text'] ?? null"
        testId="decision-text" (valueChange)="text.set($event)" />
      <acc-org-checklist [fieldId]="prefix() + '-to'" [legend]="s.addressees" [options]="choices()" [selected]="addressees()" [error]="errors()['addresseeIds'] ?? null"
        testId="decision-addressee" (selectedChange)="addressees.set($event)" />
      <acc-text-field [fieldId]="prefix() + '-due'" type="date" [label]="s.dueDate" [value]="dueDate()" [error]="errors()['dueDate'] ?? null" testId="decision-due"
        (valueChange)="dueDate.set($event)" />
      <p><button type="submit" class="primary" [disabled]="sending()" data-testid="decision-submit">{{ sending() ? s.sending : s.submit }}</button></p>
    </form>
  `,
  styles: `h4 { margin: 0; }`,
})
export class ConsultationDecisionFormComponent {
  readonly consultation = input.required<RoomConsultationView>();
  readonly names = input<Partial<Record<string, string>>>({});
  private readonly store = inject(RegionalResponseStore);
  protected readonly s = CRISIS_STRINGS.decisionForm;
  /** addressees: the invited States and the consultation's agencies */
  protected readonly choices = computed(() =>
    [...this.consultation().invitedStateIds, ...this.consultation().agencyIds].map((id) => ({ id, name: this.names()[id] ?? id })),
  );
  protected readonly title = signal('');
  protected readonly text = signal('');
  protected readonly addressees = signal<string[]>([]);
  protected readonly dueDate = signal('');
  private readonly form = new FormSend((f) => PLACED.includes(f));
  protected readonly errors = this.form.errors;
  protected readonly formError = this.form.formError;
  protected readonly sending = this.form.sending;
  protected readonly recommendationId = signal<string | null>(null);

  protected prefix(): string {
    return `dc-${this.consultation().id}`;
  }

  protected async submit(): Promise<void> {
    this.recommendationId.set(null);
    const errors: FieldErrors = {};
    if (!this.dueDate()) errors['dueDate'] = this.s.required;
    if (!this.addressees().length) errors['addresseeIds'] = this.s.pickAddressee;
    await this.form.run(errors, async () => {
      const id = await this.store.recordDecision(this.consultation().id, {
        title: this.title().trim(), text: this.text().trim(), addresseeIds: this.addressees(), dueDate: this.dueDate(),
      });
      this.recommendationId.set(id);
      this.title.set('');
      this.text.set('');
      this.addressees.set([]);
    });
  }
}
