import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import { ApiError, AuthStore } from '@accord/portal/data-access';
import { CommitmentsApi, FieldErrors, NewCommitment, ReferenceStore, localToday, validateNewCommitment } from '@accord/commitments/data-access';
import { errorText, fieldText } from './error-text';
import { COMMITMENT_STRINGS } from './strings';

type TextField = 'title' | 'description' | 'indicator' | 'baseline' | 'targetValue' | 'dueDate';

@Component({
  selector: 'acc-new-commitment-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ s.heading }}</h1>
    @if (auth.person(); as p) { <p>{{ s.intro(p.organisationName) }}</p> }
    <form class="form wide-form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="new-commitment-form">
      <p class="form-error" role="alert" #formErrorEl tabindex="-1" [hidden]="!formError()">{{ formError() }}</p>

      <div class="field">
        <label for="nc-title">{{ s.title }}</label>
        <input id="nc-title" name="title" required minlength="5" maxlength="200" [value]="draft().title" (input)="setText('title', $event)"
          [attr.aria-invalid]="!!errors()['title']" [attr.aria-describedby]="describe('title', 'nc-title-hint')" />
        <p class="hint" id="nc-title-hint">{{ s.titleHint }}</p>
        @if (errors()['title']; as e) { <p class="field-error" id="nc-title-err">{{ text(e) }}</p> }
      </div>

      <div class="field">
        <label for="nc-description">{{ s.description }}</label>
        <textarea id="nc-description" name="description" rows="5" maxlength="4000" [value]="draft().description" (input)="setText('description', $event)"
          [attr.aria-invalid]="!!errors()['description']" [attr.aria-describedby]="describe('description', 'nc-description-hint')"></textarea>
        <p class="hint" id="nc-description-hint">{{ s.descriptionHint }} ({{ draft().description.length }}/4000)</p>
        @if (errors()['description']; as e) { <p class="field-error" id="nc-description-err">{{ text(e) }}</p> }
      </div>

      <fieldset class="field" [attr.aria-invalid]="!!errors()['gcmObjectives']" [attr.aria-describedby]="errors()['gcmObjectives'] ? 'nc-gcmObjectives-err' : null">
        <legend>{{ s.gcm }}</legend>
        @if (errors()['gcmObjectives']; as e) { <p class="field-error" id="nc-gcmObjectives-err">{{ text(e) }}</p> }
        <div class="checks">
          @for (g of gcmList(); track g.number) {
            <label class="check"><input type="checkbox" name="gcm" [value]="g.number" [checked]="draft().gcmObjectives.includes(g.number)"
              (change)="toggleGcm(g.number, $event)" /> <span>{{ g.number }}. {{ g.short }}</span></label>
          }
        </div>
      </fieldset>

      <fieldset class="field">
        <legend>{{ s.sdg }}</legend>
        @if (draft().sdgTargets.length) {
          <ul class="chosen">
            @for (code of draft().sdgTargets; track code) {
              <li><span>{{ code }}</span> <button type="button" class="link" (click)="removeSdg(code)" [attr.aria-label]="s.sdgRemove(code)">✕</button></li>
            }
          </ul>
        }
        <label for="nc-sdg">{{ s.sdgInput }}</label>
        <div class="row">
          <input id="nc-sdg" list="nc-sdg-list" autocomplete="off" [value]="sdgInput()" (input)="sdgInput.set(value($event))"
            (keydown.enter)="$event.preventDefault(); addSdg()" [attr.aria-invalid]="!!errors()['sdgTargets']" [attr.aria-describedby]="describe('sdgTargets', 'nc-sdg-hint')" />
          <button type="button" (click)="addSdg()">{{ s.sdgAdd }}</button>
        </div>
        <datalist id="nc-sdg-list">
          @for (t of ref.sdgTargets(); track t.code) { <option [value]="t.code">{{ t.code }} {{ t.title }}</option> }
        </datalist>
        <p class="hint" id="nc-sdg-hint">{{ s.sdgHint }}</p>
        @if (errors()['sdgTargets']; as e) { <p class="field-error" id="nc-sdgTargets-err">{{ text(e) }}</p> }
      </fieldset>

      @for (f of smallFields; track f.key) {
        <div class="field">
          <label [for]="'nc-' + f.key">{{ f.label }}</label>
          <input [id]="'nc-' + f.key" [name]="f.key" [maxLength]="f.max" [value]="draft()[f.key]" (input)="setText(f.key, $event)"
            [attr.aria-invalid]="!!errors()[f.key]" [attr.aria-describedby]="describe(f.key)" />
          @if (errors()[f.key]; as e) { <p class="field-error" [id]="'nc-' + f.key + '-err'">{{ text(e) }}</p> }
        </div>
      }

      <div class="field">
        <label for="nc-dueDate">{{ s.dueDate }}</label>
        <input id="nc-dueDate" name="dueDate" type="date" required [min]="tomorrow" [value]="draft().dueDate" (input)="setText('dueDate', $event)"
          [attr.aria-invalid]="!!errors()['dueDate']" [attr.aria-describedby]="describe('dueDate')" />
        @if (errors()['dueDate']; as e) { <p class="field-error" id="nc-dueDate-err">{{ text(e) }}</p> }
      </div>

      <fieldset class="field" [attr.aria-invalid]="!!errors()['coOwnerIds']" [attr.aria-describedby]="describe('coOwnerIds', 'nc-co-owners-hint')">
        <legend>{{ s.coOwners }}</legend>
        <p class="hint" id="nc-co-owners-hint">{{ s.coOwnersHint }}</p>
        @if (errors()['coOwnerIds']; as e) { <p class="field-error" id="nc-coOwnerIds-err">{{ text(e) }}</p> }
        <div class="checks" data-testid="co-owners">
          @for (o of coOwnerChoices(); track o.id) {
            <label class="check"><input type="checkbox" name="coOwners" [value]="o.id" [checked]="draft().coOwnerIds?.includes(o.id)"
              (change)="toggleCoOwner(o.id, $event)" /> <span>{{ o.name }}</span></label>
          }
        </div>
      </fieldset>

      <button type="submit" class="primary" [disabled]="sending()">{{ sending() ? s.sending : s.submit }}</button>
    </form>
  `,
  styles: `
    .checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr)); gap: 0.25rem 1rem; }
    .check { display: flex; gap: 0.5rem; align-items: flex-start; font-weight: normal; padding-block: 0.2rem; }
    .check input { margin-block-start: 0.2rem; }
    .chosen { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; padding: 0; margin: 0 0 0.5rem; }
    .chosen li { display: inline-flex; align-items: center; gap: 0.25rem; border: 1px solid #e0a98c; background: #fdf3ee; border-radius: 4px; padding-inline: 0.5rem; }
    .row { display: flex; gap: 0.5rem; flex-wrap: wrap; }
    .row input { flex: 1; min-inline-size: 8rem; }
  `,
})
export class NewCommitmentPageComponent {
  protected readonly auth = inject(AuthStore);
  protected readonly ref = inject(ReferenceStore);
  private readonly api = inject(CommitmentsApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly formErrorEl = viewChild<ElementRef<HTMLElement>>('formErrorEl');
  protected readonly s = COMMITMENT_STRINGS.create;
  protected readonly text = fieldText;
  protected readonly tomorrow = localToday(new Date(Date.now() + 86_400_000));

  protected readonly draft = signal<NewCommitment>({ title: '', description: '', gcmObjectives: [], sdgTargets: [], indicator: '', baseline: '', targetValue: '', dueDate: '' });
  protected readonly sdgInput = signal('');
  protected readonly submitted = signal(false);
  protected readonly serverErrors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  /** Client rules show once the person has tried to submit; server messages until the next attempt. */
  protected readonly errors = computed<FieldErrors>(() => ({
    ...this.serverErrors(),
    ...(this.submitted() ? validateNewCommitment(this.draft(), localToday()) : {}),
  }));
  protected readonly gcmList = computed(() => this.ref.gcmObjectives());
  /** Stakeholders other than the one logging (secretariats do not own commitments). */
  protected readonly coOwnerChoices = computed(() => this.ref.organisations().filter((o) => o.kind !== 'secretariat' && o.id !== this.auth.organisationId()));
  protected readonly smallFields: { key: 'indicator' | 'baseline' | 'targetValue'; label: string; max: number }[] = [
    { key: 'indicator', label: this.s.indicator, max: 500 },
    { key: 'baseline', label: this.s.baseline, max: 200 },
    { key: 'targetValue', label: this.s.targetValue, max: 200 },
  ];

  constructor() {
    void this.ref.load();
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected describe(field: string, hint?: string): string | null {
    const ids = [hint, this.errors()[field] ? `nc-${field}-err` : undefined].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  protected setText(field: TextField, event: Event): void {
    const value = this.value(event);
    this.draft.update((d) => ({ ...d, [field]: value }));
    this.clearServerError(field);
  }

  protected toggleGcm(n: number, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.draft.update((d) => ({ ...d, gcmObjectives: on ? [...d.gcmObjectives, n].sort((a, b) => a - b) : d.gcmObjectives.filter((x) => x !== n) }));
    this.clearServerError('gcmObjectives');
  }

  protected toggleCoOwner(id: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.draft.update((d) => ({ ...d, coOwnerIds: on ? [...(d.coOwnerIds ?? []), id] : (d.coOwnerIds ?? []).filter((x) => x !== id) }));
    this.clearServerError('coOwnerIds');
  }

  protected addSdg(): void {
    const code = this.sdgInput().trim().toLowerCase();
    if (!code) return;
    this.draft.update((d) => (d.sdgTargets.includes(code) ? d : { ...d, sdgTargets: [...d.sdgTargets, code] }));
    this.sdgInput.set('');
    this.clearServerError('sdgTargets');
  }

  protected removeSdg(code: string): void {
    this.draft.update((d) => ({ ...d, sdgTargets: d.sdgTargets.filter((c) => c !== code) }));
  }

  protected async submit(): Promise<void> {
    if (this.sdgInput().trim()) this.addSdg();
    this.submitted.set(true);
    this.serverErrors.set({});
    this.formError.set(null);
    const draft = { ...this.draft(), title: this.draft().title.trim() };
    if (Object.keys(validateNewCommitment(draft, localToday())).length) {
      this.showFormError(this.s.fixErrors);
      return;
    }
    this.sending.set(true);
    try {
      const created = await this.api.log(draft);
      await this.router.navigate(['/commitments', created.id]);
    } catch (error) {
      if (error instanceof ApiError) this.serverErrors.set(error.fieldMessages());
      this.showFormError(errorText(error));
    } finally {
      this.sending.set(false);
    }
  }

  private showFormError(message: string): void {
    this.formError.set(message);
    afterNextRender(() => this.formErrorEl()?.nativeElement.focus(), { injector: this.injector });
  }

  private clearServerError(field: string): void {
    if (!this.serverErrors()[field]) return;
    this.serverErrors.update((errors) => {
      const rest = { ...errors };
      delete rest[field];
      return rest;
    });
  }
}
