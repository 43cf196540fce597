import { OmitType } from '@nestjs/swagger';
import { BoardQueryRequest } from '../http/board-query.request';

/**
 * The board's filters (validated the same way), without paging: an export holds every matching row.
 * TODO: `asOf` (time travel) is refused with a 400 until the replayed board can be read in batches too.
 */
export class BoardExportRequest extends OmitType(BoardQueryRequest, ['page', 'pageSize', 'asOf'] as const) {}
