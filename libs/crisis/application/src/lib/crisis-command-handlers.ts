import { CloseCrisisAlertHandler } from './commands/close-crisis-alert/close-crisis-alert.handler';
import { FileFieldReportHandler } from './commands/file-field-report/file-field-report.handler';
import { RaiseCrisisAlertHandler } from './commands/raise-crisis-alert/raise-crisis-alert.handler';
import { ReportNationalsPresenceHandler } from './commands/report-nationals-presence/report-nationals-presence.handler';
import { UpdateCrisisAlertHandler } from './commands/update-crisis-alert/update-crisis-alert.handler';

export const CRISIS_COMMAND_HANDLERS = [RaiseCrisisAlertHandler, UpdateCrisisAlertHandler, CloseCrisisAlertHandler, ReportNationalsPresenceHandler, FileFieldReportHandler];
