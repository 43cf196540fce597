import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AGE_BANDS, FIELD_NEEDS, FIELD_NOTE_MAX, FieldErrors, FieldReportDraft, FieldReportsStore, IncidentDraft, MOVEMENT_DIRECTIONS, MovementDraft, OBSERVED_SEXES,
  PROTECTION_INCIDENT_KINDS, emptyFieldReportDraft, emptyIncident, emptyMovement, toFieldObservation, validateFieldReportDraft,
} from '@accord/crisis/data-access';
import { CRISIS_UI_STRINGS } from '@accord/crisis/ui';
import { inputChecked, inputValue } from '@accord/portal/data-access';
import { sendFailure } from './forms/form-errors';
import { CRISIS_STRINGS } from './strings';

const PLACED = /^(place\.(name|lat|lon)|observedAt|movements\.\d+\.(direction|sex|ageBand|count)|incidents\.\d+\.(kind|count)|needs|note|movements|incidents)$/;

/** A civil society monitor files what was seen at one place: counts by group, kinds from lists, no names. */
@Component({
  selector: 'acc-field-report-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="field-report-form" aria-labelledby="fr-heading">
      <h3 id="fr-heading">{{ s.formHeading }}</h3>
      <p class="hint">{{ s.formIntro }}</p>
      @if (formError(); as e) { <p class="form-error" role="alert" data-testid="field-report-error">{{ e }}</p> }
      @if (done()) { <p class="done" role="status" data-testid="field-report-done">{{ s.done }}</p> }
      <div class="row">
        <div class="field">
          <label for="fr-place">{{ s.placeName }}</label>
          <input id="fr-place" maxlength="200" [value]="draft().placeName" (input)="set('placeName', $event)" data-testid="field-report-place-name"
            [attr.aria-invalid]="!!errors()['place.name']" [attr.aria-describedby]="errors()['place.name'] ? 'fr-place-err' : null" />
          @if (errors()['place.name']; as e) { <p class="field-error" id="fr-place-err">{{ e }}</p> }
        </div>
        <div class="field">
          <label for="fr-observed">{{ s.observedAt }}</label>
          <input id="fr-observed" type="datetime-local" [value]="draft().observedAt" (input)="set('observedAt', $event)" data-testid="field-report-observed-at"
            [attr.aria-invalid]="!!errors()['observedAt']" [attr.aria-describedby]="errors()['observedAt'] ? 'fr-observed-err' : null" />
          @if (errors()['observedAt']; as e) { <p class="field-error" id="fr-observed-err">{{ e }}</p> }
        </div>
      </div>
      <div class="row">
        @for (c of coordinates; track c) {
          <div class="field">
            <label [for]="'fr-' + c">{{ c === 'lat' ? s.lat : s.lon }}</label>
            <input [id]="'fr-' + c" type="number" step="any" inputmode="decimal" [value]="draft()[c]" (input)="set(c, $event)" [attr.data-testid]="'field-report-' + c"
              [attr.aria-invalid]="!!errors()['place.' + c]" [attr.aria-describedby]="'fr-coords-hint' + (errors()['place.' + c] ? ' fr-' + c + '-err' : '')" />
            @if (errors()['place.' + c]; as e) { <p class="field-error" [id]="'fr-' + c + '-err'" [attr.data-testid]="'field-report-' + c + '-error'">{{ e }}</p> }
          </div>
        }
      </div>
      <p class="hint" id="fr-coords-hint">{{ s.coordinatesHint }}</p>
      <fieldset>
        <legend>{{ s.movements }}</legend>
        @if (errors()['movements']; as e) { <p class="field-error">{{ e }}</p> }
        @for (m of draft().movements; track $index; let i = $index) {
          <div class="row">
            @for (f of movementChoices; track f.key) {
              <div class="field">
                <label [for]="'fr-m-' + f.key + '-' + i">{{ f.label(i + 1) }}</label>
                <select [id]="'fr-m-' + f.key + '-' + i" [value]="m[f.key]" (change)="setMovement(i, f.key, $event)" [attr.data-testid]="'field-report-movement-' + f.key + '-' + i">
                  @for (o of f.options; track o) { <option [value]="o" [selected]="o === m[f.key]">{{ f.words[o] ?? o }}</option> }
                </select>
              </div>
            }
            <div class="field">
              <label [for]="'fr-m-count-' + i">{{ s.count(i + 1) }}</label>
              <input [id]="'fr-m-count-' + i" type="number" min="0" step="1" inputmode="numeric" [value]="m.count" (input)="setMovement(i, 'count', $event)"
                [attr.data-testid]="'field-report-movement-count-' + i" [attr.aria-invalid]="!!errors()['movements.' + i + '.count']"
                [attr.aria-describedby]="errors()['movements.' + i + '.count'] ? 'fr-m-count-err-' + i : null" />
              @if (errors()['movements.' + i + '.count']; as e) { <p class="field-error" [id]="'fr-m-count-err-' + i">{{ e }}</p> }
            </div>
            <button type="button" class="link" (click)="removeMovement(i)">{{ s.removeMovement(i + 1) }}</button>
          </div>
        }
        <button type="button" (click)="addMovement()" data-testid="field-report-add-movement">{{ s.addMovement }}</button>
      </fieldset>
      <fieldset>
        <legend>{{ s.incidents }}</legend>
        @if (errors()['incidents']; as e) { <p class="field-error">{{ e }}</p> }
        @for (r of draft().incidents; track $index; let i = $index) {
          <div class="row">
            <div class="field">
              <label [for]="'fr-i-kind-' + i">{{ s.incidentKind(i + 1) }}</label>
              <select [id]="'fr-i-kind-' + i" [value]="r.kind" (change)="setIncident(i, 'kind', $event)" [attr.data-testid]="'field-report-incident-kind-' + i">
                @for (k of incidentKinds; track k) { <option [value]="k" [selected]="k === r.kind">{{ ui.incident[k] ?? k }}</option> }
              </select>
            </div>
            <div class="field">
              <label [for]="'fr-i-count-' + i">{{ s.incidentCount(i + 1) }}</label>
              <input [id]="'fr-i-count-' + i" type="number" min="0" step="1" inputmode="numeric" [value]="r.count" (input)="setIncident(i, 'count', $event)"
                [attr.data-testid]="'field-report-incident-count-' + i" [attr.aria-invalid]="!!errors()['incidents.' + i + '.count']"
                [attr.aria-describedby]="errors()['incidents.' + i + '.count'] ? 'fr-i-count-err-' + i : null" />
              @if (errors()['incidents.' + i + '.count']; as e) { <p class="field-error" [id]="'fr-i-count-err-' + i">{{ e }}</p> }
            </div>
            <button type="button" class="link" (click)="removeIncident(i)">{{ s.removeIncident(i + 1) }}</button>
          </div>
        }
        <button type="button" (click)="addIncident()" data-testid="field-report-add-incident">{{ s.addIncident }}</button>
      </fieldset>
      <fieldset>
        <legend>{{ s.needs }}</legend>
        @if (errors()['needs']; as e) { <p class="field-error">{{ e }}</p> }
        <div class="checks">
          @for (n of needs; track n) {
            <label class="check"><input type="checkbox" [checked]="draft().needs.includes(n)" (change)="toggleNeed(n, $event)" [attr.data-testid]="'field-need-' + n" /> {{ ui.need[n] ?? n }}</label>
          }
        </div>
      </fieldset>
      <div class="field">
        <label for="fr-note">{{ s.note }}</label>
        <textarea id="fr-note" rows="2" [attr.maxlength]="noteMax" [value]="draft().note" (input)="set('note', $event)" data-testid="field-report-note"
          [attr.aria-invalid]="!!errors()['note']" [attr.aria-describedby]="errors()['note'] ? 'fr-note-err' : null"></textarea>
        @if (errors()['note']; as e) { <p class="field-error" id="fr-note-err">{{ e }}</p> }
      </div>
      <button type="submit" class="primary" [disabled]="sending()" data-testid="field-report-submit">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
  styles: `
    .row { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr)); align-items: end; }
    fieldset { display: grid; gap: 0.5rem; min-inline-size: 0; }
    .checks { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
    .check { display: inline-flex; gap: 0.4rem; align-items: center; font-weight: normal; }
  `,
})
export class FieldReportFormComponent {
  private readonly store = inject(FieldReportsStore);
  protected readonly s = CRISIS_STRINGS.fieldReports;
  protected readonly ui = CRISIS_UI_STRINGS.field;
  protected readonly coordinates = ['lat', 'lon'] as const;
  protected readonly incidentKinds = PROTECTION_INCIDENT_KINDS;
  protected readonly needs = FIELD_NEEDS;
  protected readonly noteMax = FIELD_NOTE_MAX;
  protected readonly movementChoices = [
    { key: 'direction' as const, options: MOVEMENT_DIRECTIONS, words: this.ui.direction, label: (i: number) => this.s.direction(i) },
    { key: 'sex' as const, options: OBSERVED_SEXES, words: this.ui.sex, label: (i: number) => this.s.sex(i) },
    { key: 'ageBand' as const, options: AGE_BANDS, words: this.ui.ageBand, label: (i: number) => this.s.ageBand(i) },
  ];
  protected readonly draft = signal<FieldReportDraft>(emptyFieldReportDraft());
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);

  protected set(key: 'placeName' | 'lat' | 'lon' | 'observedAt' | 'note', event: Event): void {
    this.draft.update((d) => ({ ...d, [key]: inputValue(event) }));
  }

  protected setMovement(i: number, key: keyof MovementDraft, event: Event): void {
    this.draft.update((d) => ({ ...d, movements: d.movements.map((m, j) => (j === i ? { ...m, [key]: inputValue(event) } : m)) }));
  }

  protected setIncident(i: number, key: keyof IncidentDraft, event: Event): void {
    this.draft.update((d) => ({ ...d, incidents: d.incidents.map((r, j) => (j === i ? { ...r, [key]: inputValue(event) } : r)) }));
  }

  protected addMovement(): void {
    this.draft.update((d) => ({ ...d, movements: [...d.movements, emptyMovement()] }));
  }

  protected removeMovement(i: number): void {
    this.draft.update((d) => ({ ...d, movements: d.movements.filter((_, j) => j !== i) }));
  }

  protected addIncident(): void {
    this.draft.update((d) => ({ ...d, incidents: [...d.incidents, emptyIncident()] }));
  }

  protected removeIncident(i: number): void {
    this.draft.update((d) => ({ ...d, incidents: d.incidents.filter((_, j) => j !== i) }));
  }

  protected toggleNeed(need: string, event: Event): void {
    const on = inputChecked(event);
    this.draft.update((d) => ({ ...d, needs: on ? [...d.needs, need] : d.needs.filter((n) => n !== need) }));
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.formError.set(null);
    const local = validateFieldReportDraft(this.draft(), this.s.messages);
    this.errors.set(local);
    if (Object.keys(local).length) {
      this.formError.set(this.s.fix);
      return;
    }
    this.sending.set(true);
    try {
      await this.store.file(toFieldObservation(this.draft()));
      this.draft.set(emptyFieldReportDraft());
      this.done.set(true);
    } catch (error) {
      const failure = sendFailure(error, (f) => PLACED.test(f));
      this.errors.set(failure.fields);
      this.formError.set(failure.form);
    } finally {
      this.sending.set(false);
    }
  }
}
