import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@accord/portal/data-access';
import { BoardFilters } from './board-filters';
import { CommitmentDetail, CommitmentStatus, CommitmentView, NewCommitment, Page, ProgressReport, WriteResult } from './commitment.models';

@Injectable({ providedIn: 'root' })
export class CommitmentsApi {
  private readonly api = inject(ApiClient);

  list(filters: BoardFilters, page: number, pageSize: number): Promise<Page<CommitmentView>> {
    return this.api.get('/api/commitments', { ...filters, page, pageSize });
  }

  get(id: string): Promise<CommitmentDetail> {
    return this.api.get(`/api/commitments/${encodeURIComponent(id)}`);
  }

  log(commitment: NewCommitment): Promise<WriteResult> {
    return this.api.post('/api/commitments', commitment);
  }

  reportProgress(id: string, report: ProgressReport, version: number): Promise<WriteResult> {
    return this.api.post(`/api/commitments/${encodeURIComponent(id)}/progress`, report, { 'if-match': String(version) });
  }

  changeStatus(id: string, status: CommitmentStatus, reason: string): Promise<WriteResult> {
    const body = reason.trim() ? { status, reason: reason.trim() } : { status };
    return this.api.post(`/api/commitments/${encodeURIComponent(id)}/status`, body);
  }
}
