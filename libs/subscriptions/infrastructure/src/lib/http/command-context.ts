import { randomUUID } from 'node:crypto';
import { Actor, CommandContext } from '@accord/shared/kernel';

export const commandContext = (actor: Actor, correlationId?: string): CommandContext => ({ actor, correlationId: correlationId?.slice(0, 100) || randomUUID() });
