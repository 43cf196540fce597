import { DomainEvent } from '@accord/shared/kernel';
import { FieldNeed, IncidentCount, MovementCount, ObservedPlace } from './field-report-terms';

/** Counts, place and needs only: the monitor's note never leaves the write side. */
export type FieldReportFiled = DomainEvent<
  'FieldReportFiled',
  {
    reportId: string;
    alertId: string;
    country: string;
    monitorOrganisationId: string;
    place: ObservedPlace;
    observedAt: string;
    movements: MovementCount[];
    incidents: IncidentCount[];
    needs: FieldNeed[];
    hasNote: boolean;
    filedAt: string;
  }
>;
