import { ConsularService } from '@accord/consular/domain';
import { CommandContext } from '@accord/shared/kernel';
import { NationalCase } from '../../ports/national-case';

export class RaiseConsularRequestCommand {
  constructor(
    readonly context: CommandContext,
    readonly country: string,
    readonly alertId: string | null,
    readonly nationalsCount: number,
    readonly services: ConsularService[],
    readonly cases: NationalCase[],
  ) {}
}
