import { EventSchema } from '@accord/shared/contracts';
import { ConsularAgreementRegisteredV1Schema } from './consular-agreement-registered.v1';
import { ConsularCaseDataPurgedV1Schema } from './consular-case-data-purged.v1';
import { ConsularCaseUpdatedV1Schema } from './consular-case-updated.v1';
import { ConsularMissionRegisteredV1Schema } from './consular-mission-registered.v1';
import { ConsularRequestAcceptedV1Schema } from './consular-request-accepted.v1';
import { ConsularRequestClosedV1Schema } from './consular-request-closed.v1';
import { ConsularRequestDeclinedV1Schema } from './consular-request-declined.v1';
import { ConsularRequestEscalatedV1Schema } from './consular-request-escalated.v1';
import { ConsularRequestRaisedV1Schema } from './consular-request-raised.v1';
import { ConsularRequestRoutedV1Schema } from './consular-request-routed.v1';

export const CONSULAR_EVENT_SCHEMAS: readonly EventSchema[] = [
  ConsularAgreementRegisteredV1Schema,
  ConsularMissionRegisteredV1Schema,
  ConsularRequestRaisedV1Schema,
  ConsularRequestRoutedV1Schema,
  ConsularRequestAcceptedV1Schema,
  ConsularRequestDeclinedV1Schema,
  ConsularRequestEscalatedV1Schema,
  ConsularCaseUpdatedV1Schema,
  ConsularRequestClosedV1Schema,
  ConsularCaseDataPurgedV1Schema,
];
