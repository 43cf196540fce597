import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FieldErrors, NEEDS, Need, RoomStore } from '@accord/crisis/data-access';
import { CRISIS_UI_STRINGS } from '@accord/crisis/ui';
import { AuthStore, inputChecked, inputValue } from '@accord/portal/data-access';
import { sendFailure } from './forms/form-errors';
import { CRISIS_STRINGS } from './strings';

interface PlaceDraft {
  place: string;
  count: string;
}

@Component({
  selector: 'acc-presence-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="presence-form" aria-labelledby="pf-heading">
      <h3 id="pf-heading">{{ s.heading }}</h3>
      <p class="hint">{{ s.intro }}</p>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done()) { <p class="done" role="status">{{ s.done }}</p> }
      @for (p of places(); track $index; let i = $index) {
        <div class="row">
          <div class="field">
            <label [for]="'pf-place-' + i">{{ s.place(i + 1) }}</label>
            <input [id]="'pf-place-' + i" maxlength="200" [value]="p.place" (input)="setPlace(i, 'place', $event)" [attr.data-testid]="'presence-place-' + i"
              [attr.aria-invalid]="!!errors()['place' + i]" [attr.aria-describedby]="errors()['place' + i] ? 'pf-place-err-' + i : null" />
            @if (errors()['place' + i]; as e) { <p class="field-error" [id]="'pf-place-err-' + i">{{ e }}</p> }
          </div>
          <div class="field">
            <label [for]="'pf-count-' + i">{{ s.count(i + 1) }}</label>
            <input [id]="'pf-count-' + i" type="number" min="0" step="1" inputmode="numeric" [value]="p.count" (input)="setPlace(i, 'count', $event)"
              [attr.data-testid]="'presence-count-' + i" [attr.aria-invalid]="!!errors()['count' + i]" [attr.aria-describedby]="errors()['count' + i] ? 'pf-count-err-' + i : null" />
            @if (errors()['count' + i]; as e) { <p class="field-error" [id]="'pf-count-err-' + i">{{ e }}</p> }
          </div>
          @if (places().length > 1) { <button type="button" class="link" (click)="remove(i)">{{ s.removePlace(i + 1) }}</button> }
        </div>
      }
      <button type="button" (click)="add()">{{ s.addPlace }}</button>
      <fieldset class="field">
        <legend>{{ s.needs }}</legend>
        <div class="checks">
          @for (n of needs; track n) {
            <label class="check"><input type="checkbox" [checked]="chosen().includes(n)" (change)="toggle(n, $event)" [attr.data-testid]="'need-' + n" /> {{ ui.needs[n] }}</label>
          }
        </div>
      </fieldset>
      <button type="submit" class="primary" [disabled]="sending()">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
  styles: `
    .row { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr)); align-items: end; }
    .checks { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
    .check { display: inline-flex; gap: 0.4rem; align-items: center; font-weight: normal; }
  `,
})
export class PresenceFormComponent {
  private readonly store = inject(RoomStore);
  protected readonly s = CRISIS_STRINGS.presenceForm;
  protected readonly ui = CRISIS_UI_STRINGS;
  protected readonly needs = NEEDS;
  protected readonly places = signal<PlaceDraft[]>([{ place: '', count: '' }]);
  protected readonly chosen = signal<Need[]>([]);
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);

  constructor() {
    // Start from the organisation's own last report (its counts are exact for it), once: the officer revises it.
    const auth = inject(AuthStore);
    let started = false;
    effect(() => {
      const own = this.store.view()?.room?.presence.find((p) => p.stateOrganisationId === auth.organisationId());
      if (started || !own) return;
      started = true;
      untracked(() => {
        this.places.set(own.places.map((p) => ({ place: p.place, count: String(p.count) })));
        this.chosen.set(own.needs.filter((n): n is Need => (NEEDS as readonly string[]).includes(n)));
      });
    });
  }

  protected setPlace(i: number, key: keyof PlaceDraft, event: Event): void {
    const value = inputValue(event);
    this.places.update((list) => list.map((p, j) => (j === i ? { ...p, [key]: value } : p)));
  }

  protected add(): void {
    this.places.update((list) => [...list, { place: '', count: '' }]);
  }

  protected remove(i: number): void {
    this.places.update((list) => list.filter((_, j) => j !== i));
  }

  protected toggle(n: Need, event: Event): void {
    const on = inputChecked(event);
    this.chosen.update((list) => (on ? [...list, n] : list.filter((x) => x !== n)));
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.formError.set(null);
    const errors: Record<string, string> = {};
    const places = this.places().map((p, i) => {
      const count = p.count.trim() === '' ? NaN : Number(p.count);
      if (!p.place.trim()) errors['place' + i] = this.s.placeRequired;
      if (!Number.isInteger(count) || count < 0) errors['count' + i] = this.s.countFormat;
      return { place: p.place.trim(), count };
    });
    this.errors.set(errors);
    if (Object.keys(errors).length) return;
    this.sending.set(true);
    try {
      await this.store.reportPresence({ places, needs: this.chosen() });
      this.done.set(true);
    } catch (error) {
      const failure = sendFailure(error, (f) => /^places\.\d+\.(place|count)$/.test(f));
      this.errors.set(Object.fromEntries(Object.entries(failure.fields).map(([f, m]) => [f.replace(/^places\.(\d+)\.(place|count)$/, '$2$1'), m])));
      this.formError.set(failure.form);
    } finally {
      this.sending.set(false);
    }
  }
}
