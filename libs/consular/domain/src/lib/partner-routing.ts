import { AgreementTerms } from './consular-agreement.aggregate';
import { ConsularService } from './consular-terms';

export interface RoutingQuestion {
  requester: string;
  country: string;
  services: readonly ConsularService[];
  at: Date;
  agreements: readonly AgreementTerms[];
  /** States with a mission in `country`. */
  statesWithMission: readonly string[];
  /** Already asked (declined or timed out), and organisations that may never receive case data. */
  excluded: readonly string[];
}

/**
 * The partners a request may go to, best first: a State that shares an agreement with the requester
 * covering the country and every service asked for, valid today, and that has a mission there.
 * Ties break by the oldest agreement, then by id, so routing is deterministic.
 */
export function eligiblePartners(q: RoutingQuestion): string[] {
  const day = q.at.toISOString().slice(0, 10);
  const ranked = new Map<string, string>();
  for (const a of q.agreements) {
    if (!a.parties.includes(q.requester) || !a.countries.includes(q.country)) continue;
    if (a.validFrom.slice(0, 10) > day || (a.validTo !== null && a.validTo.slice(0, 10) < day)) continue;
    if (!q.services.every((s) => a.services.includes(s))) continue;
    for (const p of a.parties) {
      if (p === q.requester || q.excluded.includes(p) || !q.statesWithMission.includes(p)) continue;
      const since = ranked.get(p);
      if (since === undefined || a.validFrom < since) ranked.set(p, a.validFrom);
    }
  }
  return [...ranked].sort(([pa, a], [pb, b]) => a.localeCompare(b) || pa.localeCompare(pb)).map(([p]) => p);
}
