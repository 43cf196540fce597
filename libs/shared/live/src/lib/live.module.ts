import { Global, Module } from '@nestjs/common';
import { LiveUpdatePublisher } from './live-update.publisher';
import { LiveUpdatesGateway } from './live-updates.gateway';
import { PublicUpdatesGateway } from './public-updates.gateway';

/** Needs AuthModule (global) in the app: /live handshakes are checked by its Authenticator. */
@Global()
@Module({
  providers: [LiveUpdatesGateway, PublicUpdatesGateway, LiveUpdatePublisher],
  exports: [LiveUpdatePublisher, LiveUpdatesGateway],
})
export class LiveModule {}
