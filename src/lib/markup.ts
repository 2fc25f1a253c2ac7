// Escaping text for the markup we write: one escaper for HTML (text and quoted attributes), one for XML.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const XML: Record<string, string> = { ...HTML, "'": '&apos;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/** XML and SVG (RSS, feeds, share images): characters XML 1.0 forbids (control characters, lone surrogates) are
 * dropped, not escaped; '&apos;' is XML's own entity. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML[c]!);
}
