import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ALERT_KINDS, CrisisApi, Saved } from '@accord/crisis/data-access';
import { CRISIS_UI_STRINGS } from '@accord/crisis/ui';
import { ApiError, apiErrorText, inputValue } from '@accord/portal/data-access';
import { CRISIS_STRINGS } from './strings';

const COUNTRY = /^[A-Z]{2}$/;
/** Fields this page shows beside an input; every other reason the server gives is listed at the top. */
const PLACED: Record<string, 'country' | 'kind' | 'xml'> = { country: 'country', kind: 'kind', body: 'xml' };

/** An agency brings in an alert published elsewhere as CAP 1.2: pasted, or read from a file in the browser. */
@Component({
  selector: 'acc-cap-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <p><a routerLink="/crisis">{{ s.back }}</a></p>
    <h1>{{ s.heading }}</h1>
    <p>{{ s.intro }}</p>
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="cap-import-form" aria-labelledby="cap-import-heading">
      <h2 id="cap-import-heading" class="visually-hidden">{{ s.heading }}</h2>
      @if (reasons().length) {
        <div class="form-error" role="alert" data-testid="cap-import-refused">
          <p><span aria-hidden="true">⚠</span> {{ s.refused }}</p>
          <ul>@for (r of reasons(); track $index) { <li>{{ r }}</li> }</ul>
        </div>
      }
      @if (saved(); as done) {
        <p class="done" role="status" data-testid="cap-import-done"><span aria-hidden="true">✓</span> {{ s.done }}
          <a [routerLink]="['/crisis/alerts', done.id]" data-testid="cap-import-open">{{ s.open }}</a></p>
      }
      <div class="row">
        <div class="field">
          <label for="ci-country">{{ s.country }}</label>
          <input id="ci-country" maxlength="2" autocomplete="off" [value]="country()" (input)="country.set(inputValue($event).toUpperCase())" data-testid="cap-import-country"
            [attr.aria-invalid]="!!errors()['country']" [attr.aria-describedby]="'ci-country-hint' + (errors()['country'] ? ' ci-country-err' : '')" />
          <p class="hint" id="ci-country-hint">{{ s.countryHint }}</p>
          @if (errors()['country']; as e) { <p class="field-error" id="ci-country-err">{{ e }}</p> }
        </div>
        <div class="field">
          <label for="ci-kind">{{ s.kind }}</label>
          <select id="ci-kind" [value]="kind()" (change)="kind.set(inputValue($event))" data-testid="cap-import-kind"
            [attr.aria-invalid]="!!errors()['kind']" [attr.aria-describedby]="errors()['kind'] ? 'ci-kind-err' : null">
            <option value="">{{ s.kindAuto }}</option>
            @for (k of kinds; track k) { <option [value]="k" [selected]="k === kind()">{{ ui.kind[k] ?? k }}</option> }
          </select>
          @if (errors()['kind']; as e) { <p class="field-error" id="ci-kind-err">{{ e }}</p> }
        </div>
      </div>
      <div class="field">
        <label for="ci-file">{{ s.file }}</label>
        <input id="ci-file" type="file" accept=".xml,application/xml,application/cap+xml,text/xml" (change)="read($event)" data-testid="cap-import-file"
          [attr.aria-describedby]="fileError() ? 'ci-file-err' : null" />
        @if (fileError()) { <p class="field-error" id="ci-file-err">{{ s.fileFailed }}</p> }
      </div>
      <div class="field">
        <label for="ci-xml">{{ s.xml }}</label>
        <textarea id="ci-xml" rows="12" spellcheck="false" dir="ltr" [value]="xml()" (input)="xml.set(inputValue($event))" data-testid="cap-import-xml"
          [attr.aria-invalid]="!!errors()['xml']" [attr.aria-describedby]="'ci-xml-hint' + (errors()['xml'] ? ' ci-xml-err' : '')"></textarea>
        <p class="hint" id="ci-xml-hint">{{ s.xmlHint }}</p>
        @if (errors()['xml']; as e) { <p class="field-error" id="ci-xml-err" data-testid="cap-import-xml-error">{{ e }}</p> }
      </div>
      <button type="submit" class="primary" [disabled]="sending()" data-testid="cap-import-submit">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
  styles: `
    .row { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); align-items: start; }
    textarea { font-family: ui-monospace, monospace; font-size: 0.85rem; inline-size: 100%; }
    .form-error ul { margin: 0; padding-inline-start: 1.2rem; overflow-wrap: anywhere; }
    .form-error p { margin: 0; }
  `,
})
export class CapImportPageComponent {
  private readonly api = inject(CrisisApi);
  protected readonly s = CRISIS_STRINGS.capImport;
  protected readonly ui = CRISIS_UI_STRINGS;
  protected readonly kinds = ALERT_KINDS;
  protected readonly inputValue = inputValue;
  protected readonly country = signal('');
  protected readonly kind = signal('');
  protected readonly xml = signal('');
  protected readonly errors = signal<Partial<Record<'country' | 'kind' | 'xml', string>>>({});
  protected readonly reasons = signal<string[]>([]);
  protected readonly fileError = signal(false);
  protected readonly sending = signal(false);
  protected readonly saved = signal<Saved | null>(null);

  protected async read(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.fileError.set(false);
    if (!file) return;
    try {
      this.xml.set(await file.text());
    } catch (error) {
      console.error('CAP file could not be read', error);
      this.fileError.set(true);
    }
  }

  protected async submit(): Promise<void> {
    this.saved.set(null);
    this.reasons.set([]);
    const local: Partial<Record<'country' | 'xml', string>> = {};
    if (!COUNTRY.test(this.country())) local.country = this.s.messages.country;
    if (!this.xml().trim()) local.xml = this.s.messages.xml;
    this.errors.set(local);
    if (Object.keys(local).length) return;
    this.sending.set(true);
    try {
      this.saved.set(await this.api.importCap({ xml: this.xml(), country: this.country(), kind: this.kind() || undefined }));
    } catch (error) {
      this.showRefusal(error);
    } finally {
      this.sending.set(false);
    }
  }

  /** A 4xx says why in the server's words: beside the field it names, or listed at the top. */
  private showRefusal(error: unknown): void {
    if (!(error instanceof ApiError) || error.status < 400 || error.status >= 500 || error.status === 401 || error.status === 403) {
      this.reasons.set([apiErrorText(error)]);
      return;
    }
    const placed: Partial<Record<'country' | 'kind' | 'xml', string>> = {};
    const rest: string[] = [];
    for (const f of error.fields) {
      const at = PLACED[f.field];
      if (at) placed[at] ??= f.message;
      else rest.push(`${f.field}: ${f.message}`);
    }
    this.errors.set(placed);
    this.reasons.set(rest.length || error.fields.length ? rest : [error.message]);
    if (!rest.length && error.fields.length) this.reasons.set([this.s.seeFields]);
  }
}
