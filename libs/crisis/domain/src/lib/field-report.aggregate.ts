import { AggregateRoot, Clock, Forbidden } from '@accord/shared/kernel';
import { CrisisAlert } from './crisis-alert.aggregate';
import { FieldReportFiled } from './field-report-events';
import { FieldObservation } from './field-report-terms';
import { AlertMustBeOpen } from './rules/alert-must-be-open.rule';
import { FieldCountsMustBeWhole } from './rules/field-counts-must-be-whole.rule';
import { FieldNoteMustBeShort } from './rules/field-note-must-be-short.rule';
import { ObservationCannotBeInTheFuture } from './rules/observation-cannot-be-in-the-future.rule';
import { OnlyCivilSocietyFilesFieldReports } from './rules/only-civil-society-files-field-reports.rule';

export interface FieldReportState extends FieldObservation {
  alertId: string;
  country: string;
  monitorOrganisationId: string;
  filedAt: string;
}

/** What a civil society monitor saw on the ground during a crisis (the 4Mi practice): counts, never names. */
export class FieldReport extends AggregateRoot<FieldReportFiled> {
  private constructor(id: string, version: number, private readonly state: FieldReportState) {
    super(id, version);
  }

  static file(id: string, alert: CrisisAlert, monitor: { organisationId: string; kind: string }, observation: FieldObservation, clock: Clock): FieldReport {
    const onlyCso = new OnlyCivilSocietyFilesFieldReports(monitor.kind);
    if (onlyCso.isBroken()) throw new Forbidden(onlyCso.message);
    const now = clock.now();
    const needs = [...new Set(observation.needs)];
    const state: FieldReportState = { ...observation, needs, alertId: alert.id, country: alert.snapshot.country, monitorOrganisationId: monitor.organisationId, filedAt: now.toISOString() };
    const report = new FieldReport(id, 0, state);
    report.checkRule(new AlertMustBeOpen(alert.snapshot.status));
    report.checkRule(new FieldCountsMustBeWhole(observation.movements, observation.incidents));
    report.checkRule(new ObservationCannotBeInTheFuture(observation.observedAt, now));
    report.checkRule(new FieldNoteMustBeShort(observation.note));
    const { note, ...shared } = state;
    report.record({ type: 'FieldReportFiled', data: { reportId: id, ...shared, hasNote: note !== null && note.length > 0 } });
    return report;
  }

  get snapshot(): Readonly<FieldReportState> {
    return { ...this.state };
  }
}
