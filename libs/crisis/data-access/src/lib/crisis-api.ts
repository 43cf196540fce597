import { Injectable, inject } from '@angular/core';
import { ApiClient, ServerPage } from '@accord/portal/data-access';
import { CapUpload, capUploader } from './cap-upload';
import {
  AlertListEntry, AlertTerms, AttendanceMark, CapacityMatchView, CapacityOffer, CapacityOfferView, CapacityRequest, CapacityRequestView, ConsultationTerms, DecisionTerms, ManualMatch, RecordedDecision, CrisisRoomView, FieldObservation, FieldReportView, MovementReport, OpenOperation, PresenceReport, RoomCapacityRoute, RoomConsultationView, Saved, TaskView,
} from './crisis.models';

const ifMatch = (version: number) => ({ 'if-match': String(version) });
const capacityPath = (operationId: string) => `/api/evacuations/${encodeURIComponent(operationId)}/capacity`;
const consultationPath = (id: string) => `/api/consultations/${encodeURIComponent(id)}`;
const alertPath = (id: string) => `/api/crisis-alerts/${encodeURIComponent(id)}`;

@Injectable({ providedIn: 'root' })
export class CrisisApi {
  private readonly api = inject(ApiClient);
  private readonly upload = capUploader();

  alerts(query: { status?: string; country?: string }, page: number, pageSize: number): Promise<ServerPage<AlertListEntry>> {
    return this.api.get('/api/crisis-room/alerts', { ...query, page, pageSize });
  }

  room(alertId: string): Promise<CrisisRoomView> {
    return this.api.get(`/api/crisis-room/alerts/${encodeURIComponent(alertId)}`);
  }

  tasks(page = 1, pageSize = 20): Promise<ServerPage<TaskView>> {
    return this.api.get('/api/crisis-room/tasks', { page, pageSize });
  }

  reportPresence(alertId: string, report: PresenceReport): Promise<{ id: string }> {
    return this.api.post(`${alertPath(alertId)}/presence`, report);
  }

  raiseAlert(terms: AlertTerms): Promise<Saved> {
    return this.api.post('/api/crisis-alerts', terms);
  }

  updateAlert(id: string, terms: AlertTerms, version: number): Promise<Saved> {
    return this.api.put(alertPath(id), terms, ifMatch(version));
  }

  /** `close`: the crisis is over (resolved); `cancel`: the alert was raised in error. */
  endAlert(id: string, how: 'close' | 'cancel', note: string, version: number): Promise<Saved> {
    return this.api.post(`${alertPath(id)}/${how}`, note ? { note } : {}, ifMatch(version));
  }

  /** Newest observation first; 403 for someone outside the room who has not filed on this alert. */
  fieldReports(alertId: string, page: number, pageSize: number): Promise<ServerPage<FieldReportView>> {
    return this.api.get(`/api/crisis-room/alerts/${encodeURIComponent(alertId)}/field-reports`, { page, pageSize });
  }

  /** Emergency consultations on the alert the caller convened or is invited to (others get an empty page). */
  consultations(alertId: string, page: number, pageSize: number): Promise<ServerPage<RoomConsultationView>> {
    return this.api.get(`/api/crisis-room/alerts/${encodeURIComponent(alertId)}/consultations`, { page, pageSize });
  }

  /** Seats offered, requested and matched per route; States and agencies only (403 otherwise). */
  capacity(alertId: string, page: number, pageSize: number): Promise<ServerPage<RoomCapacityRoute>> {
    return this.api.get(`/api/crisis-room/alerts/${encodeURIComponent(alertId)}/capacity`, { page, pageSize });
  }

  /** The automatic matcher may pair the offer with waiting requests at once (`matchIds`). */
  offerCapacity(operationId: string, offer: CapacityOffer): Promise<Saved & { matchIds: string[] }> {
    return this.api.post(`/api/evacuations/${encodeURIComponent(operationId)}/capacity/offers`, offer);
  }

  fileFieldReport(alertId: string, observation: FieldObservation): Promise<Saved> {
    return this.api.post(`${alertPath(alertId)}/field-reports`, observation);
  }

  /** A CAP 1.2 message as XML text; CAP names no country, so the agency gives it (and may give the kind). */
  importCap(upload: CapUpload): Promise<Saved> {
    return this.upload(upload);
  }

  openEvacuation(operation: OpenOperation): Promise<Saved> {
    return this.api.post('/api/evacuation-operations', operation);
  }

  reportMovement(operationId: string, movement: MovementReport): Promise<Saved> {
    return this.api.post(`/api/evacuation-operations/${encodeURIComponent(operationId)}/movements`, movement);
  }

  convene(alertId: string, terms: ConsultationTerms): Promise<Saved> {
    return this.api.post(`${alertPath(alertId)}/consultations`, terms);
  }

  /** Re-recording a State overwrites its mark. */
  /** The full consultation (attendance per State); 404 when the caller may not see it. */
  consultation(consultationId: string): Promise<{ attendance: AttendanceMark[] }> {
    return this.api.get(consultationPath(consultationId));
  }

  recordAttendance(consultationId: string, attendance: AttendanceMark[]): Promise<Saved> {
    return this.api.post(`${consultationPath(consultationId)}/attendance`, { attendance });
  }

  /** The decision is issued as a recommendation in the same transaction (`recommendationId`). */
  recordDecision(consultationId: string, terms: DecisionTerms): Promise<RecordedDecision> {
    return this.api.post(`${consultationPath(consultationId)}/decisions`, terms);
  }

  closeConsultation(consultationId: string): Promise<Saved> {
    return this.api.post(`${consultationPath(consultationId)}/close`, {});
  }

  requestCapacity(operationId: string, request: CapacityRequest): Promise<Saved & { matchIds: string[] }> {
    return this.api.post(`${capacityPath(operationId)}/requests`, request);
  }

  /** 409 when another match took the seats meanwhile or `offerVersion` is stale. */
  matchCapacity(operationId: string, match: ManualMatch): Promise<Saved> {
    return this.api.post(`${capacityPath(operationId)}/matches`, match);
  }

  answerMatch(operationId: string, matchId: string, answer: 'confirm' | 'decline'): Promise<Saved> {
    return this.api.post(`${capacityPath(operationId)}/matches/${encodeURIComponent(matchId)}/${answer}`, {});
  }

  capacityOffers(operationId: string, page: number, pageSize: number): Promise<ServerPage<CapacityOfferView>> {
    return this.api.get(`${capacityPath(operationId)}/offers`, { page, pageSize });
  }

  capacityRequests(operationId: string, page: number, pageSize: number): Promise<ServerPage<CapacityRequestView>> {
    return this.api.get(`${capacityPath(operationId)}/requests`, { page, pageSize });
  }

  capacityMatches(operationId: string, page: number, pageSize: number): Promise<ServerPage<CapacityMatchView>> {
    return this.api.get(`${capacityPath(operationId)}/matches`, { page, pageSize });
  }
}
