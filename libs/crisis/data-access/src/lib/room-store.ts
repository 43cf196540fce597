import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ApiError, LiveUpdatesClient, apiErrorText } from '@accord/portal/data-access';
import { CrisisApi } from './crisis-api';
import { CrisisRoomView, PresenceReport, ROOM_UPDATE_TYPES } from './crisis.models';

/**
 * One alert's crisis room. A pushed CrisisRoomUpdated carries this viewer's own room view, so it is
 * used as is; public alert events only carry the list entry, so the room is refetched.
 */
@Injectable()
export class RoomStore {
  private readonly api = inject(CrisisApi);
  private readonly live = inject(LiveUpdatesClient);
  private alertId: string | null = null;
  readonly view = signal<CrisisRoomView | null>(null);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly notFound = signal(false);
  readonly lastLive = signal<string | null>(null);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<CrisisRoomView>(...ROOM_UPDATE_TYPES)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => {
        if (u.aggregateId !== this.alertId) return;
        this.lastLive.set(u.type + ':' + u.occurredAt);
        if (u.type === 'CrisisRoomUpdated' && u.view?.alert) this.view.set(u.view);
        else void this.refresh();
      });
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.refresh());
  }

  async load(alertId: string): Promise<void> {
    this.alertId = alertId;
    this.view.set(null);
    this.loading.set(true);
    await this.refresh();
    this.loading.set(false);
  }

  async refresh(): Promise<void> {
    const id = this.alertId;
    if (!id) return;
    try {
      const v = await this.api.room(id);
      if (id === this.alertId) this.view.set(v);
      this.error.set(null);
    } catch (error) {
      this.notFound.set(error instanceof ApiError && error.status === 404);
      this.error.set(apiErrorText(error));
    }
  }

  async reportPresence(report: PresenceReport): Promise<void> {
    if (!this.alertId) throw new Error('no alert loaded');
    await this.api.reportPresence(this.alertId, report);
    await this.refresh();
  }
}
