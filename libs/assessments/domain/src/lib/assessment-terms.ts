import { AssessmentRating, ContestableStatus } from './assessment-rating';

export interface AssessmentTerms {
  rating: AssessmentRating;
  narrative: string;
  evidenceUrls: string[];
  /** The status the assessor says the commitment really has, when it disputes the owner's. */
  contestedStatus: ContestableStatus | null;
}
