import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FieldErrors, RegionalResponseStore } from '@accord/crisis/data-access';
import { ApiError, inputValue } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { CRISIS_STRINGS } from '../strings';
import { sendFailure } from './form-errors';

const PLACED = ['offerId', 'requestId', 'seats'];

/**
 * An agency's crisis cell matches an offer with a request by hand. The offer's version goes along: if someone
 * took these seats meanwhile the server answers 409, the lists are refreshed and the form says so.
 */
@Component({
  selector: 'acc-capacity-match-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent],
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="capacity-match-form" aria-labelledby="mm-heading">
      <h4 id="mm-heading">{{ s.heading }}</h4>
      @if (formError(); as e) { <p class="form-error" role="alert" data-testid="capacity-match-form-error">{{ e }}</p> }
      @if (done()) { <p class="done" role="status" data-testid="capacity-match-done"><span aria-hidden="true">✓</span> {{ s.done }}</p> }
      <div class="row">
        <div class="field">
          <label for="mm-offer">{{ s.offer }}</label>
          <select id="mm-offer" (change)="chooseOffer(pick($event))" data-testid="capacity-match-offer" [attr.aria-invalid]="!!errors()['offerId']"
            [attr.aria-describedby]="errors()['offerId'] ? 'mm-offer-err' : null">
            <option value="">{{ s.choose }}</option>
            @for (o of store.offers.items(); track o.id) {
              <option [value]="o.id" [selected]="o.id === offerId()">{{ s.offerOption(name(o.organisationId), o.from, o.to, o.departureDate, o.freeSeats) }}</option>
            }
          </select>
          @if (errors()['offerId']; as e) { <p class="field-error" id="mm-offer-err">{{ e }}</p> }
        </div>
        <div class="field">
          <label for="mm-request">{{ s.request }}</label>
          <select id="mm-request" (change)="requestId.set(pick($event))" data-testid="capacity-match-request" [attr.aria-invalid]="!!errors()['requestId']"
            [attr.aria-describedby]="errors()['requestId'] ? 'mm-request-err' : null">
            <option value="">{{ s.choose }}</option>
            @for (r of store.requests.items(); track r.id) {
              <option [value]="r.id" [selected]="r.id === requestId()">{{ s.requestOption(name(r.organisationId), r.from, r.to, r.passengerCount - r.matchedSeats) }}</option>
            }
          </select>
          @if (errors()['requestId']; as e) { <p class="field-error" id="mm-request-err">{{ e }}</p> }
        </div>
        <acc-text-field fieldId="mm-seats" type="number" min="1" [label]="s.seats" [value]="seats()" [error]="errors()['seats'] ?? null" testId="capacity-match-seats"
          (valueChange)="seats.set($event)" />
      </div>
      <p><button type="submit" class="primary" [disabled]="sending()" data-testid="capacity-match-submit">{{ sending() ? s.sending : s.submit }}</button></p>
    </form>
  `,
  styles: `.row { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); align-items: start; }
    h4 { margin: 0; } .field { display: grid; gap: 0.3rem; min-inline-size: 0; } select { max-inline-size: 100%; }`,
})
export class CapacityMatchFormComponent {
  readonly names = input<Partial<Record<string, string>>>({});
  protected readonly store = inject(RegionalResponseStore);
  protected readonly s = CRISIS_STRINGS.capacityMatchForm;
  protected readonly offerId = signal('');
  protected readonly requestId = signal('');
  protected readonly seats = signal('');
  private readonly offer = computed(() => this.store.offers.items().find((o) => o.id === this.offerId()));
  /** The offer's version when the officer chose it: a live refresh must not hide that someone took seats since. */
  private seenVersion: number | null = null;
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);

  protected pick(event: Event): string {
    return inputValue(event);
  }

  protected chooseOffer(id: string): void {
    this.offerId.set(id);
    this.seenVersion = this.offer()?.version ?? null;
  }

  protected name(id: string): string {
    return this.names()[id] ?? id;
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.formError.set(null);
    const seats = this.seats().trim() === '' ? NaN : Number(this.seats());
    const offer = this.offer();
    const errors: FieldErrors = {};
    if (!offer) errors['offerId'] = this.s.required;
    if (!this.requestId()) errors['requestId'] = this.s.required;
    if (!Number.isInteger(seats) || seats < 1) errors['seats'] = this.s.seatsFormat;
    this.errors.set(errors);
    if (!offer || Object.keys(errors).length) return;
    this.sending.set(true);
    try {
      await this.store.matchCapacity({ offerId: offer.id, requestId: this.requestId(), seats, offerVersion: this.seenVersion ?? offer.version });
      this.done.set(true);
      this.seats.set('');
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        this.errors.set({});
        this.formError.set(this.s.taken);
        // the lists are refreshed: what the officer sees now is what a new try will be checked against
        this.seenVersion = this.offer()?.version ?? null;
        return;
      }
      const failure = sendFailure(error, (f) => PLACED.includes(f));
      this.errors.set(failure.fields);
      this.formError.set(failure.form);
    } finally {
      this.sending.set(false);
    }
  }
}
