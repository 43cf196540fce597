import { Actor } from '@accord/shared/kernel';

/** Who is looking at a room: from a token (HTTP) or from what the events say (live pushes). */
export interface RoomViewer {
  organisationId: string;
  kind: string | null;
}

const ALWAYS_ADMITTED = ['agency', 'secretariat'];

export function viewerOf(actor: Actor | undefined): RoomViewer | null {
  return actor ? { organisationId: actor.organisationId, kind: actor.organisation?.kind ?? null } : null;
}

/** Concerned organisations, every agency and every secretariat see the room details. */
export function mayEnterRoom(viewer: RoomViewer | null, concerned: ReadonlySet<string>): viewer is RoomViewer {
  if (!viewer) return false;
  return concerned.has(viewer.organisationId) || ALWAYS_ADMITTED.includes(viewer.kind ?? '');
}

export function isAgency(viewer: RoomViewer): boolean {
  return viewer.kind === 'agency';
}
