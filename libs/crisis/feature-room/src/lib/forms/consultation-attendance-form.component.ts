import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { RegionalResponseStore, RoomConsultationView } from '@accord/crisis/data-access';
import { CRISIS_STRINGS } from '../strings';
import { sendFailure } from './form-errors';

type Mark = 'present' | 'absent' | '';

/** The secretariat marks each invited State present or absent; a State left unmarked is not sent (re-marking overwrites). */
@Component({
  selector: 'acc-consultation-attendance-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="form" novalidate (submit)="$event.preventDefault(); submit()" data-testid="attendance-form" [attr.aria-labelledby]="prefix() + '-heading'">
      <h4 [id]="prefix() + '-heading'">{{ s.heading }}</h4>
      @if (formError(); as e) { <p class="form-error" role="alert" data-testid="attendance-error">{{ e }}</p> }
      @if (done()) { <p class="done" role="status" data-testid="attendance-done"><span aria-hidden="true">✓</span> {{ s.done }}</p> }
      @for (id of consultation().invitedStateIds; track id; let i = $index) {
        <fieldset class="mark" [attr.data-testid]="'attendance-' + id">
          <legend>{{ names()[id] ?? id }}</legend>
          <label><input type="radio" [name]="prefix() + '-' + i" value="present" [checked]="marks()[id] === 'present'" (change)="mark(id, 'present')"
            [attr.data-testid]="'attendance-present-' + id" /> {{ s.present }}</label>
          <label><input type="radio" [name]="prefix() + '-' + i" value="absent" [checked]="marks()[id] === 'absent'" (change)="mark(id, 'absent')"
            [attr.data-testid]="'attendance-absent-' + id" /> {{ s.absent }}</label>
        </fieldset>
      }
      <p><button type="submit" class="primary" [disabled]="sending()" data-testid="attendance-submit">{{ sending() ? s.sending : s.submit }}</button></p>
    </form>
  `,
  styles: `h4 { margin: 0; } .mark { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; margin: 0; border: 1px solid #c9d1dc; border-radius: 4px; padding-block: 0.3rem; padding-inline: 0.6rem; }`,
})
export class ConsultationAttendanceFormComponent implements OnInit {
  readonly consultation = input.required<RoomConsultationView>();
  readonly names = input<Partial<Record<string, string>>>({});
  private readonly store = inject(RegionalResponseStore);
  protected readonly s = CRISIS_STRINGS.attendanceForm;
  protected readonly marks = signal<Partial<Record<string, Mark>>>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal(false);

  /** Starts from the marks already recorded, so re-saving does not ask the officer to mark everyone again. */
  async ngOnInit(): Promise<void> {
    try {
      const recorded = await this.store.attendance(this.consultation().id);
      const marks: Partial<Record<string, Mark>> = Object.fromEntries(recorded.map((a) => [a.organisationId, a.present ? 'present' : 'absent']));
      this.marks.update((chosen) => ({ ...marks, ...chosen }));
    } catch (error) {
      this.formError.set(sendFailure(error, () => false).form);
    }
  }

  protected prefix(): string {
    return `at-${this.consultation().id}`;
  }

  protected mark(id: string, mark: Mark): void {
    this.marks.update((m) => ({ ...m, [id]: mark }));
  }

  protected async submit(): Promise<void> {
    this.done.set(false);
    const attendance = Object.entries(this.marks()).filter(([, m]) => !!m).map(([organisationId, m]) => ({ organisationId, present: m === 'present' }));
    if (!attendance.length) {
      this.formError.set(this.s.pickOne);
      return;
    }
    this.formError.set(null);
    this.sending.set(true);
    try {
      await this.store.recordAttendance(this.consultation().id, attendance);
      this.done.set(true);
    } catch (error) {
      this.formError.set(sendFailure(error, () => false).form);
    } finally {
      this.sending.set(false);
    }
  }
}
