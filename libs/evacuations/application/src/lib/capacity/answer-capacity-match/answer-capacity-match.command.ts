import { CommandContext } from '@accord/shared/kernel';

export type MatchAnswer = 'confirm' | 'decline';

export class AnswerCapacityMatchCommand {
  constructor(readonly context: CommandContext, readonly operationId: string, readonly matchId: string, readonly answer: MatchAnswer) {}
}
