import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, Injector, afterNextRender, inject, input, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { CONSULAR_SERVICES, ConsularApi, ConsularService, NationalCase, validateConsularRequest } from '@accord/consular/data-access';
import { CONSULAR_UI_STRINGS } from '@accord/consular/ui';
import { API_ERROR_STRINGS, ApiError, apiErrorText, inputChecked } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { CaseEditorComponent } from './case-editor.component';
import { CONSULAR_STRINGS, errorWords } from './strings';

const blankCase = (): NationalCase => ({ name: '', documentNumber: '', contact: '', location: '', vulnerabilities: [], consentGiven: false, legalBasis: 'consent', purposes: ['consular_assistance'] });

@Component({
  selector: 'acc-new-request-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TextFieldComponent, CaseEditorComponent],
  template: `
    @if (alertId()) { <p><a [routerLink]="['/crisis/alerts', alertId()]">{{ s.back }}</a></p> }
    <h1>{{ s.heading }}</h1>
    <p>{{ s.intro }}</p>
    <p class="hint" data-testid="privacy-note">{{ s.privacy }}</p>
    <form class="form wide-form" novalidate autocomplete="off" (submit)="$event.preventDefault(); submit()" data-testid="consular-request-form">
      <p class="form-error" role="alert" tabindex="-1" #formErrorEl [hidden]="!formError()">{{ formError() }}</p>
      <div class="row">
        <acc-text-field fieldId="cr-country" [label]="s.country" [max]="2" [value]="country()" [error]="err('country')" testId="cr-country"
          (valueChange)="country.set($event.toUpperCase())" />
        <acc-text-field fieldId="cr-count" [label]="s.nationalsCount" type="number" min="1" [value]="count()" [error]="err('nationalsCount')" testId="cr-count"
          (valueChange)="count.set($event)" />
      </div>
      <fieldset class="field" [attr.aria-invalid]="!!err('services')" [attr.aria-describedby]="err('services') ? 'cr-services-err' : null">
        <legend>{{ s.services }}</legend>
        <div class="checks">
          @for (sv of serviceList; track sv) {
            <label class="check"><input type="checkbox" [checked]="services().includes(sv)" (change)="toggleService(sv, $event)" [attr.data-testid]="'service-' + sv" /> {{ ui.service[sv] }}</label>
          }
        </div>
        @if (err('services'); as e) { <p class="field-error" id="cr-services-err">{{ e }}</p> }
      </fieldset>
      <h2>{{ s.cases }}</h2>
      @for (c of cases(); track $index; let i = $index) {
        <acc-case-editor [index]="i" [value]="c" [errors]="errors()" (valueChange)="setCase(i, $event)" (remove)="removeCase(i)" />
      }
      <button type="button" (click)="addCase()" data-testid="add-case">{{ s.addCase }}</button>
      <button type="submit" class="primary" [disabled]="sending()" data-testid="cr-submit">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
  styles: `
    .row { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); }
    .checks { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
    .check { display: inline-flex; gap: 0.4rem; align-items: center; font-weight: normal; }
    h2 { margin: 0; }
  `,
})
export class NewRequestPageComponent {
  /** From `?alertId=&country=` when coming from an alert. */
  readonly alertId = input<string | undefined>();
  readonly countryParam = input<string | undefined>(undefined, { alias: 'country' });
  private readonly api = inject(ConsularApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly formErrorEl = viewChild<ElementRef<HTMLElement>>('formErrorEl');
  protected readonly s = CONSULAR_STRINGS.create;
  protected readonly ui = CONSULAR_UI_STRINGS;
  protected readonly serviceList = CONSULAR_SERVICES;
  protected readonly country = signal('');
  protected readonly count = signal('1');
  protected readonly services = signal<ConsularService[]>(['welfare_check']);
  protected readonly cases = signal<NationalCase[]>([blankCase()]);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);

  constructor() {
    afterNextRender(() => this.country.set((this.countryParam() ?? '').toUpperCase()));
    // Personal data lives in these signals only; drop them as soon as the page goes.
    inject(DestroyRef).onDestroy(() => this.cases.set([]));
  }

  protected err(key: string): string | null {
    return errorWords(this.errors()[key]);
  }

  protected toggleService(sv: ConsularService, event: Event): void {
    const on = inputChecked(event);
    this.services.update((list) => (on ? [...list, sv] : list.filter((x) => x !== sv)));
  }

  protected setCase(i: number, c: NationalCase): void {
    this.cases.update((list) => list.map((x, j) => (j === i ? c : x)));
  }

  protected addCase(): void {
    this.cases.update((list) => [...list, blankCase()]);
  }

  protected removeCase(i: number): void {
    this.cases.update((list) => list.filter((_, j) => j !== i));
  }

  protected async submit(): Promise<void> {
    const alertId = this.alertId();
    const request = {
      country: this.country().trim(), nationalsCount: this.count().trim() === '' ? NaN : Number(this.count()), services: this.services(),
      cases: this.cases().map((c) => ({ ...c, name: c.name.trim(), documentNumber: c.documentNumber.trim(), contact: c.contact.trim(), location: c.location.trim() })),
      ...(alertId ? { alertId } : {}),
    };
    const errors = validateConsularRequest(request);
    this.errors.set(errors);
    if (Object.keys(errors).length) return this.fail(API_ERROR_STRINGS.fixFields);
    this.sending.set(true);
    try {
      const { id } = await this.api.raise(request);
      this.cases.set([]);
      await this.router.navigate(['/crisis/consular', id]);
    } catch (error) {
      if (error instanceof ApiError) this.errors.set(error.fieldMessages());
      this.fail(apiErrorText(error));
    } finally {
      this.sending.set(false);
    }
  }

  private fail(message: string): void {
    this.formError.set(message);
    afterNextRender(() => this.formErrorEl()?.nativeElement.focus(), { injector: this.injector });
  }
}
