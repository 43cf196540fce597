/** Every word of the sign-in page, in one place for translation. */
export const AUTH_STRINGS = {
  heading: 'Sign in',
  intro: 'Focal points and officers sign in to log commitments and report progress. The board is public.',
  email: 'Email',
  password: 'Password',
  submit: 'Sign in',
  sending: 'Signing in…',
  required: 'Enter your email and password.',
  wrong: 'The email or password is not right.',
  tooMany: 'Too many attempts. Please wait a minute and try again.',
  failed: (m: string) => `Signing in failed: ${m}`,
};
