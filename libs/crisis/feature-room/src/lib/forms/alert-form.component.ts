import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import {
  ALERT_KINDS, AlertDraft, AlertPublicView, AlertTerms, AreaDraft, CAP_CATEGORIES, CAP_CERTAINTIES, CAP_SEVERITIES, CAP_URGENCIES, FieldErrors, InfoDraft,
  READER_LANGUAGES, draftFromAlert, emptyAlertDraft, emptyArea, emptyInfo, toAlertTerms, validateAlertDraft,
} from '@accord/crisis/data-access';
import { CRISIS_UI_STRINGS } from '@accord/crisis/ui';
import { inputChecked, inputValue } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { CRISIS_STRINGS } from '../strings';
import { sendFailure } from './form-errors';

type Choice = 'kind' | 'severity' | 'urgency' | 'certainty';
const TOP_FIELDS = ['country', 'kind', 'severity', 'urgency', 'certainty', 'categories', 'areas', 'infos', 'sources'];
const AREA_FIELDS = ['name', 'polygons', 'circles'];
const INFO_FIELDS = ['language', 'event', 'headline', 'description', 'instruction', 'areaNames'];

/** Raise (no `alert`) or update an alert: every CAP field, several areas, one info block per language. */
@Component({
  selector: 'acc-alert-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent],
  templateUrl: './alert-form.component.html',
  styles: `
    fieldset { display: grid; gap: 0.75rem; border: 1px solid #c9d1dc; border-radius: 6px; min-inline-size: 0; }
    .grid { display: grid; gap: 0.75rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); align-items: start; }
    .block { display: grid; gap: 0.75rem; padding: 0.75rem; border: 1px dashed #c9d1dc; border-radius: 6px; }
    .block h4 { margin: 0; }
    .checks { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; }
    .check { display: inline-flex; gap: 0.35rem; align-items: center; font-weight: normal; }
    select { inline-size: 100%; }
  `,
})
export class AlertFormComponent {
  /** the alert to update; absent when raising a new one */
  readonly alert = input<AlertPublicView | null>(null);
  readonly send = input.required<(terms: AlertTerms) => Promise<unknown>>();
  protected readonly s = CRISIS_STRINGS.alertForm;
  protected readonly ui = CRISIS_UI_STRINGS;
  protected readonly options: Record<Choice, readonly string[]> = { kind: ALERT_KINDS, severity: CAP_SEVERITIES, urgency: CAP_URGENCIES, certainty: CAP_CERTAINTIES };
  protected readonly choices: Choice[] = ['kind', 'severity', 'urgency', 'certainty'];
  protected readonly categories = CAP_CATEGORIES;
  private readonly language = (inject(READER_LANGUAGES)()[0] ?? 'en').split('-')[0];
  protected readonly draft = signal<AlertDraft>(emptyAlertDraft(this.language));
  protected readonly errors = signal<FieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);
  protected readonly updating = computed(() => !!this.alert());

  constructor() {
    // Only a new version replaces the draft: a live refresh of the same alert must not wipe what is being typed.
    let shown = '';
    effect(() => {
      const a = this.alert();
      const key = a ? `${a.id}:${a.version}` : '';
      if (!a || key === shown) return;
      shown = key;
      untracked(() => this.draft.set(draftFromAlert(a)));
    });
  }

  protected set(field: 'country' | 'sources' | Choice, value: string): void {
    this.draft.update((d) => ({ ...d, [field]: value }));
  }

  protected choose(field: Choice, event: Event): void {
    this.set(field, inputValue(event));
  }

  protected toggleCategory(c: string, event: Event): void {
    const on = inputChecked(event);
    this.draft.update((d) => ({ ...d, categories: on ? [...d.categories, c] : d.categories.filter((x) => x !== c) }));
  }

  protected setArea(i: number, field: keyof AreaDraft, value: string): void {
    this.draft.update((d) => ({ ...d, areas: d.areas.map((a, j) => (j === i ? { ...a, [field]: value } : a)) }));
  }

  protected setInfo(i: number, field: keyof InfoDraft, value: string): void {
    this.draft.update((d) => ({ ...d, infos: d.infos.map((a, j) => (j === i ? { ...a, [field]: value } : a)) }));
  }

  protected addArea(): void {
    this.draft.update((d) => ({ ...d, areas: [...d.areas, emptyArea()] }));
  }

  protected addInfo(): void {
    this.draft.update((d) => ({ ...d, infos: [...d.infos, emptyInfo()] }));
  }

  protected removeArea(i: number): void {
    this.draft.update((d) => ({ ...d, areas: d.areas.filter((_, j) => j !== i) }));
  }

  protected removeInfo(i: number): void {
    this.draft.update((d) => ({ ...d, infos: d.infos.filter((_, j) => j !== i) }));
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    this.formError.set(null);
    this.errors.set(validateAlertDraft(this.draft(), this.s.messages));
    if (Object.keys(this.errors()).length) {
      this.formError.set(this.s.fix);
      return;
    }
    this.sending.set(true);
    try {
      await this.send()(toAlertTerms(this.draft()));
      this.done.set(true);
    } catch (error) {
      const failure = sendFailure(error, (f) => this.placed(f));
      this.errors.set(failure.fields);
      this.formError.set(failure.form);
    } finally {
      this.sending.set(false);
    }
  }

  /** The message for a field, or for something inside it (`areas.0.polygons.2` shows at `areas.0.polygons`). */
  protected err(key: string): string | null {
    const errors = this.errors();
    return errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(key + '.'))?.[1] ?? null;
  }

  private placed(field: string): boolean {
    const [top, index, leaf] = field.split('.');
    if (leaf === undefined) return TOP_FIELDS.includes(top);
    if (top === 'areas') return Number(index) < this.draft().areas.length && AREA_FIELDS.includes(leaf);
    return top === 'infos' && Number(index) < this.draft().infos.length && INFO_FIELDS.includes(leaf);
  }
}
