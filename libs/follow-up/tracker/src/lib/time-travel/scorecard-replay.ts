import { CommitmentLoggedV1, CommitmentStatusChangedV1, COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { FollowUpReportedV1, RecommendationIssuedV1, RecommendationRespondedV1 } from '@accord/follow-up/contracts';
import { EventEnvelope } from '@accord/shared/contracts';
import { ScorecardGrouping } from '../persistence/scorecard.queries';
import { Scorecard } from '@accord/follow-up/contracts/views';
import { LinkCounts, ObligationCounts, toScorecards } from './scorecard-counts';

interface Obligation {
  process: string;
  addresseeId: string;
  dueDate: string;
  responded: boolean;
  reported: boolean;
  onTime: boolean | null;
  commitments: Set<string>;
}

/**
 * Scorecards as the events in `log` (in log order) make them, in memory: the live tracker
 * projection's rules (one version at a time per aggregate; the first report decides "on time").
 */
export class ScorecardReplay {
  private readonly versions = new Map<string, number>();
  private readonly obligations = new Map<string, Obligation>();
  private readonly statuses = new Map<string, string>();

  constructor(log: readonly EventEnvelope[]) {
    for (const e of log) this.apply(e);
  }

  /** `today` (YYYY-MM-DD) decides which obligations were due, as the live card uses the clock's day. */
  scorecards(by: ScorecardGrouping, today: string): Scorecard[] {
    const counts = new Map<string, ObligationCounts>();
    const links = new Map<string, { key: string; linked: Set<string> }>();
    for (const o of this.obligations.values()) {
      const key = by === 'process' ? o.process : o.addresseeId;
      const c = counts.get(key) ?? { key, obligations: 0, responded: 0, due: 0, on_time: 0 };
      c.obligations += 1;
      if (o.responded) c.responded += 1;
      if (o.dueDate < today || o.reported) c.due += 1;
      if (o.onTime) c.on_time += 1;
      counts.set(key, c);
      const l = links.get(key) ?? { key, linked: new Set<string>() };
      o.commitments.forEach((id) => l.linked.add(id));
      links.set(key, l);
    }
    const linkCounts: LinkCounts[] = [...links.values()].filter((l) => l.linked.size > 0).map((l) => ({
      key: l.key,
      linked: l.linked.size,
      fulfilled: [...l.linked].filter((id) => this.statuses.get(id) === 'fulfilled').length,
    }));
    return toScorecards([...counts.values()], linkCounts);
  }

  private apply(e: EventEnvelope): void {
    if (e.type === 'RecommendationIssued' || e.type === 'CommitmentLogged') return this.first(e);
    if (!this.isNext(e)) return;
    if (e.stream === COMMITMENT_STREAM) {
      if (e.type === 'CommitmentStatusChanged') this.statuses.set(e.aggregateId, (e as CommitmentStatusChangedV1).payload.to);
      return;
    }
    if (e.type === 'RecommendationResponded') this.responded(e as RecommendationRespondedV1);
    else if (e.type === 'FollowUpReported') this.reported(e as FollowUpReportedV1);
  }

  private first(e: EventEnvelope): void {
    if (this.versions.has(e.aggregateId)) return;
    this.versions.set(e.aggregateId, e.aggregateVersion);
    if (e.type === 'CommitmentLogged') {
      this.statuses.set(e.aggregateId, (e as CommitmentLoggedV1).payload.status);
      return;
    }
    const p = (e as RecommendationIssuedV1).payload;
    for (const addresseeId of p.addresseeIds) {
      this.obligations.set(`${p.recommendationId}/${addresseeId}`, {
        process: p.meeting.process, addresseeId, dueDate: p.dueDate, responded: false, reported: false, onTime: null, commitments: new Set(),
      });
    }
  }

  /** A redelivery or an event after a gap is left out, as the live projection does. */
  private isNext(e: EventEnvelope): boolean {
    const have = this.versions.get(e.aggregateId);
    if (have === undefined || e.aggregateVersion !== have + 1) return false;
    this.versions.set(e.aggregateId, e.aggregateVersion);
    return true;
  }

  private responded({ payload: p }: RecommendationRespondedV1): void {
    const o = this.obligations.get(`${p.recommendationId}/${p.addresseeId}`);
    if (o) o.responded = true;
  }

  private reported({ payload: p }: FollowUpReportedV1): void {
    const o = this.obligations.get(`${p.recommendationId}/${p.addresseeId}`);
    if (!o) return;
    if (!o.reported) o.onTime = p.onTime;
    o.reported = true;
    p.commitmentIds.forEach((id) => o.commitments.add(id));
  }
}
