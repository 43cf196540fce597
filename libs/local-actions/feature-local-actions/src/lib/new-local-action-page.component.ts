import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import { LOCAL_ACTION_STATUSES, LocalActionStatus, LocalActionsApi, NewLocalAction, validateLocalAction } from '@accord/local-actions/data-access';
import { LOCAL_ACTION_UI_STRINGS } from '@accord/local-actions/ui';
import { API_ERROR_STRINGS, ApiError, AuthStore, OrganisationsStore, apiErrorText, inputValue } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { parseIds } from './parse-ids';
import { LOCAL_ACTION_STRINGS, words } from './strings';

type Key = 'title' | 'description' | 'date' | 'placeName' | 'country' | 'beneficiaries' | 'commitmentIds' | 'recommendationIds';

@Component({
  selector: 'acc-new-local-action-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent],
  template: `
    <h1>{{ s.heading }}</h1>
    @if (!isCity()) {
      <p class="form-error" data-testid="not-city">{{ s.notCity }}</p>
    } @else {
      <p>{{ s.intro(auth.person()?.organisationName ?? '') }}</p>
      <form class="form wide-form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="local-action-form">
        <p class="form-error" role="alert" tabindex="-1" #formErrorEl [hidden]="!formError()">{{ formError() }}</p>
        <acc-text-field fieldId="la-title" [label]="s.title" [max]="200" [value]="draft().title" [error]="err('title')" testId="la-title" (valueChange)="set('title', $event)" />
        <acc-text-field fieldId="la-description" [label]="s.description" [multiline]="true" [max]="4000" [value]="draft().description" [error]="err('description')"
          (valueChange)="set('description', $event)" />
        <div class="row">
          <acc-text-field fieldId="la-date" [label]="s.date" type="date" [value]="draft().date" [error]="err('date')" (valueChange)="set('date', $event)" />
          <acc-text-field fieldId="la-place" [label]="s.placeName" [max]="200" [value]="draft().placeName" [error]="err('placeName')" (valueChange)="set('placeName', $event)" />
          <acc-text-field fieldId="la-country" [label]="s.country" [max]="2" [hint]="s.countryHint" [value]="draft().country" [error]="err('country')"
            (valueChange)="set('country', $event.toUpperCase())" />
        </div>
        <div class="row">
          <div class="field">
            <label for="la-status">{{ s.status }}</label>
            <select id="la-status" (change)="status.set(pick($event))">
              @for (st of statuses; track st) { <option [value]="st" [selected]="st === status()">{{ ui.status[st] }}</option> }
            </select>
          </div>
          <acc-text-field fieldId="la-beneficiaries" [label]="s.beneficiaries" type="number" min="0" [value]="draft().beneficiaries" [error]="err('beneficiaries')"
            (valueChange)="set('beneficiaries', $event)" />
        </div>
        <acc-text-field fieldId="la-commitments" [label]="s.commitments" [hint]="s.idsHint" [value]="draft().commitmentIds" [error]="err('commitmentIds')"
          testId="la-commitments" (valueChange)="set('commitmentIds', $event)" />
        <acc-text-field fieldId="la-recommendations" [label]="s.recommendations" [hint]="s.idsHint" [value]="draft().recommendationIds" [error]="err('recommendationIds')"
          (valueChange)="set('recommendationIds', $event)" />
        <button type="submit" class="primary" [disabled]="sending()">{{ sending() ? s.sending : s.submit }}</button>
      </form>
    }
  `,
  styles: `.row { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); }`,
})
export class NewLocalActionPageComponent {
  protected readonly auth = inject(AuthStore);
  private readonly orgs = inject(OrganisationsStore);
  private readonly api = inject(LocalActionsApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly formErrorEl = viewChild<ElementRef<HTMLElement>>('formErrorEl');
  protected readonly s = LOCAL_ACTION_STRINGS.create;
  protected readonly ui = LOCAL_ACTION_UI_STRINGS;
  protected readonly statuses = LOCAL_ACTION_STATUSES;
  protected readonly isCity = computed(() => this.auth.organisationKind() === 'city');
  protected readonly draft = signal<Record<Key, string>>({ title: '', description: '', date: '', placeName: '', country: '', beneficiaries: '0', commitmentIds: '', recommendationIds: '' });
  protected readonly status = signal<LocalActionStatus>('under_way');
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);

  constructor() {
    void this.orgs.load().then(() => {
      const me = this.orgs.find(this.auth.organisationId());
      if (me && !this.draft().placeName) this.draft.update((d) => ({ ...d, placeName: me.name, country: me.country ?? '' }));
    });
  }

  protected err(key: string): string | null {
    return words(this.errors()[key]);
  }

  protected set(key: Key, value: string): void {
    this.draft.update((d) => ({ ...d, [key]: value }));
  }

  protected pick(event: Event): LocalActionStatus {
    return LOCAL_ACTION_STATUSES.find((s) => s === inputValue(event)) ?? 'under_way';
  }

  protected async submit(): Promise<void> {
    const d = this.draft();
    const commitmentIds = parseIds(d.commitmentIds);
    const recommendationIds = parseIds(d.recommendationIds);
    const action: NewLocalAction = {
      title: d.title.trim(), description: d.description.trim(), date: d.date, location: { placeName: d.placeName.trim(), country: d.country.trim() },
      status: this.status(), beneficiaries: d.beneficiaries.trim() === '' ? NaN : Number(d.beneficiaries),
      commitmentIds: commitmentIds ?? [], recommendationIds: recommendationIds ?? [],
    };
    const errors = validateLocalAction(action);
    if (!commitmentIds) errors['commitmentIds'] = 'idsFormat';
    if (!recommendationIds) errors['recommendationIds'] = 'idsFormat';
    this.errors.set(errors);
    if (Object.keys(errors).length) return this.fail(API_ERROR_STRINGS.fixFields);
    this.sending.set(true);
    try {
      await this.api.report(action);
      await this.router.navigate(['/local-actions']);
    } catch (error) {
      if (error instanceof ApiError) this.errors.set(fieldsOf(error));
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

/** Server field names are paths (`location.country`); the form names the last part. */
function fieldsOf(error: ApiError): Record<string, string> {
  return Object.fromEntries(Object.entries(error.fieldMessages()).map(([k, v]) => [k.split('.').pop() ?? k, v]));
}
