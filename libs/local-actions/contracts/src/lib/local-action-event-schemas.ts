import { EventSchema } from '@accord/shared/contracts';
import { LocalActionReportedV1Schema } from './local-action-reported.v1';
import { LocalActionUpdatedV1Schema } from './local-action-updated.v1';

export const LOCAL_ACTION_EVENT_SCHEMAS: readonly EventSchema[] = [LocalActionReportedV1Schema, LocalActionUpdatedV1Schema];
