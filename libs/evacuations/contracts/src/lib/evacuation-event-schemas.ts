import { EventSchema } from '@accord/shared/contracts';
import { CapacityMatchConfirmedV1Schema } from './capacity-match-confirmed.v1';
import { CapacityMatchDeclinedV1Schema } from './capacity-match-declined.v1';
import { CapacityMatchedV1Schema } from './capacity-matched.v1';
import { CapacityOfferedV1Schema } from './capacity-offered.v1';
import { CapacityRequestedV1Schema } from './capacity-requested.v1';
import { EvacuationMovementReportedV1Schema } from './evacuation-movement-reported.v1';
import { EvacuationOperationOpenedV1Schema } from './evacuation-operation-opened.v1';

export const EVACUATION_EVENT_SCHEMAS: readonly EventSchema[] = [
  EvacuationOperationOpenedV1Schema,
  EvacuationMovementReportedV1Schema,
  CapacityOfferedV1Schema,
  CapacityRequestedV1Schema,
  CapacityMatchedV1Schema,
  CapacityMatchConfirmedV1Schema,
  CapacityMatchDeclinedV1Schema,
];
