import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

/**
 * A labelled input or textarea with its hint and field-level error wired through aria-describedby.
 * The page owns the value and the (already worded) error.
 */
@Component({
  selector: 'acc-text-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="fieldId()">{{ label() }}</label>
    @if (multiline()) {
      <textarea [id]="fieldId()" [rows]="rows()" [attr.maxlength]="max()" [value]="value()" (input)="emit($event)" [attr.data-testid]="testId()"
        [attr.aria-invalid]="!!error()" [attr.aria-describedby]="describedBy()" [required]="required()"></textarea>
    } @else {
      <input [id]="fieldId()" [type]="type()" [attr.maxlength]="type() === 'text' ? max() : null" [attr.min]="min()" [attr.max]="type() === 'number' ? maxNumber() : null"
        [attr.inputmode]="type() === 'number' ? 'numeric' : null" [attr.autocomplete]="autocomplete()" [value]="value()" (input)="emit($event)" [attr.data-testid]="testId()"
        [attr.aria-invalid]="!!error()" [attr.aria-describedby]="describedBy()" [required]="required()" />
    }
    @if (hint()) { <p class="hint" [id]="fieldId() + '-hint'">{{ hint() }}</p> }
    @if (error()) { <p class="field-error" [id]="fieldId() + '-err'">{{ error() }}</p> }
  `,
  host: { class: 'field' },
  styles: `:host { display: grid; gap: 0.3rem; min-inline-size: 0; }`,
})
export class TextFieldComponent {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly value = input<string>('');
  readonly type = input<'text' | 'date' | 'number' | 'url' | 'email'>('text');
  readonly multiline = input(false);
  readonly rows = input(4);
  readonly max = input<number | null>(null);
  readonly min = input<string | null>(null);
  readonly maxNumber = input<number | null>(null);
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);
  readonly required = input(false);
  readonly autocomplete = input<string | null>(null);
  readonly testId = input<string | null>(null);
  readonly valueChange = output<string>();
  protected readonly describedBy = computed(() => {
    const ids = [this.hint() ? `${this.fieldId()}-hint` : '', this.error() ? `${this.fieldId()}-err` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });

  protected emit(event: Event): void {
    this.valueChange.emit((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  }
}
