import { DomainEvent } from '@accord/shared/kernel';
import { LocalActionDetails } from './local-action-details';

export interface ReportingCity {
  organisationId: string;
  name: string;
  kind: string;
  country: string | null;
}

export type LocalActionReported = DomainEvent<'LocalActionReported', LocalActionDetails & { localActionId: string; city: ReportingCity; reportedAt: string }>;
export type LocalActionUpdated = DomainEvent<'LocalActionUpdated', LocalActionDetails & { localActionId: string; updatedAt: string }>;
export type LocalActionEvent = LocalActionReported | LocalActionUpdated;
