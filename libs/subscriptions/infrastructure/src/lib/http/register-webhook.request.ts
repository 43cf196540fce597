import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { FollowTargetRequest } from './follow-target.request';

export class WebhookFilterRequest {
  @ApiPropertyOptional({ type: [String], description: 'public streams, e.g. accord.commitments.commitment; empty: all' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true })
  streams?: string[];

  @ApiPropertyOptional({ type: [String], description: 'event types, e.g. CommitmentLogged; empty: all' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({ type: [FollowTargetRequest], description: 'only events about these commitments, recommendations or organisations' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => FollowTargetRequest)
  targets?: FollowTargetRequest[];
}

export class RegisterWebhookRequest {
  @ApiProperty({ description: 'https URL of the receiver (public addresses only)' }) @IsString() @Length(1, 2000)
  url!: string;

  @ApiPropertyOptional({ type: WebhookFilterRequest }) @IsOptional() @ValidateNested() @Type(() => WebhookFilterRequest)
  filter?: WebhookFilterRequest;
}
