// Before the site is built: every event file must match the schema. Lists each problem with file, field and fix.
import { validateEventDir } from '../src/build/validate-events';

const dir = process.argv[2] ?? process.env.EVENTS_DIR ?? 'content/events';
const problems = validateEventDir(dir);
for (const p of problems) console.error(`✗ ${p.file}: field "${p.field}": ${p.message}`);
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem(s) in ${dir}: the site was not built. Fix the files above and build again.`,
  );
  process.exit(1);
}
