import { DomainEvent } from '@accord/shared/kernel';
import { NationalsNeed, PlaceCount } from './presence-terms';

export type NationalsPresenceReported = DomainEvent<
  'NationalsPresenceReported',
  { reportId: string; alertId: string; country: string; stateOrganisationId: string; places: PlaceCount[]; total: number; needs: NationalsNeed[]; reportedAt: string }
>;
