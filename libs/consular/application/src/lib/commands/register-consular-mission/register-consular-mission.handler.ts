import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConsularMission } from '@accord/consular/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { ConsularMissionRepository } from '../../ports/consular-mission.repository';
import { actingOrganisation } from '../acting-organisation';
import { ConsularSaved } from '../saved';
import { RegisterConsularMissionCommand } from './register-consular-mission.command';

@CommandHandler(RegisterConsularMissionCommand)
export class RegisterConsularMissionHandler implements ICommandHandler<RegisterConsularMissionCommand, ConsularSaved> {
  constructor(private readonly missions: ConsularMissionRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, country, city }: RegisterConsularMissionCommand): Promise<ConsularSaved> {
    const org = actingOrganisation(context);
    const mission = ConsularMission.register(randomUUID(), { organisationId: org.id, kind: org.kind }, country, city, this.clock);
    await this.missions.save(mission, context);
    return { id: mission.id, version: mission.version };
  }
}
