import { EventSchema } from '@accord/shared/contracts';
import { EvacuationMovementReportedV1Schema } from './evacuation-movement-reported.v1';
import { EvacuationOperationOpenedV1Schema } from './evacuation-operation-opened.v1';

export const EVACUATION_EVENT_SCHEMAS: readonly EventSchema[] = [EvacuationOperationOpenedV1Schema, EvacuationMovementReportedV1Schema];
