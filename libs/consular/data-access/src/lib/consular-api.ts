import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@accord/portal/data-access';
import { CaseUpdateStatus, ConsularRequestDetail, DeclineReason, NewConsularRequest, SharingPurpose, StoredCase } from './consular.models';

const NO_STORE = { noStore: true };
const path = (id: string) => `/api/consular-requests/${encodeURIComponent(id)}`;

/** Every call bypasses the browser cache: these responses may carry personal data. */
@Injectable({ providedIn: 'root' })
export class ConsularApi {
  private readonly api = inject(ApiClient);

  raise(request: NewConsularRequest): Promise<{ id: string }> {
    return this.api.post('/api/consular-requests', request, {}, NO_STORE);
  }

  get(id: string): Promise<ConsularRequestDetail> {
    return this.api.get(path(id), {}, NO_STORE);
  }

  cases(id: string, purpose: SharingPurpose): Promise<StoredCase[]> {
    return this.api.get(`${path(id)}/cases`, { purpose }, NO_STORE);
  }

  accept(id: string): Promise<unknown> {
    return this.api.post(`${path(id)}/accept`, undefined, {}, NO_STORE);
  }

  decline(id: string, reason: DeclineReason, note: string): Promise<unknown> {
    return this.api.post(`${path(id)}/decline`, { reason, ...(note ? { note } : {}) }, {}, NO_STORE);
  }

  updateCase(id: string, caseId: string, status: CaseUpdateStatus): Promise<unknown> {
    return this.api.post(`${path(id)}/cases/${encodeURIComponent(caseId)}/status`, { status }, {}, NO_STORE);
  }
}
