import { Injectable, inject } from '@angular/core';
import { ApiClient, ServerPage } from '@accord/portal/data-access';
import { FollowUpReport, FollowUpResponse, FollowUpSaved, NewMeeting, NewRecommendation, NotificationView, Scorecard, ScorecardBy, TrackerFilters, TrackerRow } from './follow-up.models';
import { RecommendationDetail } from './recommendation-detail.models';

@Injectable({ providedIn: 'root' })
export class FollowUpApi {
  private readonly api = inject(ApiClient);

  tracker(filters: Partial<TrackerFilters>, page: number, pageSize: number): Promise<ServerPage<TrackerRow>> {
    return this.api.get('/api/follow-up/tracker', { ...filters, page, pageSize });
  }

  /** `asOf` (YYYY-MM-DD): the scorecards at the end of that day, replayed by the server from the event log. */
  scorecards(by: ScorecardBy, asOf?: string): Promise<Scorecard[]> {
    return this.api.get('/api/follow-up/scorecards', asOf ? { by, asOf } : { by });
  }

  recommendation(id: string): Promise<RecommendationDetail> {
    return this.api.get(`/api/recommendations/${encodeURIComponent(id)}`);
  }

  notifications(page: number, pageSize: number): Promise<ServerPage<NotificationView>> {
    return this.api.get('/api/notifications', { page, pageSize });
  }

  recordMeeting(meeting: NewMeeting): Promise<FollowUpSaved> {
    return this.api.post('/api/follow-up/meetings', meeting);
  }

  issue(recommendation: NewRecommendation): Promise<FollowUpSaved> {
    return this.api.post('/api/follow-up/recommendations', recommendation);
  }

  respond(recommendationId: string, response: FollowUpResponse, reason: string): Promise<FollowUpSaved> {
    return this.api.post(`/api/follow-up/recommendations/${encodeURIComponent(recommendationId)}/responses`, { response, reason });
  }

  report(recommendationId: string, report: FollowUpReport): Promise<FollowUpSaved> {
    return this.api.post(`/api/follow-up/recommendations/${encodeURIComponent(recommendationId)}/reports`, report);
  }
}
