/* Resizes every timeline card iframe on the page to the height its card reports.
   Message format: {type: "iran-taliban-timeline:height", id, height}; Datawrapper's
   {"datawrapper-height": {id: height}} is sent too, so hosts that already listen for it work. */
(function () {
  if (window.__timelineEmbedResizer) return;
  window.__timelineEmbedResizer = true;
  var SELECTOR = 'iframe[data-timeline-embed], iframe[src*="/embed/"]';
  // Cards that reported their height before this script ran are asked again, now and whenever one loads.
  function ask(frame) {
    try { frame.contentWindow.postMessage({ type: 'iran-taliban-timeline:request-height' }, '*'); } catch (e) { /* not ready */ }
  }
  function watch() {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      if (!frames[i].__timelineWatched) {
        frames[i].__timelineWatched = true;
        frames[i].addEventListener('load', function (e) { ask(e.target); });
      }
      ask(frames[i]);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
  window.addEventListener('message', function (event) {
    var data = event.data, height = null;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'iran-taliban-timeline:height' && typeof data.height === 'number') height = data.height;
    else if (data['datawrapper-height']) {
      for (var k in data['datawrapper-height']) height = data['datawrapper-height'][k];
    }
    if (typeof height !== 'number' || !(height > 0) || height > 10000) return;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });
})();
