// Links that work on a web server and from a disk alike, and scripts loaded only when needed.

/** Relative path from this page to the site root ('../../'), set on <html> by the build. */
export function siteRoot(): string {
  return document.documentElement.dataset.root ?? '/';
}

/** A page of the site, as a link that works on a web server and from a disk alike. */
export function pageUrl(path: string): string {
  return `${siteRoot()}${path.replace(/^\//, '').replace(/\/?$/, '/')}index.html`;
}

/** Loads a classic script once (module scripts and import() do not run from file://). */
export function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}
