// On every page: keep the site available offline once visited over HTTP(S).
function registerServiceWorker(): void {
  if (!/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return;
  const root = document.documentElement.dataset.root ?? '/';
  navigator.serviceWorker.register(`${root}sw.js`).catch(() => {
    // Offline support is an extra: the site works without it.
  });
}

registerServiceWorker();
