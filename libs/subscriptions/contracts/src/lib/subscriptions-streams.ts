export const FOLLOW_STREAM = 'accord.subscriptions.follow';
export const WEBHOOK_STREAM = 'accord.subscriptions.webhook';
