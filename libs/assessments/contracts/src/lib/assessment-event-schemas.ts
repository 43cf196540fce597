import { EventSchema } from '@accord/shared/contracts';
import { AssessmentPublishedV1Schema } from './assessment-published.v1';
import { AssessmentRepliedV1Schema } from './assessment-replied.v1';

export const ASSESSMENT_EVENT_SCHEMAS: readonly EventSchema[] = [AssessmentPublishedV1Schema, AssessmentRepliedV1Schema];
