import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { LiveUpdatesClient, PagedList } from '@accord/portal/data-access';
import { CrisisApi } from './crisis-api';
import {
  AttendanceMark, CAPACITY_UPDATED, CONSULTATION_UPDATED, CapacityMatchView, CapacityOffer, CapacityOfferView, CapacityRequest, CapacityRequestView, ConsultationTerms,
  DecisionTerms, ManualMatch, RoomCapacityRoute, RoomConsultationView,
} from './crisis.models';

/** The regional response around one alert: emergency consultations and transport capacity, kept live. */
@Injectable()
export class RegionalResponseStore {
  private readonly api = inject(CrisisApi);
  private readonly live = inject(LiveUpdatesClient);
  private alertId: string | null = null;
  private reads = { consultations: false, capacity: false };
  readonly consultations = new PagedList<RoomConsultationView>((page, size) => this.api.consultations(this.loadedId(), page, size), { pageSize: 5 });
  readonly capacity = new PagedList<RoomCapacityRoute>((page, size) => this.api.capacity(this.loadedId(), page, size), { pageSize: 10 });
  /** The evacuation operation whose matches, offers and requests are shown (one of the alert's operations). */
  readonly operationId = signal<string | null>(null);
  readonly matches = new PagedList<CapacityMatchView>((page, size) => this.perOperation((op) => this.api.capacityMatches(op, page, size)), { pageSize: 10 });
  /** What a match can be made of: the first 100 offers and requests of the operation (the choice lists of the manual match). */
  readonly offers = new PagedList<CapacityOfferView>((page, size) => this.perOperation((op) => this.api.capacityOffers(op, page, size)), { pageSize: 100 });
  readonly requests = new PagedList<CapacityRequestView>((page, size) => this.perOperation((op) => this.api.capacityRequests(op, page, size)), { pageSize: 100 });

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.live
      .on(CONSULTATION_UPDATED, CAPACITY_UPDATED)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((u) => {
        if (u.aggregateId !== this.alertId) return;
        if (u.type === CONSULTATION_UPDATED && this.reads.consultations) void this.consultations.refresh();
        if (u.type === CAPACITY_UPDATED && this.reads.capacity) void this.refreshCapacity();
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
    await this.refreshCapacity();
    return saved.matchIds?.length ?? 0;
  }

  /** Returns how many matches the matcher proposed at once. */
  async requestCapacity(operationId: string, request: CapacityRequest): Promise<number> {
    const saved = await this.api.requestCapacity(operationId, request);
    await this.refreshCapacity();
    return saved.matchIds?.length ?? 0;
  }

  /** A 409 (someone else took the seats) refreshes the lists before it reaches the form. */
  async matchCapacity(match: ManualMatch): Promise<void> {
    try {
      await this.api.matchCapacity(this.chosenOperation(), match);
    } finally {
      await this.refreshCapacity();
    }
  }

  async answerMatch(matchId: string, answer: 'confirm' | 'decline'): Promise<void> {
    await this.api.answerMatch(this.chosenOperation(), matchId, answer);
    await this.refreshCapacity();
  }

  async showOperation(operationId: string): Promise<void> {
    if (this.operationId() === operationId) return;
    this.operationId.set(operationId);
    this.matches.page.set(1);
    await this.refreshOperation();
  }

  async convene(terms: ConsultationTerms): Promise<void> {
    await this.api.convene(this.loadedId(), terms);
    await this.consultations.refresh();
  }

  /** The marks recorded so far, per invited State (the room shows counts only). */
  async attendance(consultationId: string): Promise<AttendanceMark[]> {
    return (await this.api.consultation(consultationId)).attendance;
  }

  async recordAttendance(consultationId: string, marks: AttendanceMark[]): Promise<void> {
    await this.api.recordAttendance(consultationId, marks);
    await this.consultations.refresh();
  }

  /** Returns the id of the recommendation the decision was issued as. */
  async recordDecision(consultationId: string, terms: DecisionTerms): Promise<string> {
    const saved = await this.api.recordDecision(consultationId, terms);
    await this.consultations.refresh();
    return saved.recommendationId;
  }

  async closeConsultation(consultationId: string): Promise<void> {
    await this.api.closeConsultation(consultationId);
    await this.consultations.refresh();
  }

  private async refreshCapacity(): Promise<void> {
    if (!this.reads.capacity) return;
    await Promise.all([this.capacity.refresh(), this.refreshOperation()]);
  }

  private async refreshOperation(): Promise<void> {
    if (!this.operationId()) return;
    await Promise.all([this.matches.refresh(), this.offers.refresh(), this.requests.refresh()]);
  }

  private perOperation<T>(fetch: (operationId: string) => Promise<{ items: T[]; total: number; page: number; pageSize: number }>) {
    return fetch(this.chosenOperation());
  }

  private chosenOperation(): string {
    const op = this.operationId();
    if (!op) throw new Error('no operation chosen');
    return op;
  }

  private async refresh(): Promise<void> {
    if (!this.alertId) return;
    await Promise.all([this.reads.consultations ? this.consultations.refresh() : null, this.refreshCapacity()]);
  }

  private loadedId(): string {
    if (!this.alertId) throw new Error('no alert loaded');
    return this.alertId;
  }
}
