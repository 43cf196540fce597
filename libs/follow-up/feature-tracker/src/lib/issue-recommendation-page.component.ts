import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import { FieldErrors, FollowUpApi, validateIssue } from '@accord/follow-up/data-access';
import { API_ERROR_STRINGS, ApiError, AuthStore, OrganisationsStore, apiErrorText, inputChecked } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { TRACKER_STRINGS, errorWords } from './strings';
import { localToday } from './today';

type TextKey = 'process' | 'meetingTitle' | 'date' | 'title' | 'text' | 'dueDate';

interface FieldSpec {
  key: TextKey;
  label: string;
  type: 'text' | 'date';
  max: number | null;
  hint: string | null;
}

@Component({
  selector: 'acc-issue-recommendation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ s.heading }}</h1>
    <p>{{ s.intro }}</p>
    <form class="form wide-form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="issue-form">
      <p class="form-error" role="alert" tabindex="-1" #formErrorEl [hidden]="!formError()">{{ formError() }}</p>
      <fieldset class="field">
        <legend>{{ s.meeting }}</legend>
        @for (f of meetingFields; track f.key) {
          <acc-text-field [fieldId]="'ir-' + f.key" [label]="f.label" [type]="f.type" [max]="f.max" [hint]="f.hint" [value]="draft()[f.key]"
            [error]="err(f.key)" [testId]="'issue-' + f.key" (valueChange)="set(f.key, $event)" />
        }
      </fieldset>
      <fieldset class="field">
        <legend>{{ s.recommendation }}</legend>
        @for (f of recommendationFields; track f.key) {
          <acc-text-field [fieldId]="'ir-' + f.key" [label]="f.label" [type]="f.type" [max]="f.max" [multiline]="f.key === 'text'" [value]="draft()[f.key]"
            [error]="err(f.key)" [testId]="'issue-' + f.key" (valueChange)="set(f.key, $event)" />
        }
        <fieldset class="field" [attr.aria-invalid]="!!errors()['addresseeIds']" [attr.aria-describedby]="errors()['addresseeIds'] ? 'ir-addressees-err' : null">
          <legend>{{ s.addressees }}</legend>
          <div class="checks">
            @for (o of addresseeOptions(); track o.id) {
              <label class="check"><input type="checkbox" [checked]="addressees().includes(o.id)" (change)="toggle(o.id, $event)"
                [attr.data-testid]="'addressee-' + o.id" /> {{ o.name }}</label>
            }
          </div>
          @if (errors()['addresseeIds']; as e) { <p class="field-error" id="ir-addressees-err">{{ words(e) }}</p> }
        </fieldset>
      </fieldset>
      <button type="submit" class="primary" [disabled]="sending()" data-testid="issue-submit">{{ sending() ? s.sending : s.submit }}</button>
    </form>

  `,
  imports: [TextFieldComponent],
  styles: `
    .checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: 0.25rem 1rem; }
    .check { display: flex; gap: 0.5rem; align-items: center; font-weight: normal; }
  `,
})
export class IssueRecommendationPageComponent {
  private readonly api = inject(FollowUpApi);
  private readonly orgs = inject(OrganisationsStore);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly formErrorEl = viewChild<ElementRef<HTMLElement>>('formErrorEl');
  protected readonly s = TRACKER_STRINGS.issue;
  protected readonly words = errorWords;
  protected readonly meetingFields: FieldSpec[] = [
    { key: 'process', label: this.s.process, type: 'text', max: 100, hint: this.s.processHint },
    { key: 'meetingTitle', label: this.s.meetingTitle, type: 'text', max: 200, hint: null },
    { key: 'date', label: this.s.date, type: 'date', max: null, hint: null },
  ];
  protected readonly recommendationFields: FieldSpec[] = [
    { key: 'title', label: this.s.title, type: 'text', max: 200, hint: null },
    { key: 'text', label: this.s.text, type: 'text', max: 8000, hint: null },
    { key: 'dueDate', label: this.s.dueDate, type: 'date', max: null, hint: null },
  ];
  protected readonly draft = signal<Record<TextKey, string>>({ process: '', meetingTitle: '', date: localToday(), title: '', text: '', dueDate: '' });
  protected readonly addressees = signal<string[]>([]);
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly addresseeOptions = computed(() => this.orgs.all().filter((o) => o.id !== this.auth.organisationId() && o.kind !== 'secretariat'));

  constructor() {
    void this.orgs.load();
  }

  protected err(key: string): string | null {
    const e = this.errors()[key];
    return e ? errorWords(e) : null;
  }

  protected set(key: TextKey, value: string): void {
    this.draft.update((d) => ({ ...d, [key]: value }));
  }

  protected toggle(id: string, event: Event): void {
    const on = inputChecked(event);
    this.addressees.update((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  }

  protected async submit(): Promise<void> {
    this.formError.set(null);
    const d = this.draft();
    const meeting = { title: d.meetingTitle.trim(), date: d.date, process: d.process.trim() };
    const rec = { title: d.title.trim(), text: d.text.trim(), addresseeIds: this.addressees(), dueDate: d.dueDate };
    const errors = validateIssue(meeting, rec, localToday());
    this.errors.set(errors);
    if (Object.keys(errors).length) return this.fail(API_ERROR_STRINGS.fixFields);
    this.sending.set(true);
    try {
      const m = await this.api.recordMeeting(meeting);
      const issued = await this.api.issue({ ...rec, meetingId: m.id });
      await this.router.navigate(['/follow-up/recommendations', issued.id]);
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
