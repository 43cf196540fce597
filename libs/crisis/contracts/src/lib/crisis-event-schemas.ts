import { EventSchema } from '@accord/shared/contracts';
import { CrisisAlertClosedV1Schema } from './crisis-alert-closed.v1';
import { CrisisAlertRaisedV1Schema } from './crisis-alert-raised.v1';
import { CrisisAlertUpdatedV1Schema } from './crisis-alert-updated.v1';
import { FieldReportFiledV1Schema } from './field-report-filed.v1';
import { NationalsPresenceReportedV1Schema } from './nationals-presence-reported.v1';

export const CRISIS_EVENT_SCHEMAS: readonly EventSchema[] = [CrisisAlertRaisedV1Schema, CrisisAlertUpdatedV1Schema, CrisisAlertClosedV1Schema, NationalsPresenceReportedV1Schema, FieldReportFiledV1Schema];
