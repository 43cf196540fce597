import { OmitType } from '@nestjs/swagger';
import { BoardQueryRequest } from '../http/board-query.request';

/** The board's filters (validated the same way, `asOf` included), without paging: an export holds every matching row. */
export class BoardExportRequest extends OmitType(BoardQueryRequest, ['page', 'pageSize'] as const) {}
