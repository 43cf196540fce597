import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@accord/shared/auth';
import { NotFound } from '@accord/shared/kernel';
import { RecommendationDetail } from '@accord/follow-up/contracts/views';
import { RecommendationDetailQueries } from './recommendation-detail.queries';

/** Published follow-up of one recommendation: who it is addressed to, their responses and reports. */
@ApiTags('follow-up')
@Controller('api/recommendations')
export class RecommendationDetailHttpController {
  constructor(private readonly details: RecommendationDetailQueries) {}

  @Get(':id')
  @Public()
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<RecommendationDetail> {
    const detail = await this.details.find(id);
    if (!detail) throw new NotFound('recommendation', id);
    return detail;
  }
}
