import { LocalDatePipe, defineStrings, fmt } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FollowUpApi, RecommendationDetail } from '@accord/follow-up/data-access';
import { apiErrorText } from '@accord/portal/data-access';

/** The words are in libs/portal/i18n/src/lib/translations/<lang>.json under "followUp.reports". */
export const REPORTS_STRINGS = defineStrings('followUp', { reports: { error: fmt('e') } }).reports;

/** Every report filed on one recommendation, from its published detail (`GET /api/recommendations/:id`). */
@Component({
  selector: 'acc-recommendation-reports',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe],
  template: `
    <section aria-labelledby="rec-reports" data-testid="recommendation-reports">
      <h2 id="rec-reports">{{ s.heading }}</h2>
      @if (error(); as e) { <p role="alert">{{ s.error(e) }}</p> }
      @if (detail(); as d) {
        <ul>
          @for (a of d.addressees; track a.addresseeId) {
            @for (r of a.reports; track r.eventId) {
              <li data-testid="recommendation-report">
                <strong>{{ names()[a.addresseeId] ?? a.addresseeId }}</strong>,
                <time [attr.datetime]="r.reportedAt">{{ r.reportedAt | date: 'medium' : 'UTC' }}</time>
                ({{ r.onTime ? s.onTime : s.late }}): {{ r.narrative }}
              </li>
            }
          }
        </ul>
        @if (!hasReports()) { <p>{{ s.none }}</p> }
      }
    </section>
  `,
})
export class RecommendationReportsComponent {
  readonly recommendationId = input.required<string>();
  /** Organisation names by id. */
  readonly names = input<Record<string, string | undefined>>({});
  /** Changes whenever the tracker rows change (live), so the reports are read again. */
  readonly revision = input<unknown>(null);
  private readonly api = inject(FollowUpApi);
  protected readonly s = REPORTS_STRINGS;
  protected readonly detail = signal<RecommendationDetail | null>(null);
  protected readonly error = signal<string | null>(null);
  protected hasReports(): boolean {
    return (this.detail()?.addressees ?? []).some((a) => a.reports.length > 0);
  }

  constructor() {
    effect(() => {
      const id = this.recommendationId();
      this.revision();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.detail.set(await this.api.recommendation(id));
      this.error.set(null);
    } catch (e) {
      this.error.set(apiErrorText(e));
    }
  }
}
