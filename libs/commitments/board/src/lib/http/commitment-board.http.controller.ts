import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@accord/shared/auth';
import { NotFound } from '@accord/shared/kernel';
import { CommitmentDetailView, CommitmentView, Page } from '../commitment-view';
import { CommitmentBoardQueries } from '../persistence/commitment-board.queries';
import { BoardQueryRequest } from './board-query.request';

@ApiTags('commitments')
@Controller('api/commitments')
export class CommitmentBoardHttpController {
  constructor(private readonly queries: CommitmentBoardQueries) {}

  @Get()
  @Public()
  list(@Query() query: BoardQueryRequest): Promise<Page<CommitmentView>> {
    return this.queries.page({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 20 });
  }

  @Get(':id')
  @Public()
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<CommitmentDetailView> {
    const detail = await this.queries.findDetail(id);
    if (!detail) throw new NotFound('commitment', id);
    return detail;
  }
}
