import { DomainEvent } from '@accord/shared/kernel';
import { AssessmentTerms } from './assessment-terms';

export interface Assessor {
  organisationId: string;
  name: string;
  kind: string;
}

export type AssessmentPublished = DomainEvent<
  'AssessmentPublished',
  AssessmentTerms & { assessmentId: string; commitmentId: string; commitmentOwnerId: string; assessor: Assessor; publishedAt: string }
>;
export type AssessmentReplied = DomainEvent<
  'AssessmentReplied',
  { assessmentId: string; commitmentId: string; ownerOrganisationId: string; text: string; repliedAt: string }
>;
export type AssessmentEvent = AssessmentPublished | AssessmentReplied;
