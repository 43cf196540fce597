/** Words for failures that every feature shows the same way. */
export const API_ERROR_STRINGS = {
  network: 'The server cannot be reached. Check the connection and try again.',
  signedOut: 'Your session has ended. Please sign in again.',
  forbidden: 'You are not allowed to do this.',
  notFound: 'This does not exist or is not visible to you.',
  conflict: 'Someone else changed this meanwhile; the page shows the latest version. Please check and try again.',
  tooMany: 'Too many requests. Please wait a minute and try again.',
  fixFields: 'Please correct the fields marked below.',
  unexpected: (m: string) => `Something went wrong: ${m}`,
};
