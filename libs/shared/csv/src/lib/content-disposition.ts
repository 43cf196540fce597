/** `attachment; filename="…"` for a download; the name is reduced to safe ASCII so no header can be forged. */
export function attachment(filename: string): string {
  return `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}
