import { DomainEvent } from '@accord/shared/kernel';
import { MovementKind, NationalityTarget } from './evacuation-terms';

export type EvacuationOperationOpened = DomainEvent<
  'EvacuationOperationOpened',
  { operationId: string; alertId: string; country: string; name: string; operatorOrganisationId: string; targets: NationalityTarget[]; openedAt: string }
>;
export type EvacuationMovementReported = DomainEvent<
  'EvacuationMovementReported',
  { operationId: string; reporterOrganisationId: string; nationality: string; kind: MovementKind; count: number; reportedAt: string }
>;
export type EvacuationEvent = EvacuationOperationOpened | EvacuationMovementReported;
