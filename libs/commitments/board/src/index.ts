import { BoardOwnersDisputes1732780800210 } from './lib/persistence/board-owners-disputes.migration';
import { BoardSchema1732780800200 } from './lib/persistence/board-schema.migration';

export * from './lib/commitment-board.module';
export * from '@accord/commitments/contracts/views';
export * from './lib/persistence/commitment-board.queries';
export * from './lib/projection/commitment-board.projection';

export const boardMigrations = [BoardSchema1732780800200, BoardOwnersDisputes1732780800210];
export * from './lib/projection/board-fold';
export * from './lib/projection/commitment-board.batch-rebuild';
