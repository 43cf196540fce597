import { AnswerCapacityMatchHandler } from './capacity/answer-capacity-match/answer-capacity-match.handler';
import { MatchCapacityHandler } from './capacity/match-capacity/match-capacity.handler';
import { OfferCapacityHandler } from './capacity/offer-capacity/offer-capacity.handler';
import { RequestCapacityHandler } from './capacity/request-capacity/request-capacity.handler';
import { OpenEvacuationOperationHandler } from './commands/open-evacuation-operation/open-evacuation-operation.handler';
import { ReportEvacuationMovementHandler } from './commands/report-evacuation-movement/report-evacuation-movement.handler';

export const EVACUATIONS_COMMAND_HANDLERS = [
  OpenEvacuationOperationHandler,
  ReportEvacuationMovementHandler,
  OfferCapacityHandler,
  RequestCapacityHandler,
  MatchCapacityHandler,
  AnswerCapacityMatchHandler,
];
