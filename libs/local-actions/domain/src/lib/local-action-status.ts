export const LOCAL_ACTION_STATUSES = ['planned', 'under_way', 'completed'] as const;
export type LocalActionStatus = (typeof LOCAL_ACTION_STATUSES)[number];
