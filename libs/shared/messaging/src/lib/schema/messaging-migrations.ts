import { MessagingIntegrity1732780800001 } from '../integrity/integrity.migration';
import { MessagingIdempotency1732780800002 } from '../idempotency/idempotency.migration';
import { MessagingInboxRetention1732780800005 } from '../inbox/inbox-retention.migration';
import { MessagingRowCheck1732780800003 } from '../outbox/row-check.migration';
import { MessagingUnpublishedScan1732780800004 } from '../outbox/unpublished-scan.migration';
import { MessagingSchema1732780800000 } from './messaging-schema.migration';

export const messagingMigrations = [
  MessagingSchema1732780800000, MessagingIntegrity1732780800001, MessagingIdempotency1732780800002, MessagingRowCheck1732780800003, MessagingUnpublishedScan1732780800004,
  MessagingInboxRetention1732780800005,
];
