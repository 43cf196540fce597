import { LOCAL_ACTION_STATUSES, NewLocalAction } from './local-action.models';

/** Mirrors the server's DTO rules; values are message keys. */
export function validateLocalAction(a: NewLocalAction): Record<string, string> {
  const e: Record<string, string> = {};
  if (a.title.trim().length < 5 || a.title.length > 200) e['title'] = 'titleLength';
  if (a.description.length > 4000) e['description'] = 'tooLong';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a.date)) e['date'] = 'dateRequired';
  if (!a.location.placeName.trim() || a.location.placeName.length > 200) e['placeName'] = 'placeRequired';
  if (!/^[A-Z]{2}$/.test(a.location.country)) e['country'] = 'countryFormat';
  if (!LOCAL_ACTION_STATUSES.includes(a.status)) e['status'] = 'statusRequired';
  if (!Number.isInteger(a.beneficiaries) || a.beneficiaries < 0) e['beneficiaries'] = 'beneficiaries';
  return e;
}
