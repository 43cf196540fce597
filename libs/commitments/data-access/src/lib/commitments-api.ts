import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@accord/portal/data-access';
import { BoardFilters } from './board-filters';
import { CommitmentChanges, CommitmentDetail, CommitmentStatus, CommitmentView, NewCommitment, Page, ProgressReport, WriteResult } from './commitment.models';

@Injectable({ providedIn: 'root' })
export class CommitmentsApi {
  private readonly api = inject(ApiClient);

  list(filters: BoardFilters, page: number, pageSize: number): Promise<Page<CommitmentView>> {
    return this.api.get('/api/commitments', { ...filters, page, pageSize });
  }

  get(id: string, asOf = ''): Promise<CommitmentDetail> {
    return this.api.get(`/api/commitments/${encodeURIComponent(id)}`, asOf ? { asOf } : {});
  }

  /** Commitments with what happened to them since a day, latest change first. */
  changes(since: string, page: number, pageSize: number): Promise<Page<CommitmentChanges>> {
    return this.api.get('/api/commitments/changes', { since, page, pageSize });
  }

  addCoOwner(id: string, organisationId: string, version: number): Promise<WriteResult> {
    return this.api.post(`/api/commitments/${encodeURIComponent(id)}/co-owners`, { organisationId }, { 'if-match': String(version) });
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
