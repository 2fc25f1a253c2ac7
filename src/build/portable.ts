// Makes built HTML portable: relative links (that also open from file://), and a Content-Security-Policy
// that allows only the site's own files and the inline scripts it ships (by hash).
import { createHash } from 'node:crypto';

/** '../../' from a page at dist/events/x/index.html ('events/x/index.html') to the site root. */
export function rootPrefix(pagePath: string): string {
  const depth = pagePath.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** A root-relative URL ('/events/x/') as a relative one that opens from a disk ('../../events/x/index.html'). */
export function relativeUrl(url: string, prefix: string): string {
  const match = /^\/(?!\/)([^?#]*)([?#].*)?$/.exec(url);
  if (!match) return url;
  let path = match[1]!;
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return `${prefix}${path}${match[2] ?? ''}`;
}

const URL_ATTRIBUTE = /(\s(?:href|src|action|poster|data-root)=)(["'])(\/[^"']*)\2/g;

export function relativiseHtml(html: string, pagePath: string): string {
  const prefix = rootPrefix(pagePath);
  // Inline <style> blocks (Astro inlines small stylesheets) may hold url(/…) too.
  const styled = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, (block) => relativiseCss(block, pagePath));
  return styled.replace(URL_ATTRIBUTE, (_all, attr: string, quote: string, url: string) => {
    const rel = url === '/' && attr.includes('data-root') ? prefix : relativeUrl(url, prefix);
    return `${attr}${quote}${rel}${quote}`;
  });
}

/** url(/_astro/x.woff2) in a stylesheet at `cssPath` → url(../_astro/x.woff2). */
export function relativiseCss(css: string, cssPath: string): string {
  const prefix = rootPrefix(cssPath);
  return css.replace(
    /url\((["']?)\/(?!\/)([^"')]+)\1\)/g,
    (_all, quote: string, path: string) => `url(${quote}${prefix}${path}${quote})`,
  );
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline scripts a page runs (JSON data blocks are not run and need none). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\ssrc=/.test(attrs) || /type=["']application\/(ld\+)?json["']/.test(attrs)) continue;
    if (m[2]!.trim() === '') continue;
    hashes.push(sha256(m[2]!));
  }
  return [...new Set(hashes)];
}

function contentSecurityPolicy(html: string): string {
  const scripts = ["'self'", 'file:', ...inlineScriptHashes(html)].join(' ');
  return [
    "default-src 'self' file:",
    `script-src ${scripts}`,
    // vis-timeline and D3 set styles at run time; styles cannot run code.
    "style-src 'self' file: 'unsafe-inline'",
    "img-src 'self' file: data:",
    "font-src 'self' file:",
    "connect-src 'self' file:",
    "frame-src 'self' file:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self' file:",
  ].join('; ');
}

/** Adds the policy as the first thing in <head>, before any script can run. */
export function addCsp(html: string): string {
  const policy = contentSecurityPolicy(html).replace(/"/g, '&quot;');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  return /<meta charset="utf-8">/i.test(html)
    ? html.replace(/<meta charset="utf-8">/i, (m) => `${m}${meta}`)
    : html.replace(/<head>/i, `<head>${meta}`);
}
