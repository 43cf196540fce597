import { FieldErrors } from './alert-draft';
import { FieldObservation } from './crisis.models';

export interface MovementDraft {
  direction: string;
  sex: string;
  ageBand: string;
  count: string;
}

export interface IncidentDraft {
  kind: string;
  count: string;
}

/** The field report form as typed: every number still text, the time as a datetime-local value. */
export interface FieldReportDraft {
  placeName: string;
  lat: string;
  lon: string;
  observedAt: string;
  movements: MovementDraft[];
  incidents: IncidentDraft[];
  needs: string[];
  note: string;
}

export interface FieldReportMessages {
  required: string;
  number: string;
  count: string;
}

export const emptyMovement = (): MovementDraft => ({ direction: 'arriving', sex: 'unknown', ageBand: 'unknown', count: '' });
export const emptyIncident = (): IncidentDraft => ({ kind: 'detention', count: '' });

export function emptyFieldReportDraft(): FieldReportDraft {
  return { placeName: '', lat: '', lon: '', observedAt: '', movements: [emptyMovement()], incidents: [], needs: [], note: '' };
}

const WHOLE = /^\d+$/;
const blank = (s: string) => s.trim() === '';
const isNumber = (s: string) => !blank(s) && Number.isFinite(Number(s));

/**
 * What the browser can tell before sending: missing words and text that is no number. The rest (ranges,
 * a latitude without its longitude, an observation in the future) is the server's to say, per field,
 * under the same paths as the body's (`place.lon`, `movements.0.count`).
 */
export function validateFieldReportDraft(d: FieldReportDraft, m: FieldReportMessages): FieldErrors {
  const errors: FieldErrors = {};
  if (blank(d.placeName)) errors['place.name'] = m.required;
  if (!blank(d.lat) && !isNumber(d.lat)) errors['place.lat'] = m.number;
  if (!blank(d.lon) && !isNumber(d.lon)) errors['place.lon'] = m.number;
  if (blank(d.observedAt) || Number.isNaN(new Date(d.observedAt).getTime())) errors['observedAt'] = m.required;
  d.movements.forEach((r, i) => {
    if (!WHOLE.test(r.count.trim())) errors[`movements.${i}.count`] = m.count;
  });
  d.incidents.forEach((r, i) => {
    if (!WHOLE.test(r.count.trim())) errors[`incidents.${i}.count`] = m.count;
  });
  return errors;
}

/** The body of POST /api/crisis-alerts/:id/field-reports; `observedAt` (local time as typed) becomes UTC. */
export function toFieldObservation(d: FieldReportDraft): FieldObservation {
  const coordinate = (s: string) => (blank(s) ? undefined : Number(s));
  const place = { name: d.placeName.trim(), lat: coordinate(d.lat), lon: coordinate(d.lon) };
  return {
    place: Object.fromEntries(Object.entries(place).filter(([, v]) => v !== undefined)) as FieldObservation['place'],
    observedAt: new Date(d.observedAt).toISOString(),
    movements: d.movements.map((r) => ({ direction: r.direction, sex: r.sex, ageBand: r.ageBand, count: Number(r.count) })),
    incidents: d.incidents.map((r) => ({ kind: r.kind, count: Number(r.count) })),
    needs: [...d.needs],
    ...(blank(d.note) ? {} : { note: d.note.trim() }),
  };
}
