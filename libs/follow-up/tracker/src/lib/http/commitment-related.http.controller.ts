import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@accord/shared/auth';
import { CommitmentRelatedQueries } from '../persistence/commitment-related.queries';
import { CommitmentRelated } from '@accord/follow-up/contracts/views';

@ApiTags('commitments')
@Controller('api/commitments')
export class CommitmentRelatedHttpController {
  constructor(private readonly related: CommitmentRelatedQueries) {}

  /** Timeline items other contexts add to a commitment page (the board serves the owner's own). */
  @Get(':id/related')
  @Public()
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<CommitmentRelated> {
    return this.related.related(id);
  }
}
