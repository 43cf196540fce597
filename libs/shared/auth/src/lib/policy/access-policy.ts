import { Injectable } from '@nestjs/common';
import { Actor } from '@accord/shared/kernel';
import { ORGANISATION_ROOM_PREFIX, PUBLIC_ROOM } from './live-rooms';
import { Permission, PERMISSIONS } from './permissions';
import { PermissionRule, PolicyDecision } from './permission-rule';

/** Decides whether an actor may join a room with this prefix (e.g. `crisis:`), given the rest of its name. */
export type RoomRule = (actor: Actor, roomId: string) => boolean;

const ALLOWED: PolicyDecision = { allowed: true };
const MAX_ROOM_NAME = 200;

/**
 * The one place that says who may do what: every permission (PERMISSIONS) and every room join.
 * Anything not listed is refused. Contexts that add rooms register their rule with `addRoomRule` at
 * start-up, so the deny-by-default holds for rooms nobody described.
 */
@Injectable()
export class AccessPolicy {
  private readonly roomRules = new Map<string, RoomRule>([[ORGANISATION_ROOM_PREFIX, (actor, id) => actor.organisationId === id]]);

  decide(actor: Actor, permission: Permission): PolicyDecision {
    const rule: PermissionRule | undefined = PERMISSIONS[permission];
    if (!rule) return { allowed: false, reason: `unknown permission ${permission}` };
    const roles = rule.rolesByKind?.[actor.organisation?.kind ?? ''] ?? rule.roles;
    if (roles.length > 0 && !roles.some((r) => actor.roles.includes(r))) return { allowed: false, reason: `needs role ${roles.join('|')}` };
    if (rule.organisationKinds && !rule.organisationKinds.includes(actor.organisation?.kind ?? '')) {
      return { allowed: false, reason: `needs an organisation of kind ${rule.organisationKinds.join('|')}` };
    }
    return ALLOWED;
  }

  can(actor: Actor, permission: Permission): boolean {
    return this.decide(actor, permission).allowed;
  }

  canJoinRoom(actor: Actor, room: string): boolean {
    if (typeof room !== 'string' || room.length === 0 || room.length > MAX_ROOM_NAME) return false;
    if (room === PUBLIC_ROOM) return true;
    const colon = room.indexOf(':');
    if (colon <= 0) return false;
    const rule = this.roomRules.get(room.slice(0, colon + 1));
    return rule ? rule(actor, room.slice(colon + 1)) : false;
  }

  /** The room prefixes that have a rule (for the generated docs/security.md). */
  roomPrefixes(): string[] {
    return [...this.roomRules.keys()];
  }

  addRoomRule(prefix: string, rule: RoomRule): void {
    if (!/^[a-z][a-z-]*:$/.test(prefix)) throw new Error(`a room prefix looks like "crisis:", got "${prefix}"`);
    if (this.roomRules.has(prefix)) throw new Error(`room prefix ${prefix} already has a rule`);
    this.roomRules.set(prefix, rule);
  }
}
