import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

export interface OrgChoice {
  id: string;
  name: string;
}

/** A labelled group of checkboxes choosing organisations (keyboard: Tab between boxes, Space ticks), its error beside it. */
@Component({
  selector: 'acc-org-checklist',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset [attr.aria-describedby]="error() ? fieldId() + '-err' : null" [attr.aria-invalid]="!!error()" [attr.data-testid]="testId()">
      <legend>{{ legend() }}</legend>
      <div class="boxes">
        @for (o of options(); track o.id) {
          <label class="box"><input type="checkbox" [checked]="selected().includes(o.id)" (change)="toggle(o.id, $event)" [attr.data-testid]="testId() + '-' + o.id" /> {{ o.name }}</label>
        }
      </div>
      @if (error()) { <p class="field-error" [id]="fieldId() + '-err'" [attr.data-testid]="testId() + '-error'">{{ error() }}</p> }
    </fieldset>
  `,
  styles: `
    fieldset { margin: 0; padding-block: 0.4rem; padding-inline: 0.6rem; border: 1px solid #c9d1dc; border-radius: 4px; min-inline-size: 0; }
    .boxes { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; max-block-size: 12rem; overflow-y: auto; }
    .box { display: inline-flex; gap: 0.3rem; align-items: center; }
  `,
})
export class OrgChecklistComponent {
  readonly fieldId = input.required<string>();
  readonly legend = input.required<string>();
  readonly options = input.required<OrgChoice[]>();
  readonly selected = input<string[]>([]);
  readonly error = input<string | null>(null);
  readonly testId = input.required<string>();
  readonly selectedChange = output<string[]>();

  protected toggle(id: string, event: Event): void {
    const on = event.target instanceof HTMLInputElement && event.target.checked;
    const rest = this.selected().filter((s) => s !== id);
    this.selectedChange.emit(on ? [...rest, id] : rest);
  }
}
