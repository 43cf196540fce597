import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';

/**
 * A modal question before something that cannot be undone (native <dialog>: focus stays inside, Escape
 * answers "no"). The safe answer has the focus first; focus goes back to the button that asked.
 */
@Component({
  selector: 'acc-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialog [attr.aria-labelledby]="dialogId() + '-title'" [attr.aria-describedby]="dialogId() + '-body'" (close)="closed()" [attr.data-testid]="dialogId()">
      <h2 [id]="dialogId() + '-title'">{{ heading() }}</h2>
      <p [id]="dialogId() + '-body'">{{ body() }}</p>
      <div class="buttons">
        <button #back type="button" (click)="answer(false)" data-testid="confirm-back">{{ backText() }}</button>
        <button type="button" class="primary danger" (click)="answer(true)" data-testid="confirm-yes">
          <span aria-hidden="true">⚠</span> {{ confirmText() }}</button>
      </div>
    </dialog>
  `,
  styles: `
    dialog { max-inline-size: min(32rem, calc(100vw - 2rem)); border: 2px solid #0f3d73; border-radius: 8px; padding: 1.25rem; }
    dialog::backdrop { background: rgb(0 0 0 / 0.45); }
    h2 { margin-block: 0 0.5rem; font-size: 1.2rem; }
    p { margin-block: 0 1rem; }
    .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: flex-end; }
    .danger { background: #8c1d18; border-color: #8c1d18; color: #fff; }
  `,
})
export class ConfirmDialogComponent {
  readonly dialogId = input.required<string>();
  readonly heading = input.required<string>();
  readonly body = input.required<string>();
  readonly confirmText = input.required<string>();
  readonly backText = input.required<string>();
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly back = viewChild.required<ElementRef<HTMLButtonElement>>('back');
  private trigger: HTMLElement | null = null;
  private answered = false;
  private resolve: ((yes: boolean) => void) | null = null;

  /** Opens the dialog; resolves true for "yes", false for "no", Escape or closing it otherwise. */
  ask(trigger: HTMLElement | null): Promise<boolean> {
    this.trigger = trigger;
    this.answered = false;
    const el = this.dialog().nativeElement;
    if (!el.open) el.showModal();
    this.back().nativeElement.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  protected answer(yes: boolean): void {
    this.answered = yes;
    this.dialog().nativeElement.close();
  }

  protected closed(): void {
    this.resolve?.(this.answered);
    this.resolve = null;
    if (this.trigger?.isConnected) this.trigger.focus();
  }
}
