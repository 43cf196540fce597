import { createHash } from 'node:crypto';

/** A stable UUID per demo email, so a re-created demo database gives people the same ids. */
export function demoPersonId(email: string): string {
  const h = createHash('sha256').update(`accord-demo-person:${email.toLowerCase()}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
