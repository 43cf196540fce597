import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ApiError, LiveUpdatesClient } from '@accord/portal/data-access';
import { COMMITMENT_UPDATE_TYPES, CommitmentDetail, CommitmentStatus, CommitmentView, ProgressReport, WriteResult } from './commitment.models';
import { CommitmentsApi } from './commitments-api';

/** One commitment's page: its detail, timeline and writes. Provide it in the page component. */
@Injectable()
export class CommitmentStore {
  private readonly api = inject(CommitmentsApi);
  private readonly live = inject(LiveUpdatesClient);
  private id: string | null = null;
  /** A day (YYYY-MM-DD) when the page shows the commitment as it stood then; '' for now. */
  private asOf = '';
  private loadSeq = 0;

  readonly detail = signal<CommitmentDetail | null>(null);
  readonly loading = signal(false);
  readonly error = signal<ApiError | null>(null);
  /** Set when a live update changed what is on screen; the page announces it. */
  readonly lastLiveChange = signal<CommitmentView | null>(null);
  readonly flash = signal(false);

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on<CommitmentView>(...COMMITMENT_UPDATE_TYPES)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => void this.onLive(u.view));
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.refresh());
  }

  async load(id: string, asOf = ''): Promise<void> {
    this.id = id;
    this.asOf = asOf;
    this.detail.set(null);
    this.loading.set(true);
    await this.refresh();
    // The page reads a read model: a commitment logged a moment ago may not be projected yet.
    for (let tries = 0; tries < 15 && this.id === id && this.error()?.status === 404; tries++) {
      await new Promise((r) => setTimeout(r, 300));
      await this.refresh();
    }
    this.loading.set(false);
  }

  reportProgress(report: ProgressReport): Promise<WriteResult> {
    const d = this.requireDetail();
    return this.afterWrite(this.api.reportProgress(d.id, report, d.version));
  }

  changeStatus(status: CommitmentStatus, reason: string): Promise<WriteResult> {
    const d = this.requireDetail();
    return this.afterWrite(this.api.changeStatus(d.id, status, reason));
  }

  addCoOwner(organisationId: string): Promise<WriteResult> {
    const d = this.requireDetail();
    return this.afterWrite(this.api.addCoOwner(d.id, organisationId, d.version));
  }

  private async afterWrite(write: Promise<WriteResult>): Promise<WriteResult> {
    const result = await write;
    await this.refresh();
    return result;
  }

  private async onLive(view: CommitmentView): Promise<void> {
    if (this.asOf) return; // the past does not change
    const current = this.detail();
    if (!current && view.id === this.id) return this.refresh();
    if (!current || view.id !== current.id || view.version <= current.version) return;
    // The view carries no timeline: show the new fields at once, then fetch the timeline.
    this.detail.set({ ...current, ...view });
    this.lastLiveChange.set(view);
    this.flash.set(true);
    setTimeout(() => this.flash.set(false), 2500);
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const id = this.id;
    if (!id) return;
    const seq = ++this.loadSeq;
    try {
      const detail = await this.api.get(id, this.asOf);
      if (seq !== this.loadSeq) return;
      const current = this.detail();
      if (!current || current.id !== detail.id || detail.version >= current.version) this.detail.set(detail);
      this.error.set(null);
    } catch (error) {
      if (seq !== this.loadSeq) return;
      if (!(error instanceof ApiError)) throw error;
      this.error.set(error);
    }
  }

  private requireDetail(): CommitmentDetail {
    const d = this.detail();
    if (!d) throw new Error('no commitment loaded');
    return d;
  }
}
