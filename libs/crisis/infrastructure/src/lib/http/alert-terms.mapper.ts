import { AlertKind, CapCategory, CrisisAlertTerms } from '@accord/crisis/domain';
import { AlertTermsRequest } from './alert-terms.request';

const CATEGORY_OF: Record<AlertKind, CapCategory> = { conflict: 'Security', civil_unrest: 'Safety', natural_hazard: 'Geo', other: 'Other' };

export function toAlertTerms(body: AlertTermsRequest): CrisisAlertTerms {
  return {
    country: body.country,
    kind: body.kind,
    severity: body.severity,
    urgency: body.urgency,
    certainty: body.certainty,
    categories: body.categories?.length ? [...new Set(body.categories)] : [CATEGORY_OF[body.kind]],
    areas: body.areas.map((a) => ({ name: a.name, polygons: a.polygons ?? [], circles: a.circles ?? [] })),
    infos: body.infos.map((i) => ({ language: i.language, event: i.event ?? body.kind.replace('_', ' '), headline: i.headline, description: i.description, instruction: i.instruction ?? '', areaNames: i.areaNames ?? [] })),
    sources: body.sources ?? [],
  };
}
