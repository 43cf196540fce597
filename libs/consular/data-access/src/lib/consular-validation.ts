import { NationalCase, NewConsularRequest } from './consular.models';

/** Message keys per field; case fields are keyed `cases.<i>.<field>`. */
export function validateConsularRequest(r: NewConsularRequest): Record<string, string> {
  const e: Record<string, string> = {};
  if (!/^[A-Z]{2}$/.test(r.country)) e['country'] = 'countryFormat';
  if (!Number.isInteger(r.nationalsCount) || r.nationalsCount < 1) e['nationalsCount'] = 'nationalsCount';
  else if (r.nationalsCount < r.cases.length) e['nationalsCount'] = 'fewerThanCases';
  if (r.services.length === 0) e['services'] = 'servicesRequired';
  r.cases.forEach((c, i) => Object.assign(e, validateCase(c, `cases.${i}.`)));
  return e;
}

function validateCase(c: NationalCase, prefix: string): Record<string, string> {
  const e: Record<string, string> = {};
  if (!c.name.trim()) e[prefix + 'name'] = 'required';
  if (!c.documentNumber.trim()) e[prefix + 'documentNumber'] = 'required';
  if (!c.location.trim()) e[prefix + 'location'] = 'required';
  if (c.purposes.length === 0) e[prefix + 'purposes'] = 'purposesRequired';
  if (c.legalBasis === 'consent' && !c.consentGiven) e[prefix + 'consentGiven'] = 'consentNeeded';
  return e;
}
