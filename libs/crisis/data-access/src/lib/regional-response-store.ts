import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LiveUpdatesClient } from '@accord/portal/data-access';
import { CrisisApi } from './crisis-api';
import { CAPACITY_UPDATED, CONSULTATION_UPDATED, CapacityOffer, RoomCapacityRoute, RoomConsultationView } from './crisis.models';
import { RoomList } from './room-list';

/** The regional response around one alert: emergency consultations and transport capacity, kept live. */
@Injectable()
export class RegionalResponseStore {
  private readonly api = inject(CrisisApi);
  private readonly live = inject(LiveUpdatesClient);
  private alertId: string | null = null;
  private reads = { consultations: false, capacity: false };
  readonly consultations = new RoomList<RoomConsultationView>((page, size) => this.api.consultations(this.loadedId(), page, size), 5);
  readonly capacity = new RoomList<RoomCapacityRoute>((page, size) => this.api.capacity(this.loadedId(), page, size), 10);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on(CONSULTATION_UPDATED, CAPACITY_UPDATED)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => {
        if (u.aggregateId !== this.alertId) return;
        if (u.type === CONSULTATION_UPDATED && this.reads.consultations) void this.consultations.refresh();
        if (u.type === CAPACITY_UPDATED && this.reads.capacity) void this.capacity.refresh();
      });
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.refresh());
  }

  /** Only the lists the viewer may read are asked for (the server would answer 403 to the others). */
  async load(alertId: string, reads: { consultations: boolean; capacity: boolean }): Promise<void> {
    this.alertId = alertId;
    this.reads = reads;
    this.consultations.page.set(1);
    this.capacity.page.set(1);
    this.consultations.restricted.set(!reads.consultations);
    this.capacity.restricted.set(!reads.capacity);
    await this.refresh();
  }

  /** Returns how many matches the matcher proposed at once; the routes show the new seats. */
  async offerCapacity(operationId: string, offer: CapacityOffer): Promise<number> {
    const saved = await this.api.offerCapacity(operationId, offer);
    if (this.reads.capacity) await this.capacity.refresh();
    return saved.matchIds?.length ?? 0;
  }

  private async refresh(): Promise<void> {
    if (!this.alertId) return;
    await Promise.all([this.reads.consultations ? this.consultations.refresh() : null, this.reads.capacity ? this.capacity.refresh() : null]);
  }

  private loadedId(): string {
    if (!this.alertId) throw new Error('no alert loaded');
    return this.alertId;
  }
}
