import { Injectable } from '@nestjs/common';
import { LiveAudience, LiveUpdate } from './live-update';
import { LiveUpdatesGateway, organisationRoom, personRoom, PUBLIC_ROOM } from './live-updates.gateway';
import { PublicUpdatesGateway } from './public-updates.gateway';

/** Projections call this after their transaction commits: only then is the view safe to show. */
@Injectable()
export class LiveUpdatePublisher {
  private sequence = 0;

  constructor(private readonly live: LiveUpdatesGateway, private readonly anonymous: PublicUpdatesGateway) {}

  publish(update: Omit<LiveUpdate, 'sequence'>, audience: LiveAudience): LiveUpdate {
    const full = { ...update, sequence: ++this.sequence };
    if (audience.kind === 'public') {
      this.anonymous.namespace?.emit('update', full);
      this.live.namespace?.to(PUBLIC_ROOM).emit('update', full);
    } else if (audience.kind === 'people') {
      if (audience.personIds.length > 0) this.live.namespace?.to(audience.personIds.map(personRoom)).emit('update', full);
    } else if (audience.organisationIds.length > 0) {
      this.live.namespace?.to(audience.organisationIds.map(organisationRoom)).emit('update', full);
    }
    return full;
  }
}
