import { OpenEvacuationOperationHandler } from './commands/open-evacuation-operation/open-evacuation-operation.handler';
import { ReportEvacuationMovementHandler } from './commands/report-evacuation-movement/report-evacuation-movement.handler';

export const EVACUATIONS_COMMAND_HANDLERS = [OpenEvacuationOperationHandler, ReportEvacuationMovementHandler];
