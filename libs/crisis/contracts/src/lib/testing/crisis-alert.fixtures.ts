import { randomUUID } from 'node:crypto';
import { newEnvelope } from '@accord/shared/contracts';
import { CrisisAlertClosedV1 } from '../crisis-alert-closed.v1';
import { CrisisAlertRaisedV1, CrisisAlertRaisedV1Payload } from '../crisis-alert-raised.v1';
import { CRISIS_ALERT_STREAM } from '../crisis-streams';

/** A valid CrisisAlertRaised.v1 payload (an IOM conflict alert), for specs of the contexts that consume it. */
export function crisisAlertRaisedPayload(country: string, at: string, over: Partial<CrisisAlertRaisedV1Payload> = {}): CrisisAlertRaisedV1Payload {
  const alertId = over.alertId ?? randomUUID();
  return {
    alertId, country, kind: 'conflict', severity: 'Extreme', urgency: 'Immediate', certainty: 'Observed', categories: ['Security'],
    areas: [{ name: 'Tripoli', polygons: [], circles: [] }],
    infos: [{ language: 'en', event: 'Armed conflict', headline: `Conflict in ${country}`, description: 'Fighting in the capital.', instruction: 'Shelter in place.', areaNames: ['Tripoli'] }],
    sources: ['IOM field office'], issuer: { organisationId: 'agency-iom', name: 'IOM' },
    cap: { identifier: `iom-${alertId}`, sender: 'alerts@iom.int', sent: at, status: 'Actual', msgType: 'Alert', scope: 'Public', references: null },
    raisedAt: at, ...over,
  };
}

/** The alert's first event, as the crisis write side publishes it. */
export function crisisAlertRaised(country: string, at: string, over: Partial<CrisisAlertRaisedV1Payload> = {}): CrisisAlertRaisedV1 {
  const payload = crisisAlertRaisedPayload(country, at, over);
  return newEnvelope({ type: 'CrisisAlertRaised', version: 1, stream: CRISIS_ALERT_STREAM, aggregateId: payload.alertId, aggregateVersion: 1, payload, occurredAt: new Date(at) });
}

/** The alert closed as resolved; `aggregateVersion` follows the events published before it. */
export function crisisAlertClosed(alertId: string, aggregateVersion: number, at: string): CrisisAlertClosedV1 {
  const payload = { alertId, reason: 'resolved' as const, note: null, closedAt: at };
  return newEnvelope({ type: 'CrisisAlertClosed', version: 1, stream: CRISIS_ALERT_STREAM, aggregateId: alertId, aggregateVersion, payload, occurredAt: new Date(at) });
}
