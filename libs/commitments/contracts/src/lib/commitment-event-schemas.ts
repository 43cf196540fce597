import { EventSchema } from '@accord/shared/contracts';
import { CommitmentLoggedV1Schema } from './commitment-logged.v1';
import { CommitmentProgressReportedV1Schema } from './commitment-progress-reported.v1';
import { CommitmentStatusChangedV1Schema } from './commitment-status-changed.v1';

export const COMMITMENT_EVENT_SCHEMAS: readonly EventSchema[] = [CommitmentLoggedV1Schema, CommitmentProgressReportedV1Schema, CommitmentStatusChangedV1Schema];
