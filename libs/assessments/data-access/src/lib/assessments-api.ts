import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@accord/portal/data-access';
import { CommitmentRelated, NewAssessment } from './related.models';

@Injectable({ providedIn: 'root' })
export class AssessmentsApi {
  private readonly api = inject(ApiClient);

  related(commitmentId: string): Promise<CommitmentRelated> {
    return this.api.get(`/api/commitments/${encodeURIComponent(commitmentId)}/related`);
  }

  publish(assessment: NewAssessment): Promise<{ id: string }> {
    return this.api.post('/api/assessments', assessment);
  }

  reply(assessmentId: string, text: string): Promise<{ id: string }> {
    return this.api.post(`/api/assessments/${encodeURIComponent(assessmentId)}/replies`, { text });
  }
}
