import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ApiError, LiveUpdatesClient, apiErrorText } from '@accord/portal/data-access';
import { CrisisApi } from './crisis-api';
import { FIELD_REPORT_FILED, FieldObservation, FieldReportView } from './crisis.models';

export const FIELD_REPORTS_PAGE_SIZE = 10;

/**
 * The field reports of one alert, newest observation first, a page at a time. A 403 is not an error to
 * show: the reports are for the room's members and the monitors who filed, so the panel says so.
 */
@Injectable()
export class FieldReportsStore {
  private readonly api = inject(CrisisApi);
  private readonly live = inject(LiveUpdatesClient);
  private alertId: string | null = null;
  readonly items = signal<FieldReportView[]>([]);
  readonly total = signal(0);
  readonly page = signal(1);
  readonly pageSize = FIELD_REPORTS_PAGE_SIZE;
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly restricted = signal(false);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<FieldReportView>(FIELD_REPORT_FILED)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => {
        if (u.aggregateId === this.alertId) void this.refresh();
      });
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.refresh());
  }

  async load(alertId: string): Promise<void> {
    this.alertId = alertId;
    this.items.set([]);
    this.total.set(0);
    this.page.set(1);
    await this.refresh();
  }

  async goTo(page: number): Promise<void> {
    this.page.set(page);
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const id = this.alertId;
    if (!id) return;
    this.loading.set(true);
    try {
      const result = await this.api.fieldReports(id, this.page(), this.pageSize);
      if (id !== this.alertId) return;
      this.items.set(result.items);
      this.total.set(result.total);
      this.restricted.set(false);
      this.error.set(null);
    } catch (error) {
      const forbidden = error instanceof ApiError && (error.status === 403 || error.status === 401);
      this.restricted.set(forbidden);
      this.error.set(forbidden ? null : apiErrorText(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** Files the report, then shows the first page, where the newest observation usually is. */
  async file(observation: FieldObservation): Promise<void> {
    if (!this.alertId) throw new Error('no alert loaded');
    await this.api.fileFieldReport(this.alertId, observation);
    this.page.set(1);
    await this.refresh();
  }
}
