export const CONSULAR_AGREEMENT_STREAM = 'accord.consular.agreement';
export const CONSULAR_MISSION_STREAM = 'accord.consular.mission';
export const CONSULAR_REQUEST_STREAM = 'accord.consular.request';
