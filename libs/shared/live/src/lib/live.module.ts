import { Module } from '@nestjs/common';
import { LiveUpdatePublisher } from './live-update.publisher';
import { LiveUpdatesGateway } from './live-updates.gateway';
import { PublicUpdatesGateway } from './public-updates.gateway';

/** Needs a LiveAuthenticator provider from the app (identity's token check). */
@Module({
  providers: [LiveUpdatesGateway, PublicUpdatesGateway, LiveUpdatePublisher],
  exports: [LiveUpdatePublisher, LiveUpdatesGateway],
})
export class LiveModule {}
