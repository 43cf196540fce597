import { randomUUID } from 'node:crypto';
import { CONSULAR_REQUEST_STREAM } from '@accord/consular/contracts';
import { CRISIS_ALERT_STREAM, CrisisAlertRaisedV1Payload, PRESENCE_REPORT_STREAM } from '@accord/crisis/contracts';
import { crisisAlertRaisedPayload } from '@accord/crisis/contracts/testing';
import { EVACUATION_OPERATION_STREAM } from '@accord/evacuations/contracts';
import { EventEnvelope, newEnvelope } from '@accord/shared/contracts';

/** Builds envelopes as the write sides publish them, one aggregate version at a time. */
export class CrisisStreams {
  private readonly versions = new Map<string, number>();

  raise(country: string, at: string, over: Partial<CrisisAlertRaisedV1Payload> = {}): EventEnvelope {
    const payload = crisisAlertRaisedPayload(country, at, over);
    return this.next('CrisisAlertRaised', CRISIS_ALERT_STREAM, payload.alertId, payload, at);
  }

  closeAlert(alertId: string, at: string): EventEnvelope {
    return this.next('CrisisAlertClosed', CRISIS_ALERT_STREAM, alertId, { alertId, reason: 'resolved', note: null, closedAt: at }, at);
  }

  presence(alertId: string, country: string, state: string, places: { place: string; count: number }[], at: string): EventEnvelope {
    const reportId = randomUUID();
    const total = places.reduce((s, p) => s + p.count, 0);
    return this.next('NationalsPresenceReported', PRESENCE_REPORT_STREAM, reportId, { reportId, alertId, country, stateOrganisationId: state, places, total, needs: ['evacuation'], reportedAt: at }, at);
  }

  consularRaised(requester: string, country: string, alertId: string | null, caseIds: string[], at: string): EventEnvelope {
    const requestId = randomUUID();
    const payload = { requestId, requesterOrganisationId: requester, country, alertId, nationalsCount: caseIds.length, services: ['welfare_check'], caseIds, raisedAt: at };
    return this.next('ConsularRequestRaised', CONSULAR_REQUEST_STREAM, requestId, payload, at);
  }

  consular(type: string, requestId: string, payload: object, at: string): EventEnvelope {
    return this.next(type, CONSULAR_REQUEST_STREAM, requestId, { requestId, ...payload }, at);
  }

  evacuationOpened(alertId: string, country: string, targets: { nationality: string; count: number }[], at: string): EventEnvelope {
    const operationId = randomUUID();
    const payload = { operationId, alertId, country, name: 'Sea lift', operatorOrganisationId: 'agency-iom', targets, openedAt: at };
    return this.next('EvacuationOperationOpened', EVACUATION_OPERATION_STREAM, operationId, payload, at);
  }

  movement(operationId: string, nationality: string, count: number, at: string): EventEnvelope {
    const payload = { operationId, reporterOrganisationId: 'agency-iom', nationality, kind: 'evacuated', count, reportedAt: at };
    return this.next('EvacuationMovementReported', EVACUATION_OPERATION_STREAM, operationId, payload, at);
  }

  private next(type: string, stream: string, aggregateId: string, payload: object, at: string): EventEnvelope {
    const version = (this.versions.get(aggregateId) ?? 0) + 1;
    this.versions.set(aggregateId, version);
    return newEnvelope({ type, version: 1, stream, aggregateId, aggregateVersion: version, payload, occurredAt: new Date(at) });
  }
}
