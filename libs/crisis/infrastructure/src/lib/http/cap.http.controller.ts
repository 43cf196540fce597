import { Body, Controller, Get, Header, Headers, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { RaiseCrisisAlertCommand, Saved } from '@accord/crisis/application';
import { CurrentActor, Permit, Public } from '@accord/shared/auth';
import { Actor, InvalidInput, NotFound } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { writeAtomFeed } from '../cap/atom-feed-writer';
import { readCapAlert } from '../cap/cap-reader';
import { writeCapAlert } from '../cap/cap-writer';
import { CrisisAlertQueries } from '../persistence/crisis-alert.queries';
import { CapImportRequest } from './cap-import.request';
import { commandContext } from './command-context';

/** CAP 1.2 in and out, at the addresses alerting tools expect. */
@ApiTags('crisis')
@Controller('api/crisis-alerts')
export class CapHttpController {
  constructor(private readonly bus: TransactionalCommandBus, private readonly alerts: CrisisAlertQueries) {}

  @Post('import/cap')
  @ApiBearerAuth()
  @ApiConsumes('application/cap+xml', 'application/xml')
  @Permit('crisis.alert.import-cap')
  import(@CurrentActor() actor: Actor, @Body() body: unknown, @Query() query: CapImportRequest, @Headers('x-correlation-id') cid?: string): Promise<Saved> {
    if (!Buffer.isBuffer(body)) throw new InvalidInput('body', 'send the CAP message as application/cap+xml or application/xml');
    const message = readCapAlert(body, { country: query.country, kind: query.kind });
    return this.bus.execute(new RaiseCrisisAlertCommand(commandContext(actor, cid), message.terms, message.cap));
  }

  @Get('feed.atom')
  @Public()
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @Header('cache-control', 'public, max-age=60')
  async feed(): Promise<string> {
    const open = await this.alerts.open();
    const updated = open.length ? new Date(open[0].state.updatedAt) : new Date(0);
    return writeAtomFeed(open, updated);
  }

  @Get(':id/cap')
  @Public()
  @Header('content-type', 'application/cap+xml; charset=utf-8')
  @Header('cache-control', 'public, max-age=60')
  async export(@Param('id', new ParseUUIDPipe()) id: string): Promise<string> {
    const found = await this.alerts.find(id);
    if (!found) throw new NotFound('crisis alert', id);
    return writeCapAlert(found.state, found.version);
  }
}
