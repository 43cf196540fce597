import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Public } from '@accord/shared/auth';
import { ISO_COUNTRIES, M49_AREAS } from '@accord/shared/reference-data';
import { CachedJson } from './cached-json';

const COUNTRIES = new CachedJson(ISO_COUNTRIES);
const M49 = new CachedJson(M49_AREAS);

/** ISO 3166-1 countries and UN M49 areas: public, cacheable for a day, revalidated with ETag. */
@ApiTags('reference')
@Controller('api/reference')
export class GeoReferenceHttpController {
  @Get('countries')
  @Public()
  @ApiOkResponse({ description: 'the 249 ISO 3166-1 countries: alpha2, alpha3, numeric, name' })
  countries(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply): void {
    send(COUNTRIES, ifNoneMatch, reply);
  }

  @Get('m49-regions')
  @Public()
  @ApiOkResponse({ description: 'UN M49 world, regions, sub-regions and intermediate regions with their member countries (alpha-2)' })
  m49Regions(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res() reply: FastifyReply): void {
    send(M49, ifNoneMatch, reply);
  }
}

function send(data: CachedJson, ifNoneMatch: string | undefined, reply: FastifyReply): void {
  reply.header('cache-control', 'public, max-age=86400').header('etag', data.etag);
  if (data.matches(ifNoneMatch)) {
    reply.status(304).send();
    return;
  }
  reply.type('application/json; charset=utf-8').send(data.body);
}
