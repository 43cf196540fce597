export const CRISIS_ALERT_STREAM = 'accord.crisis.crisis-alert';
export const PRESENCE_REPORT_STREAM = 'accord.crisis.presence-report';
export const FIELD_REPORT_STREAM = 'accord.crisis.field-report';
