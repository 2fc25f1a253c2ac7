import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choosePrecache, forOtherSites, precachePriority } from '../../src/build/service-worker';

test('the service worker precaches everything that fits, scripts and pages first', () => {
  const files = [
    { path: 'og/a.png', bytes: 40 },
    { path: 'embed/a/index.html', bytes: 10 },
    { path: 'events/a/index.html', bytes: 20 },
    { path: 'index.html', bytes: 30 },
    { path: '_client/home.js', bytes: 10 },
  ];
  assert.equal(choosePrecache(files, 1000).length, files.length, 'a small site is precached whole');
  assert.deepEqual(choosePrecache(files, 65), ['_client/home.js', 'index.html', 'events/a/index.html']);
  assert.deepEqual(choosePrecache(files, 10), ['_client/home.js', 'index.html'], 'the shell always goes in');
  assert.ok(precachePriority('og/a.png') > precachePriority('embed/a/index.html'));
  assert.deepEqual(files.map((f) => f.path).filter(forOtherSites), ['og/a.png', 'embed/a/index.html']);
});
