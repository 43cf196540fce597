// due_date as text: node-postgres would turn a DATE into a local-time Date and shift it across zones.
// disputed is derived at read time, so an assessment that arrives before its commitment still counts.
export const COMMITMENT_VIEW_COLUMNS = `id, owner_organisation_id, owner_name, owner_kind, owner_country, title, description,
  gcm_objectives, sdg_targets, indicator, baseline, target_value, due_date::text AS due_date, status, latest_percent,
  progress_count, version, logged_at, updated_at, owners,
  EXISTS (SELECT 1 FROM board.dispute d WHERE d.commitment_id = commitment_view.id AND d.replied_at IS NULL) AS disputed`;
