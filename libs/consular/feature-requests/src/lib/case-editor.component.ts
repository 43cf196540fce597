import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { LEGAL_BASES, LegalBasis, NationalCase, SHARING_PURPOSES, SharingPurpose } from '@accord/consular/data-access';
import { CONSULAR_UI_STRINGS } from '@accord/consular/ui';
import { inputChecked, inputValue } from '@accord/portal/data-access';
import { TextFieldComponent } from '@accord/portal/ui';
import { CONSULAR_STRINGS, errorWords } from './strings';

type TextKey = 'name' | 'documentNumber' | 'contact' | 'location';

/** The fields of one national in the request form. Autocomplete is off: these are not the user's own data. */
@Component({
  selector: 'acc-case-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent],
  template: `
    <fieldset class="case" [attr.data-testid]="'case-editor-' + index()">
      <legend>{{ s.caseHeading(index() + 1) }}</legend>
      <div class="grid">
        @for (f of textFields; track f.key) {
          <acc-text-field [fieldId]="id(f.key)" [label]="f.label" [max]="200" autocomplete="off" [value]="value()[f.key]" [error]="err(f.key)"
            [testId]="'case-' + index() + '-' + f.key" (valueChange)="set(f.key, $event)" />
        }
        <acc-text-field [fieldId]="id('vulnerabilities')" [label]="s.vulnerabilities" autocomplete="off" [value]="value().vulnerabilities.join(', ')"
          (valueChange)="setVulnerabilities($event)" />
        <div class="field">
          <label [for]="id('legalBasis')">{{ s.legalBasis }}</label>
          <select [id]="id('legalBasis')" (change)="setBasis($event)">
            @for (b of bases; track b) { <option [value]="b" [selected]="b === value().legalBasis">{{ ui.legalBasis[b] }}</option> }
          </select>
        </div>
      </div>
      <label class="check"><input type="checkbox" [checked]="value().consentGiven" (change)="patch({ consentGiven: checked($event) })"
        [attr.aria-invalid]="!!err('consentGiven')" [attr.aria-describedby]="err('consentGiven') ? id('consent-err') : null" [attr.data-testid]="'case-' + index() + '-consent'" /> {{ s.consent }}</label>
      @if (err('consentGiven'); as e) { <p class="field-error" [id]="id('consent-err')">{{ e }}</p> }
      <fieldset class="field" [attr.aria-invalid]="!!err('purposes')">
        <legend>{{ s.purposes }}</legend>
        <div class="checks">
          @for (p of purposes; track p) {
            <label class="check"><input type="checkbox" [checked]="value().purposes.includes(p)" (change)="togglePurpose(p, $event)" /> {{ ui.purpose[p] }}</label>
          }
        </div>
        @if (err('purposes'); as e) { <p class="field-error">{{ e }}</p> }
      </fieldset>
      <button type="button" class="link" (click)="remove.emit()">{{ s.removeCase(index() + 1) }}</button>
    </fieldset>
  `,
  styles: `
    .case { display: grid; gap: 0.75rem; border: 1px solid #c9d1dc; border-radius: 6px; padding: 0.75rem; margin: 0; }
    legend { font-weight: 700; }
    .grid { display: grid; gap: 0.75rem 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); }
    .checks { display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
    .check { display: inline-flex; gap: 0.4rem; align-items: center; font-weight: normal; }
    button.link { justify-self: start; }
  `,
})
export class CaseEditorComponent {
  readonly index = input.required<number>();
  readonly value = input.required<NationalCase>();
  readonly errors = input<Record<string, string>>({});
  readonly valueChange = output<NationalCase>();
  readonly remove = output<void>();
  protected readonly s = CONSULAR_STRINGS.create;
  protected readonly ui = CONSULAR_UI_STRINGS;
  protected readonly bases = LEGAL_BASES;
  protected readonly purposes = SHARING_PURPOSES;
  protected readonly checked = inputChecked;
  protected readonly textFields: { key: TextKey; label: string }[] = [
    { key: 'name', label: this.s.name },
    { key: 'documentNumber', label: this.s.documentNumber },
    { key: 'contact', label: this.s.contact },
    { key: 'location', label: this.s.location },
  ];

  protected id(field: string): string {
    return `case-${this.index()}-${field}`;
  }

  protected err(field: string): string | null {
    return errorWords(this.errors()[`cases.${this.index()}.${field}`]);
  }

  protected patch(change: Partial<NationalCase>): void {
    this.valueChange.emit({ ...this.value(), ...change });
  }

  protected set(key: TextKey, v: string): void {
    this.patch({ [key]: v });
  }

  protected setVulnerabilities(v: string): void {
    this.patch({ vulnerabilities: v.split(',').map((x) => x.trim()).filter(Boolean) });
  }

  protected setBasis(event: Event): void {
    const basis = LEGAL_BASES.find((b) => b === inputValue(event));
    if (basis) this.patch({ legalBasis: basis as LegalBasis });
  }

  protected togglePurpose(p: SharingPurpose, event: Event): void {
    const on = inputChecked(event);
    const list = this.value().purposes;
    this.patch({ purposes: on ? [...list, p] : list.filter((x) => x !== p) });
  }
}
