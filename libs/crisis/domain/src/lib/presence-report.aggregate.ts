import { AggregateRoot, Clock } from '@accord/shared/kernel';
import { NationalsPresenceReported } from './presence-report-events';
import { NationalsNeed, PlaceCount } from './presence-terms';
import { AlertMustBeOpen } from './rules/alert-must-be-open.rule';
import { CountsMustBeWholeAndPositive } from './rules/counts-must-be-whole-and-positive.rule';
import { OnlyStatesReportPresence } from './rules/only-states-report-presence.rule';
import { CrisisAlert } from './crisis-alert.aggregate';

export interface PresenceReportState {
  alertId: string;
  country: string;
  stateOrganisationId: string;
  places: PlaceCount[];
  needs: NationalsNeed[];
  total: number;
  reportedAt: string;
}

/** A State's answer to an alert: how many of its nationals are where, and what they need. */
export class PresenceReport extends AggregateRoot<NationalsPresenceReported> {
  private constructor(id: string, version: number, private readonly state: PresenceReportState) {
    super(id, version);
  }

  static report(id: string, alert: CrisisAlert, reporter: { organisationId: string; kind: string }, places: PlaceCount[], needs: NationalsNeed[], clock: Clock): PresenceReport {
    const a = alert.snapshot;
    const state: PresenceReportState = {
      alertId: alert.id,
      country: a.country,
      stateOrganisationId: reporter.organisationId,
      places,
      needs: [...new Set(needs)],
      total: places.reduce((n, p) => n + p.count, 0),
      reportedAt: clock.now().toISOString(),
    };
    const report = new PresenceReport(id, 0, state);
    report.checkRule(new OnlyStatesReportPresence(reporter.kind));
    report.checkRule(new AlertMustBeOpen(a.status));
    report.checkRule(new CountsMustBeWholeAndPositive(places));
    report.record({ type: 'NationalsPresenceReported', data: { reportId: id, ...state } });
    return report;
  }

  get snapshot(): Readonly<PresenceReportState> {
    return { ...this.state };
  }
}
