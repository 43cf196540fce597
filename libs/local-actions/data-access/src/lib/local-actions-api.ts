import { Injectable, inject } from '@angular/core';
import { ApiClient, ServerPage } from '@accord/portal/data-access';
import { LocalActionFilters, LocalActionView, NewLocalAction } from './local-action.models';

@Injectable({ providedIn: 'root' })
export class LocalActionsApi {
  private readonly api = inject(ApiClient);

  list(filters: Partial<LocalActionFilters>, page: number, pageSize: number): Promise<ServerPage<LocalActionView>> {
    return this.api.get('/api/local-actions', { ...filters, page, pageSize });
  }

  report(action: NewLocalAction): Promise<{ id: string; version?: number }> {
    return this.api.post('/api/local-actions', action);
  }
}
