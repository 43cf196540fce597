import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { RoomStore } from '@accord/crisis/data-access';
import { ConfirmDialogComponent } from '@accord/crisis/ui';
import { TextFieldComponent } from '@accord/portal/ui';
import { CRISIS_STRINGS } from '../strings';
import { sendFailure } from './form-errors';

@Component({
  selector: 'acc-end-alert-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextFieldComponent, ConfirmDialogComponent],
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault()" data-testid="end-alert-form" aria-labelledby="ea-heading">
      <h3 id="ea-heading">{{ s.heading }}</h3>
      <p class="hint">{{ s.intro }}</p>
      @if (formError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
      @if (done()) { <p class="done" role="status">{{ s.done }}</p> }
      <acc-text-field fieldId="ea-note" [label]="s.note" [multiline]="true" [rows]="2" [max]="1000" [value]="note()" [error]="noteError()"
        testId="end-alert-note" (valueChange)="note.set($event)" />
      <p class="buttons">
        <button type="button" class="primary" [disabled]="sending()" (click)="confirm('close', $event)" data-testid="close-alert" aria-haspopup="dialog">
          {{ sending() ? s.sending : s.close }}</button>
        <button type="button" [disabled]="sending()" (click)="confirm('cancel', $event)" data-testid="cancel-alert" aria-haspopup="dialog">{{ s.cancel }}</button>
      </p>
      <acc-confirm-dialog dialogId="end-alert-confirm" [heading]="how() === 'close' ? c.closeTitle : c.cancelTitle" [body]="how() === 'close' ? c.closeBody : c.cancelBody"
        [confirmText]="how() === 'close' ? c.confirmClose : c.confirmCancel" [backText]="c.back" />
    </form>
  `,
  styles: `.buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; }`,
})
export class EndAlertFormComponent {
  private readonly store = inject(RoomStore);
  protected readonly s = CRISIS_STRINGS.endForm;
  protected readonly note = signal('');
  protected readonly noteError = signal<string | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);
  protected readonly c = CRISIS_STRINGS.confirmEnd;
  protected readonly how = signal<'close' | 'cancel'>('close');
  private readonly dialog = viewChild.required(ConfirmDialogComponent);

  /** Nothing is sent until the person confirms in the dialog; "no" or Escape leaves the alert as it is. */
  protected async confirm(how: 'close' | 'cancel', event: Event): Promise<void> {
    this.how.set(how);
    const yes = await this.dialog().ask(event.currentTarget instanceof HTMLElement ? event.currentTarget : null);
    if (!yes) return;
    await this.end(how);
    // Once ended, this form leaves the page with its buttons: the headline takes the focus.
    if (this.done()) document.querySelector<HTMLElement>('[data-testid="alert-headline"]')?.focus();
  }

  private async end(how: 'close' | 'cancel'): Promise<void> {
    this.formError.set(null);
    this.noteError.set(null);
    this.sending.set(true);
    try {
      await this.store.endAlert(how, this.note().trim());
      this.done.set(true);
    } catch (error) {
      const failure = sendFailure(error, (f) => f === 'note');
      this.noteError.set(failure.fields['note'] ?? null);
      this.formError.set(failure.form);
    } finally {
      this.sending.set(false);
    }
  }
}
