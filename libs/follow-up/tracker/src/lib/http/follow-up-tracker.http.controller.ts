import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Permit, Public } from '@accord/shared/auth';
import { Actor } from '@accord/shared/kernel';
import { ScorecardQueries } from '../persistence/scorecard.queries';
import { TrackerQueries } from '../persistence/tracker.queries';
import { ScorecardAsOfQueries } from '../time-travel/scorecard-as-of';
import { Page, Scorecard, TrackerRow } from '@accord/follow-up/contracts/views';
import { ScorecardQueryRequest } from './scorecard-query.request';
import { TrackerQueryRequest } from './tracker-query.request';

@ApiTags('follow-up')
@Controller('api/follow-up')
export class FollowUpTrackerHttpController {
  constructor(private readonly tracker: TrackerQueries, private readonly scorecards: ScorecardQueries, private readonly history: ScorecardAsOfQueries) {}

  /** A secretariat sees the recommendations it issued; any other organisation, those addressed to it. */
  @Get('tracker')
  @ApiBearerAuth()
  @Permit('follow-up.tracker.read')
  page(@CurrentActor() actor: Actor, @Query() q: TrackerQueryRequest): Promise<Page<TrackerRow>> {
    const scope = actor.roles.includes('secretariat_officer') ? { secretariatId: actor.organisationId } : { addresseeId: actor.organisationId };
    return this.tracker.page({ ...q, ...scope, page: q.page ?? 1, pageSize: q.pageSize ?? 20 });
  }

  /** Published: who responds and reports, per process or per addressee (counts only), now or as of a past date. */
  @Get('scorecards')
  @Public()
  scorecard(@Query() q: ScorecardQueryRequest): Promise<Scorecard[]> {
    return q.asOf ? this.history.scorecards(q.by ?? 'process', q.asOf) : this.scorecards.scorecards(q.by ?? 'process');
  }
}
