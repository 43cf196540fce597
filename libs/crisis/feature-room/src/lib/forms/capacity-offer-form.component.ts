import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { OperationChoice, FieldErrors, RegionalResponseStore, TRANSPORT_MODES } from '@accord/crisis/data-access';
import { inputValue } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { CRISIS_STRINGS } from '../strings';
import { FormSend } from './form-errors';

const PLACED = ['from', 'to', 'departureDate', 'seats', 'mode'];

/** A State or an agency offers seats (a charter flight, a ferry) on one route of an evacuation operation. */
@Component({
  selector: 'acc-capacity-offer-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent],
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="capacity-offer-form" aria-labelledby="co-heading">
      <h3 id="co-heading">{{ s.heading }}</h3>
      <p class="hint">{{ s.intro }}</p>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done(); as d) { <p class="done" role="status" data-testid="capacity-offer-done"><span aria-hidden="true">✓</span> {{ d }}</p> }
      <div class="row">
        <div class="field">
          <label for="co-operation">{{ s.operation }}</label>
          <select id="co-operation" (change)="operationId.set(pick($event))" data-testid="capacity-offer-operation">
            @for (op of operations(); track op.id) { <option [value]="op.id" [selected]="op.id === chosenId()">{{ op.name }}</option> }
          </select>
        </div>
        <div class="field">
          <label for="co-mode">{{ s.mode }}</label>
          <select id="co-mode" (change)="mode.set(pick($event))" data-testid="capacity-offer-mode" [attr.aria-invalid]="!!errors()['mode']">
            @for (m of modes; track m) { <option [value]="m" [selected]="m === mode()">{{ s.modes[m] ?? m }}</option> }
          </select>
          @if (errors()['mode']; as e) { <p class="field-error">{{ e }}</p> }
        </div>
      </div>
      <div class="row">
        <acc-text-field fieldId="co-from" [label]="s.from" [max]="100" [value]="from()" [error]="errors()['from'] ?? null" testId="capacity-offer-from" (valueChange)="from.set($event)" />
        <acc-text-field fieldId="co-to" [label]="s.to" [max]="100" [value]="to()" [error]="errors()['to'] ?? null" testId="capacity-offer-to" (valueChange)="to.set($event)" />
        <acc-text-field fieldId="co-date" type="date" [label]="s.departureDate" [value]="departureDate()" [error]="errors()['departureDate'] ?? null"
          testId="capacity-offer-date" (valueChange)="departureDate.set($event)" />
        <acc-text-field fieldId="co-seats" type="number" min="1" [label]="s.seats" [value]="seats()" [error]="errors()['seats'] ?? null"
          testId="capacity-offer-seats" (valueChange)="seats.set($event)" />
      </div>
      <p><button type="submit" class="primary" [disabled]="sending()" data-testid="capacity-offer-submit">{{ sending() ? s.sending : s.submit }}</button></p>
    </form>
  `,
  styles: `.row { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr)); align-items: start; } h3 { margin: 0; }`,
})
export class CapacityOfferFormComponent {
  readonly operations = input.required<OperationChoice[]>();
  private readonly store = inject(RegionalResponseStore);
  protected readonly s = CRISIS_STRINGS.capacityOffer;
  protected readonly modes = TRANSPORT_MODES;
  protected readonly operationId = signal('');
  protected readonly chosenId = computed(() => this.operationId() || this.operations()[0]?.id || '');
  protected readonly mode = signal('air');
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly departureDate = signal('');
  protected readonly seats = signal('');
  private readonly form = new FormSend((f) => PLACED.includes(f));
  protected readonly errors = this.form.errors;
  protected readonly formError = this.form.formError;
  protected readonly sending = this.form.sending;
  protected readonly done = signal<string | null>(null);

  protected pick(event: Event): string {
    return inputValue(event);
  }

  protected async submit(): Promise<void> {
    this.done.set(null);
    const seats = this.seats().trim() === '' ? NaN : Number(this.seats());
    const errors: FieldErrors = {};
    if (!Number.isInteger(seats) || seats < 1) errors['seats'] = this.s.seatsFormat;
    if (!this.departureDate()) errors['departureDate'] = this.s.required;
    await this.form.run(errors, async () => {
      const offer = { from: this.from().trim(), to: this.to().trim(), departureDate: this.departureDate(), seats, mode: this.mode() };
      const matches = await this.store.offerCapacity(this.chosenId(), offer);
      this.done.set(this.s.done(matches));
      this.seats.set('');
    });
  }
}
