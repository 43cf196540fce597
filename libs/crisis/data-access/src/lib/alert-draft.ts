import { AlertPublicView, AlertTerms } from './crisis.models';

export interface AreaDraft {
  name: string;
  /** one CAP polygon or circle per line */
  polygons: string;
  circles: string;
}

export interface InfoDraft {
  language: string;
  event: string;
  headline: string;
  description: string;
  instruction: string;
  /** area names in this language, comma separated, in the order of the areas */
  areaNames: string;
}

/** What the alert form edits: strings as typed, turned into AlertTerms on submit. */
export interface AlertDraft {
  country: string;
  kind: string;
  severity: string;
  urgency: string;
  certainty: string;
  categories: string[];
  areas: AreaDraft[];
  infos: InfoDraft[];
  sources: string;
}

/** Messages for client-side checks; keyed like the server's field paths (`infos.0.headline`). */
export interface AlertDraftMessages {
  country: string;
  required: string;
  headline: string;
  language: string;
  languageTwice: string;
}

export type FieldErrors = Partial<Record<string, string>>;

export const emptyArea = (): AreaDraft => ({ name: '', polygons: '', circles: '' });
export const emptyInfo = (language = ''): InfoDraft => ({ language, event: '', headline: '', description: '', instruction: '', areaNames: '' });

export function emptyAlertDraft(language: string): AlertDraft {
  return { country: '', kind: 'conflict', severity: 'Severe', urgency: 'Immediate', certainty: 'Likely', categories: [], areas: [emptyArea()], infos: [emptyInfo(language)], sources: '' };
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const commaList = (text: string) => text.split(',').map((l) => l.trim()).filter(Boolean);

export function draftFromAlert(a: AlertPublicView): AlertDraft {
  return {
    country: a.country, kind: a.kind, severity: a.severity, urgency: a.urgency, certainty: a.certainty, categories: [...a.categories],
    areas: a.areas.map((x) => ({ name: x.name, polygons: x.polygons.join('\n'), circles: x.circles.join('\n') })),
    infos: a.infos.map((i) => ({ language: i.language, event: i.event, headline: i.headline, description: i.description, instruction: i.instruction, areaNames: i.areaNames.join(', ') })),
    sources: a.sources.join('\n'),
  };
}

export function toAlertTerms(d: AlertDraft): AlertTerms {
  return {
    country: d.country.trim().toUpperCase(), kind: d.kind, severity: d.severity, urgency: d.urgency, certainty: d.certainty,
    ...(d.categories.length ? { categories: d.categories } : {}),
    areas: d.areas.map((a) => ({ name: a.name.trim(), polygons: lines(a.polygons), circles: lines(a.circles) })),
    infos: d.infos.map((i) => ({
      language: i.language.trim(), event: i.event.trim() || undefined, headline: i.headline.trim(), description: i.description.trim(),
      instruction: i.instruction.trim() || undefined, areaNames: commaList(i.areaNames),
    })),
    sources: lines(d.sources),
  };
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The checks a person can fix before sending; the server re-checks everything (its 400s name the same fields). */
export function validateAlertDraft(d: AlertDraft, m: AlertDraftMessages): FieldErrors {
  const errors: FieldErrors = {};
  if (!/^[A-Za-z]{2}$/.test(d.country.trim())) errors['country'] = m.country;
  d.areas.forEach((a, i) => {
    if (!a.name.trim()) errors[`areas.${i}.name`] = m.required;
  });
  const seen = new Set<string>();
  d.infos.forEach((info, i) => {
    const lang = info.language.trim().toLowerCase();
    if (!LANGUAGE_TAG.test(lang)) errors[`infos.${i}.language`] = m.language;
    else if (seen.has(lang)) errors[`infos.${i}.language`] = m.languageTwice;
    seen.add(lang);
    if (info.headline.trim().length < 3) errors[`infos.${i}.headline`] = m.headline;
    if (!info.description.trim()) errors[`infos.${i}.description`] = m.required;
  });
  return errors;
}
