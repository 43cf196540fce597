/** Words of the shell, in one place for translation. */
export const SHELL_STRINGS = {
  skip: 'Skip to main content',
  brand: 'Accord',
  tagline: 'Migration governance commitments, followed up',
  nav: 'Main',
  board: 'Board',
  newCommitment: 'Log a commitment',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in as',
  notFound: 'This page does not exist.',
  home: 'Go to the commitment board',
  footer: 'Accord · public data only; no personal data is shown here.',
};
