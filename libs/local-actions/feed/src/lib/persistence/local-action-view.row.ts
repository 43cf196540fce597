import { LocalActionView } from '../local-action-view';

export interface LocalActionViewRow {
  id: string;
  city_organisation_id: string;
  city_name: string;
  title: string;
  description: string;
  action_date: string;
  place_name: string;
  country: string;
  status: string;
  beneficiaries: number;
  commitment_ids: string[];
  recommendation_ids: string[];
  version: number;
  reported_at: Date;
  updated_at: Date;
}

// action_date as text: node-postgres would turn a DATE into a local-time Date and shift it across zones.
export const LOCAL_ACTION_VIEW_COLUMNS = `id, city_organisation_id, city_name, title, description, action_date::text AS action_date, place_name,
  country, status, beneficiaries, commitment_ids::text[] AS commitment_ids, recommendation_ids::text[] AS recommendation_ids, version, reported_at, updated_at`;

export function toLocalActionView(r: LocalActionViewRow): LocalActionView {
  return {
    id: r.id,
    cityOrganisationId: r.city_organisation_id,
    cityName: r.city_name,
    title: r.title,
    description: r.description,
    date: r.action_date,
    location: { placeName: r.place_name, country: r.country },
    status: r.status,
    beneficiaries: r.beneficiaries,
    commitmentIds: r.commitment_ids,
    recommendationIds: r.recommendation_ids,
    version: r.version,
    reportedAt: new Date(r.reported_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
