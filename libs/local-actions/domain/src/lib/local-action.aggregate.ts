import { AggregateRoot, BusinessRule, Clock, Forbidden } from '@accord/shared/kernel';
import { LocalActionDetails } from './local-action-details';
import { LocalActionEvent, ReportingCity } from './local-action-events';
import { ActionDateMustBeACalendarDate } from './rules/action-date-must-be-a-calendar-date.rule';
import { BeneficiariesMustBeACount } from './rules/beneficiaries-must-be-a-count.rule';
import { LinksMustNotRepeat } from './rules/links-must-not-repeat.rule';
import { LocationCountryMustBeIso } from './rules/location-country-must-be-iso.rule';
import { OnlyCitiesReportLocalActions } from './rules/only-cities-report-local-actions.rule';
import { OnlyTheReportingCityMayUpdate } from './rules/only-the-reporting-city-may-update.rule';

export interface LocalActionState extends LocalActionDetails {
  city: ReportingCity;
}

/** What a city did on the ground, linked upward to national commitments and recommendations. */
export class LocalAction extends AggregateRoot<LocalActionEvent> {
  private constructor(id: string, version: number, private state: LocalActionState, private readonly clock: Clock) {
    super(id, version);
  }

  static report(id: string, city: ReportingCity, details: LocalActionDetails, clock: Clock): LocalAction {
    const action = new LocalAction(id, 0, { ...details, city }, clock);
    action.authorise(new OnlyCitiesReportLocalActions(city.kind));
    action.checkDetails(details);
    action.record({ type: 'LocalActionReported', data: { localActionId: id, city, ...details, reportedAt: clock.now().toISOString() } });
    return action;
  }

  static restore(id: string, version: number, state: LocalActionState, clock: Clock): LocalAction {
    return new LocalAction(id, version, state, clock);
  }

  get snapshot(): Readonly<LocalActionState> {
    return { ...this.state };
  }

  update(actingFor: string, changes: Partial<LocalActionDetails>): void {
    this.authorise(new OnlyTheReportingCityMayUpdate(this.state.city.organisationId, actingFor));
    const { city, ...current } = this.state;
    const details: LocalActionDetails = { ...current, ...changes };
    this.checkDetails(details);
    this.record({ type: 'LocalActionUpdated', data: { localActionId: this.id, ...details, updatedAt: this.clock.now().toISOString() } });
    this.state = { ...details, city };
  }

  private checkDetails(d: LocalActionDetails): void {
    this.checkRule(new ActionDateMustBeACalendarDate(d.date));
    this.checkRule(new LocationCountryMustBeIso(d.location.country));
    this.checkRule(new BeneficiariesMustBeACount(d.beneficiaries));
    this.checkRule(new LinksMustNotRepeat('commitmentIds', d.commitmentIds));
    this.checkRule(new LinksMustNotRepeat('recommendationIds', d.recommendationIds));
  }

  private authorise(rule: BusinessRule): void {
    if (rule.isBroken()) throw new Forbidden(rule.message);
  }
}
