import { CrisisRoomSchema1732780806100 } from './lib/persistence/crisis-room-schema.migration';
import { CrisisRoomFieldReports1764338400100 } from './lib/persistence/field-reports-schema.migration';
import { CrisisRoomRegionalResponse1765069400000 } from './lib/regional/regional-response-schema.migration';

export * from './lib/crisis-room.module';
export * from '@accord/crisis/contracts/views';
export * from './lib/access/small-counts';
export * from './lib/persistence/alert.queries';
export * from './lib/persistence/room.queries';
export * from './lib/persistence/task.queries';
export * from './lib/projection/crisis-room.pusher';
export * from './lib/rebuild/crisis-room.rebuild';


export const crisisRoomMigrations = [CrisisRoomSchema1732780806100, CrisisRoomFieldReports1764338400100, CrisisRoomRegionalResponse1765069400000];
