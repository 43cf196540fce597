export const LOCAL_ACTION_STREAM = 'accord.local-actions.local-action';
