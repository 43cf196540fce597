import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CloseCrisisAlertCommand, RaiseCrisisAlertCommand, ReportNationalsPresenceCommand, Saved, UpdateCrisisAlertCommand } from '@accord/crisis/application';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { ifMatchVersion } from '@accord/shared/http';
import { Actor } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { AlertTermsRequest } from './alert-terms.request';
import { toAlertTerms } from './alert-terms.mapper';
import { CloseAlertRequest } from './close-alert.request';
import { commandContext } from './command-context';
import { ReportPresenceRequest } from './report-presence.request';

@ApiTags('crisis')
@ApiBearerAuth()
@Controller('api/crisis-alerts')
export class CrisisAlertsHttpController {
  constructor(private readonly bus: TransactionalCommandBus) {}

  @Post()
  @Permit('crisis.alert.raise')
  raise(@CurrentActor() actor: Actor, @Body() body: AlertTermsRequest, @Headers('x-correlation-id') cid?: string): Promise<Saved> {
    return this.bus.execute(new RaiseCrisisAlertCommand(commandContext(actor, cid), toAlertTerms(body)));
  }

  @Put(':id')
  @Permit('crisis.alert.update')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AlertTermsRequest,
    @Headers('if-match') ifMatch?: string,
    @Headers('x-correlation-id') cid?: string,
  ): Promise<Saved> {
    return this.bus.execute(new UpdateCrisisAlertCommand(commandContext(actor, cid), id, toAlertTerms(body), ifMatchVersion(ifMatch)));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Permit('crisis.alert.close')
  close(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: CloseAlertRequest, @Headers('if-match') ifMatch?: string, @Headers('x-correlation-id') cid?: string): Promise<Saved> {
    return this.bus.execute(new CloseCrisisAlertCommand(commandContext(actor, cid), id, 'resolved', body.note ?? null, ifMatchVersion(ifMatch)));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Permit('crisis.alert.close')
  cancel(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: CloseAlertRequest, @Headers('if-match') ifMatch?: string, @Headers('x-correlation-id') cid?: string): Promise<Saved> {
    return this.bus.execute(new CloseCrisisAlertCommand(commandContext(actor, cid), id, 'cancelled', body.note ?? null, ifMatchVersion(ifMatch)));
  }

  @Post(':id/presence')
  @Permit('crisis.presence.report')
  reportPresence(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReportPresenceRequest, @Headers('x-correlation-id') cid?: string): Promise<Saved> {
    const places = body.places.map((p) => ({ place: p.place, count: p.count }));
    return this.bus.execute(new ReportNationalsPresenceCommand(commandContext(actor, cid), id, places, body.needs));
  }
}
