import { ReportLocalActionHandler } from './commands/report-local-action/report-local-action.handler';
import { UpdateLocalActionHandler } from './commands/update-local-action/update-local-action.handler';

export const LOCAL_ACTIONS_COMMAND_HANDLERS = [ReportLocalActionHandler, UpdateLocalActionHandler];
