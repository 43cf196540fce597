import { AggregateRoot, Clock, Forbidden } from '@accord/shared/kernel';
import { CrisisAlertEvent, IssuerSnapshot } from './crisis-alert-events';
import { AlertStatus, CapOrigin, CloseReason, CrisisAlertTerms } from './crisis-alert-terms';
import { AlertMustBeOpen } from './rules/alert-must-be-open.rule';
import { AlertNeedsAnArea } from './rules/alert-needs-an-area.rule';
import { AlertNeedsAnInfoBlock } from './rules/alert-needs-an-info-block.rule';
import { OnlyAgenciesRaiseAlerts } from './rules/only-agencies-raise-alerts.rule';
import { OnlyTheIssuerMayChangeAnAlert } from './rules/only-the-issuer-may-change-an-alert.rule';
import { PolygonsMustBeClosedRings } from './rules/polygons-must-be-closed-rings.rule';

export interface CrisisAlertState extends CrisisAlertTerms {
  issuer: IssuerSnapshot;
  cap: CapOrigin;
  status: AlertStatus;
  closeReason: CloseReason | null;
  raisedAt: string;
  updatedAt: string;
}

export interface Issuer extends IssuerSnapshot {
  kind: string;
}

/** A crisis alert in the MICIC sense, shaped so it maps onto one CAP 1.2 message. */
export class CrisisAlert extends AggregateRoot<CrisisAlertEvent> {
  private constructor(id: string, version: number, private state: CrisisAlertState, private readonly clock: Clock) {
    super(id, version);
  }

  /** `cap` is given for an imported CAP message; a native alert gets an Accord identifier. */
  static raise(id: string, issuer: Issuer, terms: CrisisAlertTerms, clock: Clock, cap?: CapOrigin): CrisisAlert {
    const at = clock.now().toISOString();
    const origin = cap ?? { identifier: `urn:accord:alert:${id}`, sender: `${issuer.organisationId}@accord`, sent: capDateTime(clock.now()), status: 'Actual', msgType: 'Alert', scope: 'Public', references: null };
    const owner = { organisationId: issuer.organisationId, name: issuer.name };
    const alert = new CrisisAlert(id, 0, { ...terms, issuer: owner, cap: origin, status: 'open', closeReason: null, raisedAt: at, updatedAt: at }, clock);
    alert.checkRule(new OnlyAgenciesRaiseAlerts(issuer.kind));
    alert.checkTerms(terms);
    alert.record({ type: 'CrisisAlertRaised', data: { alertId: id, issuer: owner, ...terms, cap: origin, raisedAt: at } });
    return alert;
  }

  static restore(id: string, version: number, state: CrisisAlertState, clock: Clock): CrisisAlert {
    return new CrisisAlert(id, version, state, clock);
  }

  get snapshot(): Readonly<CrisisAlertState> {
    return { ...this.state };
  }

  update(actingFor: string, terms: CrisisAlertTerms): void {
    this.checkIssuer(actingFor);
    this.checkRule(new AlertMustBeOpen(this.state.status));
    this.checkTerms(terms);
    const at = this.clock.now().toISOString();
    this.record({ type: 'CrisisAlertUpdated', data: { alertId: this.id, ...terms, updatedAt: at } });
    this.state = { ...this.state, ...terms, updatedAt: at };
  }

  close(actingFor: string, reason: CloseReason, note: string | null): void {
    this.checkIssuer(actingFor);
    this.checkRule(new AlertMustBeOpen(this.state.status));
    const at = this.clock.now().toISOString();
    this.record({ type: 'CrisisAlertClosed', data: { alertId: this.id, reason, note, closedAt: at } });
    this.state = { ...this.state, status: 'closed', closeReason: reason, updatedAt: at };
  }

  private checkTerms(terms: CrisisAlertTerms): void {
    this.checkRule(new AlertNeedsAnInfoBlock(terms.infos));
    this.checkRule(new AlertNeedsAnArea(terms.areas));
    this.checkRule(new PolygonsMustBeClosedRings(terms.areas));
  }

  private checkIssuer(actingFor: string): void {
    const rule = new OnlyTheIssuerMayChangeAnAlert(this.state.issuer.organisationId, actingFor);
    if (rule.isBroken()) throw new Forbidden(rule.message);
  }
}

/** CAP wants an explicit offset ("+00:00"), never "Z" or milliseconds. */
export function capDateTime(at: Date): string {
  return `${at.toISOString().slice(0, 19)}+00:00`;
}
