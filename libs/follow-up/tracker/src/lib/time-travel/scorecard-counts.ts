import { Scorecard } from '@accord/follow-up/contracts/views';

/** Per process or addressee: what the scorecard divides, whether counted in SQL (live) or replayed (as of). */
export interface ObligationCounts {
  key: string;
  obligations: number;
  responded: number;
  due: number;
  on_time: number;
}

export interface LinkCounts {
  key: string;
  linked: number;
  fulfilled: number;
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/** The one place the scorecard's shares are worked out, so the live card and the card "as of" agree. */
export function toScorecards(obligations: readonly ObligationCounts[], links: readonly LinkCounts[]): Scorecard[] {
  const byKey = new Map(links.map((l) => [l.key, l]));
  // Sorted here, not by the database's collation, so a replayed card lists keys in the same order.
  return [...obligations].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((o) => {
    const l = byKey.get(o.key) ?? { linked: 0, fulfilled: 0 };
    return {
      key: o.key,
      obligations: o.obligations,
      respondedShare: share(o.responded, o.obligations),
      reportedOnTimeShare: share(o.on_time, o.due),
      linkedCommitments: l.linked,
      linkedCommitmentsFulfilledShare: share(l.fulfilled, l.linked),
    };
  });
}
