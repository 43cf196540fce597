import { LocalDatePipe } from '@accord/portal/i18n';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ASSESSMENT_UI_STRINGS } from './strings';

export interface AssessmentCardData {
  assessmentId: string;
  assessorName: string;
  rating: string;
  narrative: string;
  evidenceUrls: string[];
  contestedStatus: string | null;
  at: string;
  replies: { text: string; at: string }[];
}

/** One independent assessment with the owner's replies; a reply form may be projected in. */
@Component({
  selector: 'acc-assessment-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe],
  template: `
    @let a = assessment();
    <article class="card" [attr.aria-labelledby]="'as-' + a.assessmentId" data-testid="assessment">
      <header class="head">
        <h4 [id]="'as-' + a.assessmentId">{{ s.by(a.assessorName) }}</h4>
        <span class="rating" [attr.data-rating]="a.rating">{{ s.rating[a.rating] ?? a.rating }}</span>
      </header>
      <time [attr.datetime]="a.at">{{ a.at | date: 'medium' }}</time>
      @if (a.contestedStatus) { <p class="contest">{{ s.contests(s.status[a.contestedStatus] ?? a.contestedStatus) }}</p> }
      <p class="text">{{ a.narrative }}</p>
      @if (a.evidenceUrls.length) {
        <ul class="links">@for (u of a.evidenceUrls; track u; let i = $index) { <li><a [href]="u" rel="noopener noreferrer" target="_blank">{{ s.evidence(i + 1) }}</a></li> }</ul>
      }
      <div class="replies">
        @for (r of a.replies; track r.at) {
          <blockquote data-testid="assessment-reply"><p class="who">{{ s.reply }} · <time [attr.datetime]="r.at">{{ r.at | date: 'medium' }}</time></p><p class="text">{{ r.text }}</p></blockquote>
        } @empty { <p class="muted">{{ s.noReply }}</p> }
        <ng-content />
      </div>
    </article>
  `,
  styles: `
    .card { display: grid; gap: 0.4rem; padding: 1rem; border: 1px solid #c9d1dc; border-inline-start: 4px solid #7a2e0e; border-radius: 8px; background: #fff; }
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; }
    h4 { margin: 0; }
    p { margin: 0; }
    time, .muted { font-size: 0.85rem; color: #4a5261; }
    .text { white-space: pre-line; }
    .contest { font-weight: 600; color: #8a3b00; }
    .rating { font-weight: 600; font-size: 0.85rem; border: 1px solid currentColor; border-radius: 999px; padding-inline: 0.5em; }
    .links { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; margin: 0; padding: 0; }
    .replies { display: grid; gap: 0.5rem; margin-block-start: 0.25rem; }
    blockquote { margin: 0; padding-block: 0.4rem; padding-inline: 0.75rem; border-inline-start: 3px solid #1f5fae; background: #f3f7fc; }
    .who { font-weight: 600; font-size: 0.9rem; }
  `,
})
export class AssessmentCardComponent {
  readonly assessment = input.required<AssessmentCardData>();
  protected readonly s = ASSESSMENT_UI_STRINGS;
}
