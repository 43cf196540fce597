import { Injectable, inject } from '@angular/core';
import { ApiClient, ServerPage } from '@accord/portal/data-access';
import { AlertListEntry, CrisisRoomView, PresenceReport, TaskView } from './crisis.models';

@Injectable({ providedIn: 'root' })
export class CrisisApi {
  private readonly api = inject(ApiClient);

  alerts(query: { status?: string; country?: string }, page: number, pageSize: number): Promise<ServerPage<AlertListEntry>> {
    return this.api.get('/api/crisis-room/alerts', { ...query, page, pageSize });
  }

  room(alertId: string): Promise<CrisisRoomView> {
    return this.api.get(`/api/crisis-room/alerts/${encodeURIComponent(alertId)}`);
  }

  tasks(page = 1, pageSize = 20): Promise<ServerPage<TaskView>> {
    return this.api.get('/api/crisis-room/tasks', { page, pageSize });
  }

  reportPresence(alertId: string, report: PresenceReport): Promise<{ id: string }> {
    return this.api.post(`/api/crisis-alerts/${encodeURIComponent(alertId)}/presence`, report);
  }
}
