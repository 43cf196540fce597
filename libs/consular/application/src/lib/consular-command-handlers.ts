import { AcceptConsularRequestHandler } from './commands/accept-consular-request/accept-consular-request.handler';
import { CloseConsularRequestHandler } from './commands/close-consular-request/close-consular-request.handler';
import { DeclineConsularRequestHandler } from './commands/decline-consular-request/decline-consular-request.handler';
import { EscalateOverdueConsularRequestHandler } from './commands/escalate-overdue-consular-request/escalate-overdue-consular-request.handler';
import { PurgeConsularCaseDataHandler } from './commands/purge-consular-case-data/purge-consular-case-data.handler';
import { RaiseConsularRequestHandler } from './commands/raise-consular-request/raise-consular-request.handler';
import { RegisterConsularAgreementHandler } from './commands/register-consular-agreement/register-consular-agreement.handler';
import { RegisterConsularMissionHandler } from './commands/register-consular-mission/register-consular-mission.handler';
import { UpdateConsularCaseHandler } from './commands/update-consular-case/update-consular-case.handler';

export const CONSULAR_COMMAND_HANDLERS = [
  RegisterConsularAgreementHandler,
  RegisterConsularMissionHandler,
  RaiseConsularRequestHandler,
  AcceptConsularRequestHandler,
  DeclineConsularRequestHandler,
  EscalateOverdueConsularRequestHandler,
  UpdateConsularCaseHandler,
  CloseConsularRequestHandler,
  PurgeConsularCaseDataHandler,
];
