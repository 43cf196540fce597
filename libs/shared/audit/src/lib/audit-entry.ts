export type AuditOutcome = 'accepted' | 'refused' | 'failed' | 'read' | 'signed-in' | 'signed-out';

/** Who did what, for which organisation, with what outcome. Never personal data of third persons. */
export interface AuditEntry {
  personId: string | null;
  organisationId: string | null;
  action: string;
  resource?: string | null;
  outcome: AuditOutcome;
  ip?: string | null;
  correlationId?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

// Control characters (CR/LF above all) would let a value forge extra log lines: ASVS 16.4.1.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function clean(value: string | null | undefined, max = 300): string | null {
  if (value === null || value === undefined) return null;
  return value.replace(CONTROL, ' ').slice(0, max);
}

export function cleanEntry(e: AuditEntry): AuditEntry {
  const detail = Object.fromEntries(Object.entries(e.detail ?? {}).map(([k, v]) => [clean(k, 60) ?? '', typeof v === 'string' ? clean(v) : v]));
  return {
    personId: clean(e.personId, 100),
    organisationId: clean(e.organisationId, 100),
    action: clean(e.action, 100) ?? 'unknown',
    resource: clean(e.resource ?? null, 200),
    outcome: e.outcome,
    ip: clean(e.ip ?? null, 64),
    correlationId: clean(e.correlationId ?? null, 100),
    detail,
  };
}
