/** A file size for readers: `840 KB`, `1.2 MB` (1 KB = 1,000 bytes, as download sizes are shown). */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
