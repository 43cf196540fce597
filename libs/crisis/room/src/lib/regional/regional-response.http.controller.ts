import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permit } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { RegionalPageRequest } from './regional-page.request';
import { RegionalResponseQueries } from './regional-response.queries';
import { RegionalPage, RoomCapacityRoute, RoomConsultationView } from '@accord/crisis/contracts/views';

/** The regional response in the crisis room: consultations (secretariat, invited States, agencies) and capacity (States, agencies). */
@ApiTags('crisis-room')
@ApiBearerAuth()
@Controller('api/crisis-room/alerts')
export class RegionalResponseHttpController {
  constructor(private readonly queries: RegionalResponseQueries) {}

  @Get(':id/consultations')
  @Permit('consultation.read')
  @Header('cache-control', 'no-store')
  consultations(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: RegionalPageRequest): Promise<RegionalPage<RoomConsultationView>> {
    return this.queries.consultations(id, { organisationId: actor.organisationId, kind: actor.organisation?.kind ?? null }, q.page, q.pageSize);
  }

  @Get(':id/capacity')
  @Permit('capacity.read')
  @Header('cache-control', 'no-store')
  capacity(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: RegionalPageRequest): Promise<RegionalPage<RoomCapacityRoute>> {
    return this.queries.capacity(id, q.page, q.pageSize);
  }
}
