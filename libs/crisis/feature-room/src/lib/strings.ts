import { defineStrings, custom, dict, fmt } from '@accord/portal/i18n';

/** Every word of the crisis room pages; the words are in libs/portal/i18n/src/lib/translations/<lang>.json under "crisis". */
export const CRISIS_STRINGS = defineStrings('crisis', {
  list: { announce: fmt('country', 'headline', 'status') },
  room: {
    consularSummary: custom((m) => (n: number, nationals: number | string) =>
      nationals === 'withheld' ? m('consularSummaryWithheld', { n }) : m('consularSummary', { n, nationals })),
    request: fmt('n', 'state'),
    requestState: dict(),
  },
  alertForm: {
    area: fmt('i'), areaName: fmt('i'), polygons: fmt('i'), circles: fmt('i'), removeArea: fmt('i'),
    info: custom((m) => (i: number, language?: string) => (language ? m('infoInLanguage', { i, language }) : m('info', { i }))),
    language: fmt('i'), event: fmt('i'), headline: fmt('i'), description: fmt('i'), instruction: fmt('i'), areaNames: fmt('i'), removeInfo: fmt('i'),
  },
  evacuationForm: { nationality: fmt('i'), count: fmt('i'), removeTarget: fmt('i') },
  movementForm: { heading: fmt('operation'), known: fmt('list') },
  presenceForm: { place: fmt('i'), count: fmt('i'), removePlace: fmt('i') },
  fieldReports: {
    total: fmt('n'), direction: fmt('i'), sex: fmt('i'), ageBand: fmt('i'), count: fmt('i'), removeMovement: fmt('i'),
    incidentKind: fmt('i'), incidentCount: fmt('i'), removeIncident: fmt('i'),
  },
  consultations: { attendance: fmt('invited', 'present', 'absent', 'unrecorded'), status: dict() },
  capacity: { offers: fmt('n'), requests: fmt('n') },
  capacityOffer: { done: fmt('n'), modes: dict() },
  capacityRequest: { done: fmt('n'), nationality: fmt('i'), count: fmt('i'), remove: fmt('i') },
  capacityMatches: { seats: fmt('n'), route: fmt('from', 'to', 'date'), status: dict() },
  capacityMatchForm: { offerOption: fmt('org', 'from', 'to', 'date', 'free'), requestOption: fmt('org', 'from', 'to', 'open') },
});
