/** Every table of the tracker read models, e.g. to truncate them before a rebuild. */
export const TRACKER_TABLES = ['tracker.recommendation', 'tracker.addressee', 'tracker.linked_commitment', 'tracker.commitment_status', 'tracker.notification', 'tracker.related_item', 'tracker.follow_up_report', 'tracker.event_history'];
