import { PersonView } from './person.view';

/** `POST /api/auth/sign-in` → 200. `expiresAt` is an ISO 8601 UTC instant. */
export interface SignInResponse {
  accessToken: string;
  expiresAt: string;
  person: PersonView;
}
