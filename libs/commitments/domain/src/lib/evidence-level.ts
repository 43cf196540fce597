/**
 * The report's methodology note grades practices by the evidence behind them: good practice (proven,
 * replicable), promising practice (positive results, not yet proven at scale), emerging practice (new,
 * early evidence) and case study (a documented experience without a claim of replicability).
 */
export const EVIDENCE_LEVELS = ['good_practice', 'promising_practice', 'emerging_practice', 'case_study'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export function isEvidenceLevel(value: unknown): value is EvidenceLevel {
  return typeof value === 'string' && (EVIDENCE_LEVELS as readonly string[]).includes(value);
}
