// Bundles the browser code as classic scripts (IIFE) into public/_client/: module scripts and import()
// do not run from file://, and the built site must work opened from a disk.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const OUT = 'public/_client';
mkdirSync(OUT, { recursive: true });

await build({
  entryPoints: {
    home: 'src/client/home.ts',
    actors: 'src/client/actors.ts',
    event: 'src/client/event.ts',
    page: 'src/client/page.ts',
  },
  outdir: OUT,
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  legalComments: 'none',
  logLevel: 'warning',
});
// embed.js for other sites' pages, at the site's root where embed snippets point.
await build({
  entryPoints: ['src/client/embed-host.ts'],
  outfile: 'public/embed.js',
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2017',
  legalComments: 'none',
  logLevel: 'warning',
});
// vis-timeline is large (with its own moment): a separate classic script, loaded only when the timeline is shown.
copyFileSync('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', `${OUT}/vis-timeline.js`);
// Self-hosted font for Persian and Arabic script in quotes and names (Vazirmatn, SIL OFL 1.1).
const require = createRequire(import.meta.url);
mkdirSync(`${OUT}/fonts`, { recursive: true });
for (const weight of ['Regular', 'Bold']) {
  copyFileSync(
    require.resolve(`vazirmatn/misc/Non-Latin/fonts/webfonts/Vazirmatn-NL-${weight}.woff2`),
    `${OUT}/fonts/Vazirmatn-NL-${weight}.woff2`,
  );
}
console.log(`client scripts written to ${OUT}/`);
