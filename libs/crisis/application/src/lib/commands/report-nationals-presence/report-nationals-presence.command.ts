import { NationalsNeed, PlaceCount } from '@accord/crisis/domain';
import { CommandContext } from '@accord/shared/kernel';

export class ReportNationalsPresenceCommand {
  constructor(readonly context: CommandContext, readonly alertId: string, readonly places: PlaceCount[], readonly needs: NationalsNeed[]) {}
}
