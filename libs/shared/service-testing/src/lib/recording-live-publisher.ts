import { LiveAudience, LiveUpdate } from '@accord/shared/live';

/** Stands in for LiveUpdatePublisher in tests: remembers what would have been pushed, and to whom. */
export class RecordingLivePublisher {
  readonly sent: { update: LiveUpdate; audience: LiveAudience }[] = [];

  publish(update: Omit<LiveUpdate, 'sequence'>, audience: LiveAudience): LiveUpdate {
    const full = { ...update, sequence: this.sent.length + 1 };
    this.sent.push({ update: full, audience });
    return full;
  }
}
