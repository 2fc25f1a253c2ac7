// Serves the built site: npm run serve -- [--port N] [--dir dist]
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { startStaticServer } from '../src/build/static-server';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' } },
});
if (!existsSync(values.dir)) {
  console.error(`serve: ${values.dir}/ does not exist; run \`npm run build\` first.`);
  process.exit(1);
}
const port = Number(values.port);
await startStaticServer(values.dir, port);
console.log(`Serving ${values.dir}/ at http://localhost:${port}/  (Ctrl+C to stop)`);
