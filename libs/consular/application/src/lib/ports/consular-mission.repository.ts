import { ConsularMission } from '@accord/consular/domain';
import { CommandContext } from '@accord/shared/kernel';

export abstract class ConsularMissionRepository {
  abstract save(mission: ConsularMission, context: CommandContext): Promise<void>;
  abstract statesWithMissionIn(country: string): Promise<string[]>;
}
