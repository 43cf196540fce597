import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ApiError, LiveUpdatesClient, apiErrorText } from '@accord/portal/data-access';
import { CrisisApi } from './crisis-api';
import { AlertTerms, CrisisRoomView, MovementReport, OpenOperation, PresenceReport, ROOM_UPDATE_TYPES } from './crisis.models';

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
      this.notFound.set(false);
    } catch (error) {
      this.notFound.set(error instanceof ApiError && error.status === 404);
      this.error.set(apiErrorText(error));
    }
  }

  async reportPresence(report: PresenceReport): Promise<void> {
    await this.api.reportPresence(this.loadedId(), report);
    await this.refresh();
  }

  /** Sent with the version on screen: a change made meanwhile by someone else is a 409, not lost. */
  async updateAlert(terms: AlertTerms): Promise<void> {
    await this.api.updateAlert(this.loadedId(), terms, this.shownVersion());
    await this.refresh();
  }

  async endAlert(how: 'close' | 'cancel', note: string): Promise<void> {
    await this.api.endAlert(this.loadedId(), how, note, this.shownVersion());
    await this.refresh();
  }

  async openEvacuation(operation: Omit<OpenOperation, 'alertId' | 'country'>): Promise<void> {
    const alert = this.view()?.alert;
    if (!alert) throw new Error('no alert loaded');
    await this.api.openEvacuation({ ...operation, alertId: alert.id, country: alert.country });
    await this.refresh();
  }

  async reportMovement(operationId: string, movement: MovementReport): Promise<void> {
    await this.api.reportMovement(operationId, movement);
    await this.refresh();
  }

  private loadedId(): string {
    if (!this.alertId) throw new Error('no alert loaded');
    return this.alertId;
  }

  private shownVersion(): number {
    const version = this.view()?.alert.version;
    if (!version) throw new Error('no alert loaded');
    return version;
  }
}
