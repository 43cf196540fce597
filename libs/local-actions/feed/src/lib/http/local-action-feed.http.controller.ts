import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@accord/shared/auth';
import { NotFound } from '@accord/shared/kernel';
import { LocalActionPage, LocalActionView } from '../local-action-view';
import { LocalActionFeedQueries } from '../persistence/local-action-feed.queries';
import { LocalActionFeedQueryRequest } from './local-action-feed-query.request';

/** Local actions are public: peers (horizontal) and commitment owners (vertical) read the same feed. */
@ApiTags('local-actions')
@Controller('api/local-actions')
export class LocalActionFeedHttpController {
  constructor(private readonly queries: LocalActionFeedQueries) {}

  @Get()
  @Public()
  list(@Query() query: LocalActionFeedQueryRequest): Promise<LocalActionPage> {
    return this.queries.page({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 20 });
  }

  @Get(':id')
  @Public()
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<LocalActionView> {
    const view = await this.queries.find(id);
    if (!view) throw new NotFound('local action', id);
    return view;
  }
}
