import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LiveUpdatesClient, PagedList } from '@accord/portal/data-access';
import { CrisisApi } from './crisis-api';
import { FIELD_REPORT_FILED, FieldObservation, FieldReportView } from './crisis.models';

export const FIELD_REPORTS_PAGE_SIZE = 10;

/**
 * The field reports of one alert, newest observation first, a page at a time. A 403 is not an error to
 * show: the reports are for the room's members and the monitors who filed, so the panel says so.
 */
@Injectable()
export class FieldReportsStore extends PagedList<FieldReportView> {
  private readonly api: CrisisApi;
  private alertId: string | null = null;

  constructor() {
    const api = inject(CrisisApi);
    super((page, size) => api.fieldReports(this.loadedId(), page, size), { pageSize: FIELD_REPORTS_PAGE_SIZE });
    this.api = api;
    const live = inject(LiveUpdatesClient);
    const destroyRef = inject(DestroyRef);
    live
      .on<FieldReportView>(FIELD_REPORT_FILED)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => {
        if (u.aggregateId === this.alertId) void this.refresh();
      });
    live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.refresh());
  }

  async load(alertId: string): Promise<void> {
    this.alertId = alertId;
    this.reset();
    await this.refresh();
  }

  override async refresh(): Promise<void> {
    if (this.alertId) await super.refresh();
  }

  /** Files the report, then shows the first page, where the newest observation usually is. */
  async file(observation: FieldObservation): Promise<void> {
    await this.api.fileFieldReport(this.loadedId(), observation);
    await this.goTo(1);
  }

  private loadedId(): string {
    if (!this.alertId) throw new Error('no alert loaded');
    return this.alertId;
  }
}
