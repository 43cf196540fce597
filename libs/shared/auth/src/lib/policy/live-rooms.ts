/** Rooms of the `/live` namespace. Room names are built here only, so the policy and the publisher agree. */
export const PUBLIC_ROOM = 'public';
export const ORGANISATION_ROOM_PREFIX = 'org:';

export const organisationRoom = (organisationId: string): string => `${ORGANISATION_ROOM_PREFIX}${organisationId}`;
