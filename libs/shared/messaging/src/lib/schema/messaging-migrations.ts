import { MessagingIntegrity1732780800001 } from '../integrity/integrity.migration';
import { MessagingSchema1732780800000 } from './messaging-schema.migration';

export const messagingMigrations = [MessagingSchema1732780800000, MessagingIntegrity1732780800001];
