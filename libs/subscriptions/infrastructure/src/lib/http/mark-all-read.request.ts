import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

export class MarkAllReadRequest {
  /** Everything up to this instant (the newest item the person saw): news arriving meanwhile stays unread. */
  @ApiProperty({ description: 'ISO-8601 instant; notifications at or before it are marked read' }) @IsISO8601({ strict: true })
  upTo!: string;
}
