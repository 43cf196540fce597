import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FieldErrors, RoomStore } from '@accord/crisis/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { CRISIS_STRINGS } from '../strings';
import { FormSend } from './form-errors';

interface TargetDraft {
  nationality: string;
  count: string;
}

const COUNTRY = /^[A-Z]{2}$/;

/** An agency opens an evacuation/repatriation operation for the alert on screen, with targets by nationality. */
@Component({
  selector: 'acc-evacuation-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent],
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="evacuation-form" aria-labelledby="ev-heading">
      <h3 id="ev-heading">{{ s.heading }}</h3>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done()) { <p class="done" role="status">{{ s.done }}</p> }
      <acc-text-field fieldId="ev-name" [label]="s.name" [max]="200" [value]="name()" [error]="errors()['name'] ?? null" testId="evacuation-name" (valueChange)="name.set($event)" />
      <fieldset class="field">
        <legend>{{ s.targets }}</legend>
        @for (t of targets(); track $index; let i = $index) {
          <div class="row">
            <acc-text-field [fieldId]="'ev-nat-' + i" [label]="s.nationality(i + 1)" [max]="2" [value]="t.nationality" [error]="errors()['targets.' + i + '.nationality'] ?? null"
              [testId]="'evacuation-nationality-' + i" (valueChange)="setTarget(i, 'nationality', $event)" />
            <acc-text-field [fieldId]="'ev-count-' + i" type="number" min="1" [label]="s.count(i + 1)" [value]="t.count" [error]="errors()['targets.' + i + '.count'] ?? null"
              [testId]="'evacuation-count-' + i" (valueChange)="setTarget(i, 'count', $event)" />
            @if (targets().length > 1) { <button type="button" class="link" (click)="remove(i)">{{ s.removeTarget(i + 1) }}</button> }
          </div>
        }
        <p><button type="button" (click)="add()">{{ s.addTarget }}</button></p>
      </fieldset>
      <p><button type="submit" class="primary" [disabled]="sending()" data-testid="evacuation-submit">{{ sending() ? s.sending : s.submit }}</button></p>
    </form>
  `,
  styles: `.row { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr)); align-items: end; }`,
})
export class EvacuationFormComponent {
  private readonly store = inject(RoomStore);
  protected readonly s = CRISIS_STRINGS.evacuationForm;
  protected readonly name = signal('');
  protected readonly targets = signal<TargetDraft[]>([{ nationality: '', count: '' }]);
  private readonly form = new FormSend((f) => f === 'name' || /^targets\.\d+\.(nationality|count)$/.test(f));
  protected readonly errors = this.form.errors;
  protected readonly formError = this.form.formError;
  protected readonly sending = this.form.sending;
  protected readonly done = signal(false);

  protected setTarget(i: number, key: keyof TargetDraft, value: string): void {
    this.targets.update((list) => list.map((t, j) => (j === i ? { ...t, [key]: value } : t)));
  }

  protected add(): void {
    this.targets.update((list) => [...list, { nationality: '', count: '' }]);
  }

  protected remove(i: number): void {
    this.targets.update((list) => list.filter((_, j) => j !== i));
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    const targets = this.targets().map((t) => ({ nationality: t.nationality.trim().toUpperCase(), count: t.count.trim() === '' ? NaN : Number(t.count) }));
    await this.form.run(this.check(targets), async () => {
      await this.store.openEvacuation({ name: this.name().trim(), targets });
      this.done.set(true);
      this.name.set('');
      this.targets.set([{ nationality: '', count: '' }]);
    });
  }

  private check(targets: { nationality: string; count: number }[]): FieldErrors {
    const errors: FieldErrors = {};
    if (this.name().trim().length < 3) errors['name'] = this.s.nameRequired;
    targets.forEach((t, i) => {
      if (!COUNTRY.test(t.nationality)) errors[`targets.${i}.nationality`] = this.s.nationalityFormat;
      if (!Number.isInteger(t.count) || t.count < 1) errors[`targets.${i}.count`] = this.s.countFormat;
    });
    return errors;
  }
}
