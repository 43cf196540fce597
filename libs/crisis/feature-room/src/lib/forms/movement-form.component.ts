import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { EvacuationView, FieldErrors, MOVEMENT_KINDS, MovementKind, RoomStore } from '@accord/crisis/data-access';
import { CRISIS_UI_STRINGS } from '@accord/crisis/ui';
import { inputValue } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { CRISIS_STRINGS } from '../strings';
import { FormSend } from './form-errors';

/** A State or an agency reports people moved in one operation: evacuated, in transit, returned, supported. */
@Component({
  selector: 'acc-movement-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent],
  template: `
    @let id = 'mv-' + operation().id;
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="movement-form" [attr.aria-labelledby]="id + '-heading'">
      <h4 [id]="id + '-heading'">{{ s.heading(operation().name) }}</h4>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done()) { <p class="done" role="status">{{ s.done }}</p> }
      <div class="row">
        <acc-text-field [fieldId]="id + '-nat'" [label]="s.nationality" [hint]="known()" [max]="2" [value]="nationality()" [error]="errors()['nationality'] ?? null"
          testId="movement-nationality" (valueChange)="nationality.set($event)" />
        <div class="field">
          <label [for]="id + '-kind'">{{ s.kind }}</label>
          <select [id]="id + '-kind'" (change)="kind.set(pick($event))" data-testid="movement-kind">
            @for (k of kinds; track k) { <option [value]="k" [selected]="kind() === k">{{ ui.evacuation.movements[k] ?? k }}</option> }
          </select>
          @if (errors()['kind']; as e) { <p class="field-error">{{ e }}</p> }
        </div>
        <acc-text-field [fieldId]="id + '-count'" type="number" min="1" [label]="s.count" [value]="count()" [error]="errors()['count'] ?? null"
          testId="movement-count" (valueChange)="count.set($event)" />
      </div>
      <p><button type="submit" class="primary" [disabled]="sending()" data-testid="movement-submit">{{ sending() ? s.sending : s.submit }}</button></p>
    </form>
  `,
  styles: `.row { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr)); align-items: start; } h4 { margin: 0; }`,
})
export class MovementFormComponent {
  readonly operation = input.required<EvacuationView>();
  private readonly store = inject(RoomStore);
  protected readonly s = CRISIS_STRINGS.movementForm;
  protected readonly ui = CRISIS_UI_STRINGS;
  protected readonly kinds = MOVEMENT_KINDS;
  protected readonly known = computed(() => {
    const list = this.operation().progress.map((p) => p.nationality);
    return list.length ? this.s.known(list.join(', ')) : null;
  });
  protected readonly nationality = signal('');
  protected readonly kind = signal<MovementKind>('evacuated');
  protected readonly count = signal('');
  private readonly form = new FormSend((f) => ['nationality', 'kind', 'count'].includes(f));
  protected readonly errors = this.form.errors;
  protected readonly formError = this.form.formError;
  protected readonly sending = this.form.sending;
  protected readonly done = signal(false);

  protected pick(event: Event): MovementKind {
    return inputValue(event) as MovementKind;
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    const nationality = this.nationality().trim().toUpperCase();
    const count = this.count().trim() === '' ? NaN : Number(this.count());
    const errors: FieldErrors = {};
    if (!/^[A-Z]{2}$/.test(nationality)) errors['nationality'] = this.s.nationalityFormat;
    if (!Number.isInteger(count) || count < 1) errors['count'] = this.s.countFormat;
    await this.form.run(errors, async () => {
      await this.store.reportMovement(this.operation().id, { nationality, kind: this.kind(), count });
      this.done.set(true);
      this.count.set('');
    });
  }
}
