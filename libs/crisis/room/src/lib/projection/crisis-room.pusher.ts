import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@accord/shared/contracts';
import { LiveUpdatePublisher } from '@accord/shared/live';
import { AlertQueries } from '../persistence/alert.queries';
import { ConcernedQueries } from '../persistence/concerned.queries';
import { FieldReportQueries } from '../persistence/field-report.queries';
import { RoomQueries } from '../persistence/room.queries';
import { TaskQueries } from '../persistence/task.queries';
import { TaskView } from '@accord/crisis/contracts/views';

export const ROOM_UPDATED = 'CrisisRoomUpdated';
export const EXPOSURE_DETECTED = 'CrisisExposureDetected';
export const TASK_CLOSED = 'CrisisTaskClosed';
export const FIELD_REPORT_FILED = 'FieldReportFiled';

/**
 * Every push of the crisis room goes through here, after the projection committed. Room details differ
 * per viewer (small counts, own consular requests), so each concerned organisation gets its own view in
 * its own room; nobody outside the concerned set is ever addressed.
 */
@Injectable()
export class CrisisRoomPusher {
  constructor(
    private readonly live: LiveUpdatePublisher,
    private readonly alerts: AlertQueries,
    private readonly rooms: RoomQueries,
    private readonly concerned: ConcernedQueries,
    private readonly tasks: TaskQueries,
    private readonly fieldReports: FieldReportQueries,
  ) {}

  async alertListEntry(alertId: string, cause: EventEnvelope): Promise<void> {
    const view = await this.alerts.listEntry(alertId);
    if (view) this.live.publish({ type: cause.type, aggregateId: alertId, occurredAt: cause.occurredAt, view }, { kind: 'public' });
  }

  /** Pushes the room to its concerned organisations, or to those of `only` that are concerned. */
  async room(alertId: string, cause: EventEnvelope, only?: readonly string[]): Promise<void> {
    for (const c of await this.concerned.of(alertId)) {
      if (only && !only.includes(c.organisationId)) continue;
      const view = await this.rooms.view(alertId, { organisationId: c.organisationId, kind: c.kind });
      if (!view?.room) continue;
      this.toOrganisation(c.organisationId, { type: ROOM_UPDATED, aggregateId: alertId, occurredAt: cause.occurredAt, view });
    }
  }

  /** The new report, as each room member and each monitor of the alert may see it. */
  async fieldReport(alertId: string, reportId: string, cause: EventEnvelope): Promise<void> {
    const readers = new Map<string, string | null>((await this.concerned.of(alertId)).map((c) => [c.organisationId, c.kind]));
    for (const monitor of await this.fieldReports.monitorsOf(alertId)) if (!readers.has(monitor)) readers.set(monitor, 'cso');
    for (const [organisationId, kind] of readers) {
      const view = await this.fieldReports.one(reportId, { organisationId, kind });
      if (view) this.toOrganisation(organisationId, { type: FIELD_REPORT_FILED, aggregateId: alertId, occurredAt: cause.occurredAt, view });
    }
  }

  async exposureOpenedBy(cause: EventEnvelope): Promise<void> {
    for (const task of await this.tasks.openedBy(cause.eventId)) this.task(EXPOSURE_DETECTED, task, cause);
  }

  async taskClosed(alertId: string, organisationId: string, cause: EventEnvelope): Promise<void> {
    const task = await this.tasks.find(alertId, organisationId);
    if (task?.status === 'closed') this.task(TASK_CLOSED, task, cause);
  }

  toOrganisation(organisationId: string, update: { type: string; aggregateId: string; occurredAt: string; view: unknown }): void {
    this.live.publish(update, { kind: 'organisations', organisationIds: [organisationId] });
  }

  private task(type: string, task: TaskView, cause: EventEnvelope): void {
    this.toOrganisation(task.organisationId, { type, aggregateId: task.alertId, occurredAt: cause.occurredAt, view: task });
  }
}
