import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RelatedStore } from '@accord/assessments/data-access';
import { AssessmentCardComponent, LinkedItemsComponent } from '@accord/assessments/ui';
import { AuthStore } from '@accord/portal/data-access';
import { LoadStateComponent } from '@accord/portal/ui';
import { PublishAssessmentFormComponent } from './publish-assessment-form.component';
import { ReplyFormComponent } from './reply-form.component';
import { ASSESSMENT_STRINGS } from './strings';

/** The part of a commitment page other contexts fill; the app plugs it in (COMMITMENT_PAGE_SECTIONS). */
@Component({
  selector: 'acc-commitment-related-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RelatedStore],
  imports: [AssessmentCardComponent, LinkedItemsComponent, LoadStateComponent, PublishAssessmentFormComponent, ReplyFormComponent],
  template: `
    <section class="related" aria-labelledby="rel-heading" data-testid="related-section">
      <h2 id="rel-heading">{{ s.heading }}</h2>
      <p class="hint">{{ s.intro }}</p>
      <p class="visually-hidden" aria-live="polite">{{ store.lastLive() ? s.announce : '' }}</p>
      <acc-load-state testId="related" [loading]="store.loading()" [error]="store.error()" [loadingText]="s.loading" (retry)="store.refresh()" />
      @if (sections().disputed) { <p class="form-error" data-testid="disputed">{{ s.disputed }}</p> }
      <h3>{{ s.assessments }}</h3>
      <div class="list">
        @for (a of sections().assessments; track a.assessmentId) {
          <acc-assessment-card [assessment]="a">
            @if (isOwner()) { <acc-reply-form [assessmentId]="a.assessmentId" /> }
          </acc-assessment-card>
        } @empty { <p>{{ s.noAssessments }}</p> }
      </div>
      @if (canAssess()) { <acc-publish-assessment-form [commitmentId]="commitmentId()" /> }
      <acc-linked-items [localActions]="sections().localActions" [answered]="sections().answered" />
    </section>
  `,
  styles: `
    .related { display: grid; gap: 0.75rem; margin-block-start: 1.5rem; }
    h2, h3 { margin: 0; }
    h3 { font-size: 1rem; }
    .list { display: grid; gap: 0.75rem; }
  `,
})
export class CommitmentRelatedSectionComponent {
  readonly commitmentId = input.required<string>();
  readonly ownerOrganisationId = input.required<string>();
  protected readonly store = inject(RelatedStore);
  private readonly auth = inject(AuthStore);
  protected readonly s = ASSESSMENT_STRINGS;
  protected readonly sections = this.store.sections;
  protected readonly isOwner = computed(() => this.auth.isFocalPointOf(this.ownerOrganisationId()));
  /** Civil society assesses others' commitments, never its own. */
  protected readonly canAssess = computed(() => this.auth.isFocalPoint() && this.auth.organisationKind() === 'cso' && !this.isOwner());

  constructor() {
    effect(() => {
      const id = this.commitmentId();
      untracked(() => void this.store.load(id));
    });
  }
}
