import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { OperationChoice, FieldErrors, RegionalResponseStore } from '@accord/crisis/data-access';
import { inputValue } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { CRISIS_STRINGS } from '../strings';
import { FormSend } from './form-errors';

const PLACED = /^(from|to|earliestDate|latestDate|passengers(\.\d+\.(nationality|count))?)$/;

interface PassengerRow {
  key: number;
  nationality: string;
  count: string;
}

/** A State or an agency asks for seats on a route between two dates, passengers as counts by nationality (never names). */
@Component({
  selector: 'acc-capacity-request-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent],
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="capacity-request-form" aria-labelledby="cr-heading">
      <h3 id="cr-heading">{{ s.heading }}</h3>
      <p class="hint">{{ s.intro }}</p>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done(); as d) { <p class="done" role="status" data-testid="capacity-request-done"><span aria-hidden="true">✓</span> {{ d }}</p> }
      <div class="row">
        <div class="field">
          <label for="cr-operation">{{ s.operation }}</label>
          <select id="cr-operation" (change)="operationId.set(pick($event))" data-testid="capacity-request-operation">
            @for (op of operations(); track op.id) { <option [value]="op.id" [selected]="op.id === chosenId()">{{ op.name }}</option> }
          </select>
        </div>
        <acc-text-field fieldId="cr-from" [label]="s.from" [max]="100" [value]="from()" [error]="errors()['from'] ?? null" testId="capacity-request-from" (valueChange)="from.set($event)" />
        <acc-text-field fieldId="cr-to" [label]="s.to" [max]="100" [value]="to()" [error]="errors()['to'] ?? null" testId="capacity-request-to" (valueChange)="to.set($event)" />
        <acc-text-field fieldId="cr-earliest" type="date" [label]="s.earliestDate" [value]="earliest()" [error]="errors()['earliestDate'] ?? null"
          testId="capacity-request-earliest" (valueChange)="earliest.set($event)" />
        <acc-text-field fieldId="cr-latest" type="date" [label]="s.latestDate" [value]="latest()" [error]="errors()['latestDate'] ?? null"
          testId="capacity-request-latest" (valueChange)="latest.set($event)" />
      </div>
      <fieldset [attr.aria-describedby]="errors()['passengers'] ? 'cr-passengers-err' : null">
        <legend>{{ s.passengers }}</legend>
        @for (p of rows(); track p.key; let i = $index) {
          <div class="row passenger">
            <acc-text-field [fieldId]="'cr-nat-' + i" [label]="s.nationality(i + 1)" [max]="2" [value]="p.nationality" hint="BD, PH…"
              [error]="errors()['passengers.' + i + '.nationality'] ?? null" [testId]="'capacity-request-nationality-' + i" (valueChange)="set(i, 'nationality', $event)" />
            <acc-text-field [fieldId]="'cr-count-' + i" type="number" min="1" [label]="s.count(i + 1)" [value]="p.count"
              [error]="errors()['passengers.' + i + '.count'] ?? null" [testId]="'capacity-request-count-' + i" (valueChange)="set(i, 'count', $event)" />
            @if (rows().length > 1) {
              <p class="remove"><button type="button" (click)="remove(i)" [attr.data-testid]="'capacity-request-remove-' + i">{{ s.remove(i + 1) }}</button></p>
            }
          </div>
        }
        @if (errors()['passengers']; as e) { <p class="field-error" id="cr-passengers-err">{{ e }}</p> }
        @if (rows().length < 30) { <p><button type="button" (click)="add()" data-testid="capacity-request-add">{{ s.add }}</button></p> }
      </fieldset>
      <p><button type="submit" class="primary" [disabled]="sending()" data-testid="capacity-request-submit">{{ sending() ? s.sending : s.submit }}</button></p>
    </form>
  `,
  styles: `
    .row { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr)); align-items: end; }
    h3 { margin: 0; } .field { display: grid; gap: 0.3rem; min-inline-size: 0; }
    fieldset { margin: 0; border: 1px solid #c9d1dc; border-radius: 4px; padding-block: 0.4rem; padding-inline: 0.6rem; min-inline-size: 0; }
    .remove { margin: 0; }
  `,
})
export class CapacityRequestFormComponent {
  readonly operations = input.required<OperationChoice[]>();
  private readonly store = inject(RegionalResponseStore);
  protected readonly s = CRISIS_STRINGS.capacityRequest;
  protected readonly operationId = signal('');
  protected readonly chosenId = computed(() => this.operationId() || this.operations()[0]?.id || '');
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly earliest = signal('');
  protected readonly latest = signal('');
  private nextKey = 1;
  protected readonly rows = signal<PassengerRow[]>([{ key: 0, nationality: '', count: '' }]);
  private readonly form = new FormSend((f) => PLACED.test(f));
  protected readonly errors = this.form.errors;
  protected readonly formError = this.form.formError;
  protected readonly sending = this.form.sending;
  protected readonly done = signal<string | null>(null);

  protected pick(event: Event): string {
    return inputValue(event);
  }

  protected set(i: number, field: 'nationality' | 'count', value: string): void {
    this.rows.update((rows) => rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  }

  protected add(): void {
    this.rows.update((rows) => [...rows, { key: this.nextKey++, nationality: '', count: '' }]);
  }

  protected remove(i: number): void {
    this.rows.update((rows) => rows.filter((_, j) => j !== i));
  }

  protected async submit(): Promise<void> {
    this.done.set(null);
    const errors: FieldErrors = {};
    const passengers = this.rows().map((r, i) => {
      const count = r.count.trim() === '' ? NaN : Number(r.count);
      if (!Number.isInteger(count) || count < 1) errors[`passengers.${i}.count`] = this.s.countFormat;
      return { nationality: r.nationality.trim().toUpperCase(), count };
    });
    if (!this.earliest()) errors['earliestDate'] = this.s.required;
    if (!this.latest()) errors['latestDate'] = this.s.required;
    await this.form.run(errors, async () => {
      const request = { from: this.from().trim(), to: this.to().trim(), earliestDate: this.earliest(), latestDate: this.latest(), passengers };
      const matches = await this.store.requestCapacity(this.chosenId(), request);
      this.done.set(this.s.done(matches));
      this.rows.set([{ key: this.nextKey++, nationality: '', count: '' }]);
    });
  }
}
