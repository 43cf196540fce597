import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { RegionalResponseStore, RoomConsultationView } from '@accord/crisis/data-access';
import { ConfirmDialogComponent } from '@accord/crisis/ui';
import { apiErrorText } from '@accord/portal/data-access';
import { CRISIS_STRINGS } from '../strings';
import { ConsultationAttendanceFormComponent } from './consultation-attendance-form.component';
import { ConsultationDecisionFormComponent } from './consultation-decision-form.component';

/** What the convening secretariat does on an open consultation: attendance, decisions, and closing it (after a confirmation). */
@Component({
  selector: 'acc-consultation-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConfirmDialogComponent, ConsultationAttendanceFormComponent, ConsultationDecisionFormComponent],
  template: `
    <div class="buttons">
      <button type="button" (click)="toggle('attendance')" [attr.aria-expanded]="showing() === 'attendance'" [attr.aria-controls]="prefix() + '-panel'"
        data-testid="consultation-record-attendance">{{ s.attendance }}</button>
      <button type="button" (click)="toggle('decision')" [attr.aria-expanded]="showing() === 'decision'" [attr.aria-controls]="prefix() + '-panel'"
        data-testid="consultation-record-decision">{{ s.decision }}</button>
      <button type="button" (click)="close($event)" [disabled]="closing()" aria-haspopup="dialog" data-testid="consultation-close">{{ closing() ? s.closing : s.close }}</button>
    </div>
    @if (closeError(); as e) { <p class="form-error" role="alert">{{ e }}</p> }
    <div [id]="prefix() + '-panel'">
      @if (showing() === 'attendance') { <acc-consultation-attendance-form [consultation]="consultation()" [names]="names()" /> }
      @if (showing() === 'decision') { <acc-consultation-decision-form [consultation]="consultation()" [names]="names()" /> }
    </div>
    <acc-confirm-dialog [dialogId]="prefix() + '-confirm'" [heading]="s.confirmTitle" [body]="s.confirmBody" [confirmText]="s.confirmYes" [backText]="s.confirmBack" />
  `,
  styles: `:host { display: grid; gap: 0.5rem; } .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }`,
})
export class ConsultationActionsComponent {
  readonly consultation = input.required<RoomConsultationView>();
  readonly names = input<Partial<Record<string, string>>>({});
  private readonly store = inject(RegionalResponseStore);
  protected readonly s = CRISIS_STRINGS.consultationActions;
  protected readonly showing = signal<'attendance' | 'decision' | null>(null);
  protected readonly closing = signal(false);
  protected readonly closeError = signal<string | null>(null);
  private readonly dialog = viewChild.required(ConfirmDialogComponent);

  protected prefix(): string {
    return `ca-${this.consultation().id}`;
  }

  protected toggle(what: 'attendance' | 'decision'): void {
    this.showing.set(this.showing() === what ? null : what);
  }

  /** Nothing is sent until the officer confirms; a closed consultation takes no more attendance or decisions. */
  protected async close(event: Event): Promise<void> {
    const yes = await this.dialog().ask(event.currentTarget instanceof HTMLElement ? event.currentTarget : null);
    if (!yes) return;
    this.closeError.set(null);
    this.closing.set(true);
    try {
      await this.store.closeConsultation(this.consultation().id);
      // these buttons leave the page with the open consultation: the section heading takes the focus
      document.getElementById('room-consultations')?.focus();
    } catch (error) {
      this.closeError.set(apiErrorText(error));
    } finally {
      this.closing.set(false);
    }
  }
}
