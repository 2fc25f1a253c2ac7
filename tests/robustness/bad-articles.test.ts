import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
  openSync,
  ftruncateSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../src/ingest/pipeline';

const window = { from: '2021-01-01', to: '2024-12-31' };
const GOOD = 'Iran’s envoy Hassan Kazemi Qomi met Amir Khan Muttaqi in Kabul on 3 May 2023.\n';

function encode1256(text: string): Buffer {
  // Windows-1256 for the Persian letters used below; ASCII maps to itself.
  const table: Record<string, number> = { ا: 0xc7, ی: 0xed, ر: 0xd1, ن: 0xe4, ک: 0x98, ب: 0xc8, ل: 0xe1 };
  return Buffer.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

function setup(): { articles: string; out: string } {
  const articles = mkdtempSync(join(tmpdir(), 'bad-'));
  return { articles, out: mkdtempSync(join(tmpdir(), 'bad-out-')) };
}

test('every bad article is reported by name with its problem, and the good ones still go through', () => {
  const { articles, out } = setup();
  writeFileSync(join(articles, 'good.txt'), GOOD);
  writeFileSync(join(articles, 'empty.txt'), '');
  writeFileSync(join(articles, 'spaces.txt'), ' \n\t\n  ');
  writeFileSync(
    join(articles, 'binary.txt'),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0]),
  );
  writeFileSync(join(articles, 'huge.txt'), '');
  const fd = openSync(join(articles, 'huge.txt'), 'r+');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  mkdirSync(join(articles, 'folder.txt'));
  symlinkSync(join(articles, 'good.txt'), join(articles, 'link.txt'));
  writeFileSync(join(articles, 'Twin.txt'), GOOD);
  writeFileSync(join(articles, 'twin.md'), GOOD);
  writeFileSync(join(articles, 'notes.pdf'), '%PDF-1.4');
  const report = runIngest({ articlesDir: articles, outDir: out, sourcesDir: null, window });
  const errors = new Map(report.errors.map((e) => [e.file, e.error]));
  assert.match(errors.get('empty.txt')!, /empty/);
  assert.match(errors.get('spaces.txt')!, /white space/);
  assert.match(errors.get('binary.txt')!, /binary/);
  assert.match(errors.get('huge.txt')!, /50\.0 MB.*limited to 5 MB/);
  assert.match(errors.get('folder.txt')!, /directory/);
  assert.match(errors.get('link.txt')!, /symbolic link/);
  assert.match(errors.get('twin.md')!, /same name as Twin\.txt/);
  assert.match(errors.get('notes.pdf')!, /not an article/);
  const read = report.articles.map((a) => a.file).sort();
  assert.deepEqual(read, ['Twin.txt', 'good.txt']);
  assert.ok(report.articles.every((a) => a.events.length > 0));
});

test('encodings: UTF-16 with BOM, invalid UTF-8 and Windows-1256 are decoded and said', () => {
  const { articles, out } = setup();
  writeFileSync(join(articles, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
  writeFileSync(
    join(articles, 'cp1256.txt'),
    Buffer.concat([
      encode1256('ایران کابل ایران\n'),
      Buffer.from('Iran and the Taliban met in Kabul on 3 May 2023.\n'),
    ]),
  );
  writeFileSync(
    join(articles, 'latin1.txt'),
    Buffer.from('Caf\xe9 talks: Iran and the Taliban met in Kabul on 3 May 2023.\n', 'latin1'),
  );
  const report = runIngest({ articlesDir: articles, outDir: out, sourcesDir: null, window });
  assert.deepEqual(report.errors, []);
  const byFile = new Map(report.articles.map((a) => [a.file, a]));
  assert.ok(byFile.get('utf16.txt')!.events.length > 0);
  assert.match(byFile.get('cp1256.txt')!.warnings.join(), /windows-1256/);
  assert.equal(byFile.get('cp1256.txt')!.title, new TextDecoder('windows-1256').decode(encode1256('ایران کابل ایران')));
  assert.match(byFile.get('latin1.txt')!.warnings.join(), /windows-1252/);
});

test('hostile or malformed front matter is reported and ignored; the text is still read', () => {
  const { articles, out } = setup();
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x"]',
    ...'bcdefghi'
      .split('')
      .map(
        (k, i) =>
          `${k}: &${k} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      ),
  ].join('\n');
  writeFileSync(join(articles, 'syntax.md'), `---\ntitle: [unclosed\n---\n${GOOD}`);
  writeFileSync(join(articles, 'bomb.md'), `---\n${bomb}\ntitle: *i\n---\n${GOOD}`);
  writeFileSync(
    join(articles, 'types.md'),
    `---\ntitle: [1, 2]\noutlet: {a: 1}\nurl: "javascript:alert(1)"\npublished: 1401-13-45\n---\n${GOOD}`,
  );
  writeFileSync(join(articles, 'feb30.md'), `---\npublished: 2023-02-30\n---\n${GOOD}`);
  const report = runIngest({ articlesDir: articles, outDir: out, sourcesDir: null, window });
  assert.deepEqual(report.errors, []);
  const warn = (f: string) => report.articles.find((a) => a.file === f)!.warnings.join(' | ');
  assert.match(warn('syntax.md'), /not valid YAML/);
  assert.match(warn('bomb.md'), /"title" should be text/);
  assert.match(warn('types.md'), /"title" should be text/);
  assert.match(warn('types.md'), /"outlet" should be text/);
  assert.match(warn('types.md'), /"url" is not an http/);
  assert.match(warn('types.md'), /"published" is not a calendar date/);
  assert.match(warn('feb30.md'), /"published" is not a calendar date/);
  for (const a of report.articles) assert.ok(a.events.length > 0, `${a.file} still gives its event`);
});

test('an article with no date anywhere gives no invented dates', () => {
  const { articles, out } = setup();
  writeFileSync(
    join(articles, 'undated.txt'),
    'Iran’s envoy met Muttaqi in Kabul on Monday and discussed trade.\nThe Taliban said talks would continue.\n',
  );
  const report = runIngest({ articlesDir: articles, outDir: out, sourcesDir: null, window });
  const article = report.articles[0]!;
  assert.equal(article.publication.date, null);
  assert.match(article.warnings.join(), /no publication date/);
  assert.equal(article.events.length, 0);
  assert.ok(article.undated.length > 0);
  assert.deepEqual(
    readdirSync(out).filter((f) => f.endsWith('.md')),
    [],
  );
});

test('a corpus copy with one broken file still writes all other events', () => {
  const { articles, out } = setup();
  cpSync('content/articles', articles, { recursive: true });
  writeFileSync(join(articles, 'zz-broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 4]));
  const report = runIngest({ articlesDir: articles, outDir: out, sourcesDir: null, window });
  assert.equal(report.errors.length, 1);
  assert.equal(report.summary.articles, 5);
  assert.ok(report.summary.events >= 10);
});

test('an ingest into another folder leaves the site’s content alone', async () => {
  const { execFileSync } = await import('node:child_process');
  const { existsSync, readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const site = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(site, 'content', 'sources'), { recursive: true });
  writeFileSync(join(site, 'content', 'sources', 'kept.json'), '{"article":"kept"}\n');
  const { articles } = setup();
  writeFileSync(join(articles, 'good.txt'), GOOD);
  const script = resolve('scripts/ingest.ts');
  execFileSync(
    process.execPath,
    [
      '--import',
      import.meta.resolve('tsx'),
      script,
      '--articles',
      articles,
      '--out',
      join(site, 'elsewhere'),
      '--report',
      join(site, 'r.json'),
      '--quiet',
    ],
    { cwd: site, stdio: 'pipe' },
  );
  assert.deepEqual(
    readdirSync(join(site, 'content', 'sources')),
    ['kept.json'],
    'content/sources is neither rewritten nor emptied',
  );
  assert.equal(readFileSync(join(site, 'content', 'sources', 'kept.json'), 'utf8'), '{"article":"kept"}\n');
  assert.ok(
    readdirSync(join(site, 'elsewhere')).some((f) => f.endsWith('.md')),
    'the events went where asked',
  );
  assert.ok(!existsSync(join(site, 'content', 'events')), 'content/events was not created');
});
