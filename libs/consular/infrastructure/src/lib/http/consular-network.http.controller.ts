import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ConsularSaved, RegisterConsularAgreementCommand, RegisterConsularMissionCommand } from '@accord/consular/application';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { commandContext } from './command-context';
import { RegisterAgreementRequest } from './register-agreement.request';
import { RegisterMissionRequest } from './register-mission.request';

/** Consular sharing agreements and missions: what routing works from. */
@ApiTags('consular')
@ApiBearerAuth()
@Controller('api')
export class ConsularNetworkHttpController {
  constructor(private readonly bus: TransactionalCommandBus) {}

  @Post('consular-agreements')
  @Permit('consular.agreement.register')
  registerAgreement(@CurrentActor() actor: Actor, @Body() body: RegisterAgreementRequest, @Headers('x-correlation-id') cid?: string): Promise<ConsularSaved> {
    const terms = { parties: body.parties, countries: body.countries, services: body.services, validFrom: body.validFrom, validTo: body.validTo ?? null };
    return this.bus.execute(new RegisterConsularAgreementCommand(commandContext(actor, cid), terms));
  }

  @Post('consular-missions')
  @Permit('consular.mission.register')
  registerMission(@CurrentActor() actor: Actor, @Body() body: RegisterMissionRequest, @Headers('x-correlation-id') cid?: string): Promise<ConsularSaved> {
    return this.bus.execute(new RegisterConsularMissionCommand(commandContext(actor, cid), body.country, body.city));
  }
}
