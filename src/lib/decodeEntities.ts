/**
 * Decodes the character references found in built HTML (text and attribute values): the named
 * ones Astro and Shiki write, and numeric ones in decimal or hex (`&#x3C;` for `<`).
 */
export function decodeEntities(s: string): string {
  return s.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos|nbsp));/gi,
    (_m, hex?: string, dec?: string, name?: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(Number(dec));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[name!.toLowerCase() as 'amp'];
    },
  );
}
