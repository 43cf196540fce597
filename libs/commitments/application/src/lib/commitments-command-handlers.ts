import { AddCoOwnerHandler } from './commands/add-co-owner/add-co-owner.handler';
import { ChangeCommitmentStatusHandler } from './commands/change-commitment-status/change-commitment-status.handler';
import { LogCommitmentHandler } from './commands/log-commitment/log-commitment.handler';
import { ReportCommitmentProgressHandler } from './commands/report-commitment-progress/report-commitment-progress.handler';

export const COMMITMENTS_COMMAND_HANDLERS = [LogCommitmentHandler, ReportCommitmentProgressHandler, ChangeCommitmentStatusHandler, AddCoOwnerHandler];
