import { AggregateRoot, BusinessRule, Clock, Forbidden } from '@accord/shared/kernel';
import { AssessmentEvent, Assessor } from './assessment-events';
import { AssessmentTerms } from './assessment-terms';
import { ACsoCannotAssessItsOwnCommitment } from './rules/a-cso-cannot-assess-its-own-commitment.rule';
import { AContestedStatusNeedsEvidence } from './rules/a-contested-status-needs-evidence.rule';
import { OneReplyPerAssessment } from './rules/one-reply-per-assessment.rule';
import { OnlyCivilSocietyAssesses } from './rules/only-civil-society-assesses.rule';
import { OnlyTheCommitmentOwnerReplies } from './rules/only-the-commitment-owner-replies.rule';

export interface AssessedCommitment {
  id: string;
  ownerOrganisationId: string;
  /** Co-owners of a joint commitment at the time of the assessment. */
  coOwnerOrganisationIds?: readonly string[];
}

export interface AssessmentState extends AssessmentTerms {
  assessor: Assessor;
  commitment: AssessedCommitment;
  reply: { text: string; repliedAt: string } | null;
}

/** A civil society organisation's independent view of someone else's commitment ("shadow report"). */
export class Assessment extends AggregateRoot<AssessmentEvent> {
  private constructor(id: string, version: number, private state: AssessmentState, private readonly clock: Clock) {
    super(id, version);
  }

  static publish(id: string, assessor: Assessor, commitment: AssessedCommitment, terms: AssessmentTerms, clock: Clock): Assessment {
    const a = new Assessment(id, 0, { ...terms, assessor, commitment, reply: null }, clock);
    a.authorise(new OnlyCivilSocietyAssesses(assessor.kind));
    a.authorise(new ACsoCannotAssessItsOwnCommitment(assessor.organisationId, [commitment.ownerOrganisationId, ...(commitment.coOwnerOrganisationIds ?? [])]));
    a.checkRule(new AContestedStatusNeedsEvidence(terms.contestedStatus, terms.evidenceUrls));
    const publishedAt = clock.now().toISOString();
    a.record({
      type: 'AssessmentPublished',
      data: { assessmentId: id, commitmentId: commitment.id, commitmentOwnerId: commitment.ownerOrganisationId, assessor, ...terms, publishedAt },
    });
    return a;
  }

  static restore(id: string, version: number, state: AssessmentState, clock: Clock): Assessment {
    return new Assessment(id, version, state, clock);
  }

  get snapshot(): Readonly<AssessmentState> {
    return { ...this.state };
  }

  /** `owners`: the commitment's owner and co-owners now (a co-owner may have joined after the assessment). */
  reply(actingFor: string, text: string, owners: readonly string[] = [this.state.commitment.ownerOrganisationId]): void {
    const { commitment } = this.state;
    this.authorise(new OnlyTheCommitmentOwnerReplies(owners, actingFor));
    this.checkRule(new OneReplyPerAssessment(this.state.reply !== null));
    const repliedAt = this.clock.now().toISOString();
    this.record({ type: 'AssessmentReplied', data: { assessmentId: this.id, commitmentId: commitment.id, ownerOrganisationId: actingFor, text, repliedAt } });
    this.state = { ...this.state, reply: { text, repliedAt } };
  }

  private authorise(rule: BusinessRule): void {
    if (rule.isBroken()) throw new Forbidden(rule.message);
  }
}
