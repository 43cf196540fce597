import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ApiError, AuthStore, LiveUpdatesClient, apiErrorText } from '@accord/portal/data-access';
import { ConsularApi } from './consular-api';
import { CONSULAR_UPDATE_TYPES, CaseUpdateStatus, ConsularRequestDetail, DeclineReason, SharingPurpose, StoredCase } from './consular.models';

/**
 * One consular request as its two parties see it. The case list (personal data) is held in this
 * store's memory only, never in browser storage, and dropped when the page is left.
 */
@Injectable()
export class ConsularRequestStore {
  private readonly api = inject(ConsularApi);
  private readonly live = inject(LiveUpdatesClient);
  private readonly auth = inject(AuthStore);
  private id: string | null = null;
  readonly detail = signal<ConsularRequestDetail | null>(null);
  readonly cases = signal<StoredCase[]>([]);
  readonly purpose = signal<SharingPurpose>('consular_assistance');
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly casesError = signal<string | null>(null);
  readonly lastLive = signal<string | null>(null);
  readonly isAssignee = computed(() => this.detail()?.assignee?.organisationId === this.auth.organisationId());
  readonly isRequester = computed(() => this.detail()?.requesterOrganisationId === this.auth.organisationId());
  readonly canAnswer = computed(() => this.isAssignee() && this.detail()?.status === 'routed');
  readonly canUpdateCases = computed(() => this.isAssignee() && this.detail()?.status === 'accepted');

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on(...CONSULAR_UPDATE_TYPES)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => {
        if (u.aggregateId !== this.id) return;
        this.lastLive.set(u.type);
        void this.refresh();
      });
    this.live.reconnected$.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => void this.refresh());
    destroyRef.onDestroy(() => this.cases.set([]));
  }

  async load(id: string): Promise<void> {
    this.id = id;
    this.detail.set(null);
    this.cases.set([]);
    this.loading.set(true);
    await this.refresh();
    this.loading.set(false);
  }

  async refresh(): Promise<void> {
    const id = this.id;
    if (!id) return;
    try {
      const d = await this.api.get(id);
      if (id !== this.id) return;
      this.detail.set(d);
      this.error.set(null);
      await this.loadCases();
    } catch (error) {
      this.error.set(apiErrorText(error));
    }
  }

  async loadCases(): Promise<void> {
    const id = this.id;
    if (!id || this.detail()?.purgedAt) return this.cases.set([]);
    try {
      const cases = await this.api.cases(id, this.purpose());
      if (id === this.id) this.cases.set(cases);
      this.casesError.set(null);
    } catch (error) {
      this.cases.set([]);
      this.casesError.set(error instanceof ApiError && error.status === 403 ? null : apiErrorText(error));
    }
  }

  accept(): Promise<void> {
    return this.write((id) => this.api.accept(id));
  }

  decline(reason: DeclineReason, note: string): Promise<void> {
    return this.write((id) => this.api.decline(id, reason, note));
  }

  updateCase(caseId: string, status: CaseUpdateStatus): Promise<void> {
    return this.write((id) => this.api.updateCase(id, caseId, status));
  }

  private async write(call: (id: string) => Promise<unknown>): Promise<void> {
    if (!this.id) throw new Error('no request loaded');
    await call(this.id);
    await this.refresh();
  }
}
