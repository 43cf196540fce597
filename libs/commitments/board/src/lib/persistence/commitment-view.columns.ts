// due_date as text: node-postgres would turn a DATE into a local-time Date and shift it across zones.
export const COMMITMENT_VIEW_COLUMNS = `id, owner_organisation_id, owner_name, owner_kind, owner_country, title, description,
  gcm_objectives, sdg_targets, indicator, baseline, target_value, due_date::text AS due_date, status, latest_percent,
  progress_count, version, logged_at, updated_at`;
