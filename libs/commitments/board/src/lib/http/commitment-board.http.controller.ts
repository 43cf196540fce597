import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@accord/shared/auth';
import { NotFound } from '@accord/shared/kernel';
import { CommitmentDetailView, CommitmentView, Page } from '@accord/commitments/contracts/views';
import { CommitmentBoardQueries } from '../persistence/commitment-board.queries';
import { CommitmentChanges } from '../time-travel/commitment-change';
import { endOf, startOf } from '../time-travel/instant';
import { TimeTravelQueries } from '../time-travel/time-travel.queries';
import { AsOfRequest } from './as-of.request';
import { BoardQueryRequest } from './board-query.request';
import { ChangesQueryRequest } from './changes-query.request';

@ApiTags('commitments')
@Controller('api/commitments')
export class CommitmentBoardHttpController {
  constructor(private readonly queries: CommitmentBoardQueries, private readonly history: TimeTravelQueries) {}

  @Get()
  @Public()
  list(@Query() query: BoardQueryRequest): Promise<Page<CommitmentView>> {
    const { asOf, ...filter } = query;
    const page = { ...filter, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
    return asOf ? this.history.boardAsOf(page, endOf(asOf)) : this.queries.page(page);
  }

  /** Declared before `:id`, which would otherwise read "changes" as an id. */
  @Get('changes')
  @Public()
  changes(@Query() query: ChangesQueryRequest): Promise<Page<CommitmentChanges>> {
    return this.history.changesSince(startOf(query.since), query.page ?? 1, query.pageSize ?? 20);
  }

  @Get(':id')
  @Public()
  async get(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: AsOfRequest): Promise<CommitmentDetailView> {
    const detail = query.asOf ? await this.history.detailAsOf(id, endOf(query.asOf)) : await this.queries.findDetail(id);
    if (!detail) throw new NotFound('commitment', id);
    return detail;
  }
}
