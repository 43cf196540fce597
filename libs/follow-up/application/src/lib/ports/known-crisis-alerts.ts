/**
 * Crisis alerts as learnt from the crisis alert stream (CrisisAlertRaised, CrisisAlertClosed): this
 * context never reads the crisis tables. Null when no such alert has reached us (yet).
 */
export abstract class KnownCrisisAlerts {
  abstract find(alertId: string): Promise<{ closed: boolean } | null>;
}
