import { EventSchema } from '@accord/shared/contracts';
import { CommitmentCoOwnerAddedV1Schema } from './commitment-co-owner-added.v1';
import { CommitmentLoggedV1Schema } from './commitment-logged.v1';
import { CommitmentProgressReportedV1Schema } from './commitment-progress-reported.v1';
import { CommitmentShareProgressReportedV1Schema } from './commitment-share-progress-reported.v1';
import { CommitmentShareStatusChangedV1Schema } from './commitment-share-status-changed.v1';
import { CommitmentStatusChangedV1Schema } from './commitment-status-changed.v1';

export const COMMITMENT_EVENT_SCHEMAS: readonly EventSchema[] = [
  CommitmentLoggedV1Schema,
  CommitmentProgressReportedV1Schema,
  CommitmentStatusChangedV1Schema,
  CommitmentCoOwnerAddedV1Schema,
  CommitmentShareProgressReportedV1Schema,
  CommitmentShareStatusChangedV1Schema,
];
