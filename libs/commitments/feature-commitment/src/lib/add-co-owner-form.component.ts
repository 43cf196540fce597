import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ApiError } from '@accord/portal/data-access';
import { CommitmentStore, FieldErrors, OrganisationRef } from '@accord/commitments/data-access';
import { errorText, fieldText } from './error-text';
import { COMMITMENT_STRINGS } from './strings';

/** An owner invites another known organisation to own the commitment with it. */
@Component({
  selector: 'acc-add-co-owner-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="add-co-owner-form" aria-labelledby="co-heading">
      <h2 id="co-heading">{{ s.heading }}</h2>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done(); as d) { <p class="done" role="status">{{ d }}</p> }
      <div class="field">
        <label for="co-org">{{ s.organisation }}</label>
        <select id="co-org" name="organisationId" data-testid="co-owner-select" (change)="chosen.set(value($event))"
          [attr.aria-invalid]="!!errors()['organisationId']" [attr.aria-describedby]="errors()['organisationId'] ? 'co-org-err' : null">
          <option value="" [selected]="chosen() === ''">{{ s.choose }}</option>
          @for (o of choices(); track o.id) { <option [value]="o.id" [selected]="o.id === chosen()">{{ o.name }}</option> }
        </select>
        @if (errors()['organisationId']; as e) { <p class="field-error" id="co-org-err">{{ text(e) }}</p> }
      </div>
      <button type="submit" [disabled]="sending() || chosen() === ''">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
})
export class AddCoOwnerFormComponent {
  private readonly store = inject(CommitmentStore);
  readonly organisations = input<OrganisationRef[]>([]);
  readonly ownerIds = input<string[]>([]);
  protected readonly choices = computed(() => this.organisations().filter((o) => o.kind !== 'secretariat' && !this.ownerIds().includes(o.id)));
  protected readonly s = COMMITMENT_STRINGS.coOwner;
  protected readonly chosen = signal('');
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly text = fieldText;

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected async submit(): Promise<void> {
    const id = this.chosen();
    if (!id) return;
    this.formError.set(null);
    this.done.set(null);
    this.errors.set({});
    this.sending.set(true);
    try {
      await this.store.addCoOwner(id);
      this.done.set(this.s.done(this.organisations().find((o) => o.id === id)?.name ?? id));
      this.chosen.set('');
    } catch (error) {
      if (error instanceof ApiError) this.errors.set(error.fieldMessages());
      this.formError.set(errorText(error));
    } finally {
      this.sending.set(false);
    }
  }
}
