/** Only same-origin paths are followed after sign-in ("/x", never "//evil" or "https://…"). */
export function safeReturnUrl(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.startsWith('/sign-in')) return '/';
  return raw;
}
