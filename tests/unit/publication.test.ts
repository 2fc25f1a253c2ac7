import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../src/ingest/read';
import { cleanArticle } from '../../src/ingest/clean';
import { splitSentences } from '../../src/ingest/sentences';
import { findPublication, titleDate, yearsWhereWeekdayFits } from '../../src/ingest/publication';
import { knowledge, window } from './support';
import { isFutureTense } from '../../src/ingest/dates';

function publicationOf(text: string) {
  const clean = cleanArticle(parseArticle('a.txt', Buffer.from(text)));
  return findPublication(clean, splitSentences(clean.paragraphs), {
    anchors: knowledge.anchors,
    offices: knowledge.offices,
    numbering: knowledge.numbering,
    title: clean.title,
    typeRules: knowledge.typeRules,
    window,
  });
}

test('publication dates from an address, and numeric stamps that read both ways', async () => {
  const { urlDate, readSlashedDate } = await import('../../src/ingest/publication');
  assert.equal(urlDate('https://example.com/news/2023/12/11/iran-envoy'), '2023-12-11');
  assert.equal(urlDate('https://example.com/2023-02-30-story'), null);
  assert.equal(urlDate('https://example.com/story/123456'), null);
  // A stamp with its commas glued to the slug.
  assert.equal(
    urlDate('https://example.com/en/article/protest-outside-embassy-in-iranapril-13,-2022,-9:09-am'),
    '2022-04-13',
  );
  assert.equal(urlDate('https://example.com/en/archives/22/06/2022/34769/'), '2022-06-22');
  assert.equal(urlDate('https://example.com/2024/01/11-afghans-killed-in-bombings/'), null, 'a month folder, a slug');
  assert.equal(urlDate('https://example.com/2023-12-11-iran-talks'), '2023-12-11');
  assert.equal(urlDate('https://example.com/news/world/story20210821-1184804'), '2021-08-21', 'letters, then the date');
  assert.equal(urlDate('https://example.com/cnt/dmf20211111_93791855'), '2021-11-11');
  assert.equal(urlDate('https://example.com/cnt/dmf20211311_93791855'), null, 'no 13th month');
  assert.equal(
    urlDate('https://example.com/ko/blasts-kill-2-afghans-20241031'),
    '2024-10-31',
    'a date closing the slug',
  );
  assert.equal(urlDate('https://example.ro/international/fire-at-border-199867'), null, 'an article number');
  assert.equal(urlDate('https://example.ro/international/fire-at-border-19986733'), null, 'no 67th month');
  assert.equal(urlDate('https://example.com/blog/2021/sep/09/news-digest'), '2021-09-09', "a month's name as a folder");
  assert.equal(urlDate('https://example.it/afghanistan-iran-26-aprile-2022/'), '2022-04-26', 'an Italian month');
  assert.equal(urlDate('https://example.com/en/20210918335888e'), '2021-09-18', 'a date id with a letter after it');
  assert.equal(urlDate('https://news.example/article/202305273853Y'), '2023-05-27', 'a capital letter after it');
  assert.equal(urlDate('https://example.com/politics/story/20210707120533151983.html'), '2021-07-07', 'date and time');
  assert.equal(urlDate('https://example.com/politics/story/20210707990533151983.html'), null, 'no 99th hour');
  assert.equal(urlDate('https://example.ua/blog/taliban-vs-iran-28052023-480377'), '2023-05-28', 'a day-first word');
  assert.equal(urlDate('https://example.ua/blog/taliban-vs-iran-28132023-480377'), null, 'no 13th month');
  assert.equal(urlDate('https://example.com/news/border-crossing-with-iran-1625800278'), '2021-07-09', 'Unix time');
  assert.equal(urlDate('https://example.com/news/1641824186-iran-not-recognizing'), '2022-01-10', 'Unix time first');
  assert.equal(urlDate('https://example.com/news/story-2625800278'), null, 'a number past the Unix times of now');
  assert.equal(urlDate('https://example.com/news/162879828071555'), '2021-08-12', 'Unix time and a counter after it');
  assert.equal(urlDate('https://example.com/news/16287982807155512'), null, 'an id longer than any timestamp');
  assert.equal(
    urlDate('https://aljarida.com/articles/1612111990568389900/amp'),
    '2021-01-31',
    'Unix time in nanoseconds',
  );
  assert.equal(
    urlDate('https://example.pt/noticias/ministro-taliba_61d9d7b340a3cc2e361d1678'),
    '2022-01-08',
    'an object id',
  );
  assert.equal(
    urlDate('https://example.cn/a/202304/14/WS643962f8a310b6054facdbfc.html'),
    '2023-04-14',
    'after letters',
  );
  assert.equal(urlDate('https://example.com/a/9f643962f8a310b6054facdbfc'), null, 'hex, but longer than an object id');
  assert.equal(urlDate('https://example.com/user/status/1662490243378057216'), '2023-05-27', 'a post id, time-ordered');
  assert.equal(urlDate('https://example.com/thread/1662490243378057216.html'), null, 'not a whole path segment');
  assert.equal(urlDate('https://example.com/post.php?story=20230717201358188'), '2023-07-17', 'a dated id in a query');
  assert.equal(
    urlDate('https://example.es/noticia-border-clash-20220731134020.html'),
    '2022-07-31',
    'a slug, then date and time',
  );
  assert.equal(urlDate('https://example.org/info/blog-09-09-2022-The-dynamics'), '2022-09-09', 'day and month alike');
  assert.equal(urlDate('https://example.org/info/blog-25-11-2021-talks'), '2021-11-25', 'a day above 12 first');
  assert.equal(urlDate('https://example.org/info/blog-11-25-2021-talks'), '2021-11-25', 'a day above 12 second');
  assert.equal(urlDate('https://example.org/info/blog-04-10-2022-talks'), null, '4 October or 10 April');
  assert.equal(urlDate('https://example.com/news/1402030604523/iran'), '2023-05-27', 'a Solar Hijri date id');
  assert.equal(urlDate('https://example.com/1400/04/16/story-slug/'), '2021-07-07', 'Solar Hijri date folders');
  assert.equal(urlDate('https://example.com/1402-09-23/news=901425'), '2023-12-14', 'a Solar Hijri date as one folder');
  assert.equal(urlDate('https://example.com/1401/01/41442/'), null, 'a Solar month folder and an article number');
  assert.equal(urlDate('https://example.com/news/1402133004523/iran'), null, 'no 30th of a 13th month');
  assert.equal(urlDate('https://example.com/Section-politics-3/1401685-iran'), null, 'a plain number');
  assert.equal(
    urlDate('https://example.com/news/joint-committees-formed-3072023.html'),
    null,
    'an id, not 3 July 2023',
  );
  assert.equal(urlDate('https://example.com/live/newsfeed/wednesday-march-24-2021/ghani-dam/'), '2021-03-24');
  assert.equal(urlDate('https://example.cn/n3/2023/1026/c90000-20089180.html'), '2023-10-26', 'year, then month-day');
  assert.equal(urlDate('https://example.com/a/202304/14/WS643962f8a310.html'), '2023-04-14', 'year-month, then day');
  assert.equal(urlDate('https://example.com/news/world/ny-tanker-blast-20210213-64ryvpekq-story.html'), '2021-02-13');
  assert.equal(urlDate('https://example.org/library/news/2022/12/mil-221222-irna01.htm'), '2022-12-22');
  assert.equal(urlDate('https://example.org/library/news/2024/iran-240207-irna04.htm'), '2024-02-07');
  assert.equal(urlDate('https://example.org/library/news/2024/iran-230207-irna04.htm'), null, 'not the folder year');
  const sentences = (texts: string[]) => texts.map((text, index) => ({ text, index, paragraph: 0, quotes: [] }));
  const spring = sentences(['They spoke by phone on March 21.']);
  assert.equal(readSlashedDate('10/04/2022', spring)?.date, '2022-04-10');
  const autumn = sentences(['They met on September 28.']);
  assert.equal(readSlashedDate('10/04/2022', autumn)?.date, '2022-10-04');
  assert.equal(readSlashedDate('10/04/2022', [])?.date, '2022-04-10', 'day first without a hint');
  // A page in Portuguese writes the day first, whatever month its background ('em agosto', the takeover) names.
  const portuguese = sentences([
    'O Irão pediu aos talibãs, na segunda-feira, que reforcem a proteção das suas instalações diplomáticas.',
    'Desde que os talibãs assumiram o poder no Afeganistão, em agosto, tem crescido o número de refugiados.',
  ]);
  assert.equal(readSlashedDate('12/04/2022 06:13', portuguese)?.date, '2022-04-12');
  assert.equal(readSlashedDate('25/04/2022', [])?.date, '2022-04-25');
  // Dashes as Turkish, Indian and Pakistani sites stamp ('01-12-2021 20:25'): read the same way, not month first.
  assert.equal(readSlashedDate('01-12-2021 20:25', [])?.date, '2021-12-01');
  assert.equal(readSlashedDate('2021-12-01', []), null, 'a year first is not one of them');
  assert.equal(readSlashedDate('25/04/2022', [])?.note, undefined, 'only one reading: no ambiguity noted');
  assert.equal(
    readSlashedDate('Publish Date : 2/3/2021 1:19:11 AM', [])?.date,
    '2021-02-03',
    'an American system stamp',
  );
});

test('"yesterday on May 27th, 2023", "this morning (Saturday, May 20)", "today is May 11": a date beside the day of writing dates the page', () => {
  const yesterday = publicationOf(
    'Border clash explained\n\nYesterday on May 27th, 2023, border guards of Iran and Taliban fighters clashed on the border.\n',
  );
  assert.equal(yesterday.date, '2023-05-28');
  assert.equal(yesterday.rule, 'date-of-writing');
  const morning = publicationOf(
    'Crossing closed\n\nTraffic through the crossing has been blocked since this morning (Saturday, May 20), local sources say.\n',
  );
  assert.equal(morning.date, '2023-05-20', 'the only year of the window whose 20 May is a Saturday');
  assert.deepEqual(yearsWhereWeekdayFits(5, 20, 6, 2021, 2024), [2023]);
  const todayIs = publicationOf(
    'Publishers stay away\n\nToday is May 11, 2024, the fourth day of the book fair, which runs from May 8 to May 18, 2024.\n',
  );
  assert.equal(todayIs.date, '2024-05-11', "'Today is …' names the day of writing, not the fair's last day");
  // 'from tomorrow, Monday 28 Tir, to Saturday 2 Mordad passengers may not cross': a plan, said the day before.
  const tomorrow = publicationOf(
    'رد و بدل کالا در دوغارون متوقف شد\n\nبه اعلام طالبان، از فردا دوشنبه ۲۸ تیر ماه تا شنبه دوم مرداد ماه، ورود و خروج مسافر از دوغارون ممنوع خواهد بود.\n',
  );
  assert.equal(tomorrow.date, '2021-07-18', '28 Tir falls on a Monday in 1400 alone');
  assert.equal(tomorrow.rule, 'date-of-writing');
  // 'is due to leave for Kabul today, «Monday 24 Aqrab»': a plan for today, its date set off in quotation marks.
  const dueToday = publicationOf(
    'نماینده ایران امروز وارد کابل می‌شود\n\nحسن کاظمی قمی قرار است امروز «دوشنبه، ۲۴ عقرب» برای رایزنی با مقام‌های طالبان راهی کابل شود.\n',
  );
  assert.equal(`${dueToday.date} ${dueToday.rule}`, '2021-11-15 date-of-writing', '24 Aqrab is a Monday in 1400');
});

test('three or more date lines in a row are a list of the days a text tells, not its stamp', () => {
  const listed = publicationOf(
    'پنج درگیری\n\nطالبان تا الآن پنج بار در مرزهای مشترک با ایران درگیر شده است،\n\n10اذر 1400\n17اسفند1400\n30تیر 1401\n',
  );
  assert.notEqual(listed.date, '2021-12-01');
  assert.notEqual(listed.date, '2022-07-21');
  assert.notEqual(listed.rule, 'stamp');
});

test('a headline closing with a full date dates a report; a bare 1 January page stamp is a placeholder', () => {
  assert.deepEqual(titleDate('Afghanistan situation: Emergency response in Iran, 19 August 2021'), {
    date: '2021-08-19',
    text: '19 August 2021',
  });
  assert.equal(titleDate('On 19 August 2021 Iran closed its border'), null, 'only a date that closes the headline');
  assert.equal(
    titleDate('Remarks by the minister at the conference. Tehran, IranDecember 23, 2023')?.date,
    '2023-12-23',
  );
  assert.equal(titleDate('Talks held in Tehran December 23, 2023'), null, 'a date run on in the prose, not set apart');
  // A numeric date that reads both ways is read as a stamp is: day first, with no hint ('WIB', Indonesian time).
  assert.equal(titleDate('Kompas.com - 02/12/2021, 14:46 WIB')?.date, '2021-12-02');
  assert.equal(
    titleDate('Ties of friendship with Iran are part of our policy — EADaily, May 28, 2023 — Politics')?.date,
    '2023-05-28',
    'a part of the title set apart by dashes',
  );
  // A template's 1 January yields to anything the text says; with nothing else, it is the day, with low confidence.
  const placeholder = publicationOf(
    " date 2024-01-01 KABUL (BNA): The deputy prime minister met the Iranian ambassador in Kabul on Thursday to discuss transit through Iran, weeks after Iran's president Raisi died in a helicopter crash.\n",
  );
  assert.notEqual(placeholder.date, '2024-01-01');
  const onlyStamp = publicationOf(
    ' date 2024-01-01 KABUL (BNA): The deputy prime minister met the Iranian ambassador in Kabul to discuss transit through Iran.\n',
  );
  assert.equal(onlyStamp.date, '2024-01-01');
  assert.ok(onlyStamp.confidence < 0.5, String(onlyStamp.confidence));
});

test('"… stando alle informazioni diffuse... 08.03.2022, Sputnik Italia": a description cut short ends in its page\'s date', () => {
  const page = (summary: string) =>
    publicationOf(
      `Quattro guardie iraniane morte in scontri al confine afghano\n\n${summary}\n\nLunedì i media iraniani hanno riferito degli scontri. Alla fine di agosto, il 31 agosto, le truppe statunitensi hanno lasciato Kabul.\n`,
    );
  const stamped = page(
    'Scontri al confine tra Iran e Afghanistan, stando alle informazioni diffuse... 08.03.2022, Sputnik Italia',
  );
  assert.equal(stamped.date, '2022-03-08');
  assert.equal(stamped.evidence, '08.03.2022, Sputnik Italia');
  const uncut = page(
    'Scontri al confine tra Iran e Afghanistan, stando alle informazioni diffuse il 08.03.2022 da Sputnik.',
  );
  assert.notEqual(uncut.rule, 'stamp', 'a date in the prose of the description is not a stamp');
});

test('known happenings: the end of a term dates "relieved of his posts"; the place a headline names does not stand in for another', () => {
  const relieved = publicationOf(
    'Iran relieves Qomi of his posts\n\nHassan Kazemi Qomi has been relieved by Iran of his roles as special envoy and ambassador to Afghanistan, Iranian media reported on Sunday.\n',
  );
  assert.equal(relieved.date, '2024-11-25');
  assert.match(relieved.evidence, /leaves office/);
  const herat = publicationOf(
    'What Iran asked of the Taliban once they took Herat\n\nIran called on the Taliban on Friday to guarantee the security of its diplomats and its consulate.\n\nA local official announced on Friday that Taliban militants had captured most of Herat.\n\nEarlier today, officials said the Taliban had captured the city of Firuz Koh in Ghor province.\n',
  );
  assert.equal(herat.date, '2021-08-14');
});

function prepare(name: string, text: string) {
  const clean = cleanArticle(parseArticle(name, Buffer.from(text)));
  const sentences = splitSentences(clean.paragraphs);
  return { clean, sentences, pub: findPublication(clean, sentences, { anchors: knowledge.anchors, window }) };
}

test('publication date: front matter first, then a Solar Hijri dateline, then the text', () => {
  assert.equal(
    prepare('a.md', '---\npublished: 2023-05-02\n---\nIran said on Monday it would help.').pub.date,
    '2023-05-02',
  );
  const hijri = prepare(
    'b.txt',
    'کد خبر: 12345 تاریخ: ۱۴۰۱/۴/۶ 19:41\nIran and Kyrgyzstan discussed Afghanistan on Monday.',
  );
  assert.equal(hijri.pub.date, '2022-06-27');
  assert.equal(hijri.pub.basis, 'dateline');
  const backslashed = prepare('f.txt', '1401\\05\\22 16:48:05\nIran and the Taliban discussed the border on Monday.');
  assert.equal(backslashed.pub.date, '2022-08-13', 'a bare stamp written with backslashes');
  const afghan = prepare('c.txt', 'Kabul, 18 Aqrab 1402\nThe Taliban said the talks went well.');
  assert.equal(afghan.pub.date, '2023-11-09');
  const weekday = prepare('d.txt', 'Qomi made these statements on Tuesday, January 16th, in Islamabad.');
  assert.equal(weekday.pub.date, '2024-01-16');
  assert.equal(weekday.pub.basis, 'inferred');
  const anchored = prepare(
    'e.txt',
    'Muttaqi visited Iran earlier in January. The Taliban took control of Afghanistan in August.',
  );
  assert.equal(anchored.pub.date?.slice(0, 7), '2022-01');
  assert.equal(anchored.pub.precision, 'month');
  const none = prepare('f.txt', 'Officials met and talked about trade.');
  assert.equal(none.pub.date, null);
});

test('a dateline contradicted by the text is flagged, not trusted', () => {
  const { pub } = prepare('g.txt', 'March 1, 2022\nThe Taliban took over Kabul on August 15, 2023, officials said.');
  assert.equal(pub.basis, 'inferred');
  assert.match(pub.warnings.join(' '), /earlier than/);
});

test('an article number dates a page between the known pages around it; the text decides inside that range', async () => {
  const { dateFromArticleNumber } = await import('../../src/ingest/publication');
  const sites = [
    {
      host: 'news.example',
      pattern: null,
      points: [
        [1000, '2022-01-01'],
        [1100, '2022-01-11'],
        [2000, '2022-12-31'],
      ] as Array<[number, string]>,
    },
    {
      host: 'wide.example',
      pattern: null,
      points: [
        [1000, '2021-01-01'],
        [2000, '2022-12-31'],
      ] as Array<[number, string]>,
    },
  ];
  const mid = dateFromArticleNumber('https://www.news.example/world-1050/story', sites);
  assert.equal(mid?.date, '2022-01-06');
  assert.equal(mid?.likely, 1, 'likely within a day of a ten-day gap');
  assert.equal(`${mid?.from}..${mid?.to}`, '2022-01-04..2022-01-08', 'possibly within twice that');
  assert.equal(dateFromArticleNumber('https://news.example/a/1100', sites)?.date, '2022-01-11', 'a known page');
  assert.equal(dateFromArticleNumber('https://other.example/a/1050', sites), null, 'another site');
  assert.equal(dateFromArticleNumber('https://news.example/a/9000', sites), null, 'far beyond the known pages');
  const near = dateFromArticleNumber('https://news.example/a/2010', sites);
  assert.ok(
    near && near.date > '2022-12-31' && near.from < near.date,
    'just beyond the last known page, with a margin',
  );

  const publication = (text: string, url: string) => {
    const clean = cleanArticle(parseArticle('a.md', Buffer.from(`---\nurl: ${url}\n---\n${text}`)));
    return findPublication(clean, splitSentences(clean.paragraphs), {
      anchors: knowledge.anchors,
      offices: knowledge.offices,
      numbering: sites,
      window,
    });
  };
  const undated = publication('Iran and the Taliban held talks in Kabul.', 'https://news.example/a/1050');
  assert.equal(`${undated.date} ${undated.rule} ${undated.precision}`, '2022-01-06 article-number day');
  const weekday = publication(
    'Iran and the Taliban held talks in Kabul on January 7, 2022, officials said.',
    'https://news.example/a/1050',
  );
  assert.equal(weekday.date, '2022-01-07', 'a day the text reports inside the range is kept');
  // A stamp two years from the days the number allows is the site's clock; one within them is the page's own.
  const clock = publication(
    'Thursday, April 18, 2024 10:59\n\nIran and the Taliban held talks in Kabul.',
    'https://news.example/a/1050',
  );
  assert.equal(`${clock.date} ${clock.rule}`, '2022-01-06 article-number');
  const own = publication(
    'Friday, January 7, 2022 10:59\n\nIran and the Taliban held talks in Kabul.',
    'https://news.example/a/1050',
  );
  assert.equal(`${own.date} ${own.rule}`, '2022-01-07 stamp');
  const wide = publication('Iran and the Taliban held talks in Kabul.', 'https://wide.example/a/1500');
  assert.notEqual(wide.rule, 'article-number', 'between known pages two years apart, a number only bounds the text');
  // The month of the address, and the number within it: the day the number gives, not the middle of the month.
  const filed = publication('Iran and the Taliban held talks in Kabul.', 'https://news.example/2022/06/a/1500');
  assert.equal(`${filed.rule} ${filed.precision}`, 'article-number day');
  assert.ok(filed.date! >= '2022-06-16' && filed.date! <= '2022-06-18', String(filed.date));
  // 6 January 2022 was a Thursday: the lead's 'on Thursday' moves the story to the Friday, within the likely day.
  const thursday = publication('Iran and the Taliban held talks in Kabul on Thursday.', 'https://news.example/a/1050');
  assert.equal(`${thursday.date} ${thursday.rule}`, '2022-01-07 article-number');
  const sunday = publication('Iran and the Taliban held talks in Kabul on Sunday.', 'https://news.example/a/1050');
  assert.equal(`${sunday.date} ${sunday.rule}`, '2022-01-06 article-number', 'no Monday within the likely day');
  // 'today, Friday' is the day of writing itself, not the day before it.
  const today = publication(
    'The consulate said today, Friday, that the aid was handed out.',
    'https://news.example/a/1050',
  );
  assert.equal(`${today.date} ${today.rule}`, '2022-01-07 article-number');
  const todayThursday = publication(
    'Iran and the Taliban held talks in Kabul today, Thursday.',
    'https://news.example/a/1050',
  );
  assert.equal(todayThursday.date, '2022-01-06', 'not moved to the Friday');
});

test('a known happening the text looks ahead to places a page its article number only bounds', () => {
  const sites = [
    {
      host: 'news.example',
      pattern: null,
      points: [
        [1000, '2022-10-01'],
        [2000, '2023-03-10'],
      ] as Array<[number, string]>,
    },
  ];
  const clean = cleanArticle(
    parseArticle(
      'a.md',
      Buffer.from(
        [
          '---',
          'url: https://news.example/a/1800',
          '---',
          'Iran set to give Afghan embassy in Tehran to Taliban',
          '',
          'An Afghan diplomat said Iran will officially hand over the embassy in Tehran to the Taliban on Sunday.',
          'Diplomats had talked to the ministry until late Monday night.',
          'The Taliban named a new envoy, effective from December 26, 2022.',
        ].join('\n'),
      ),
    ),
  );
  const pub = findPublication(clean, splitSentences(clean.paragraphs), {
    anchors: knowledge.anchors,
    offices: knowledge.offices,
    numbering: sites,
    title: clean.title,
    window,
  });
  // The handover was on Sunday 26 February 2023: the story is of the week before, after Monday the 20th.
  assert.ok(pub.date! >= '2023-02-20' && pub.date! <= '2023-02-25', `${pub.date} ${pub.rule} (${pub.evidence})`);
});

test('a yearless dateline days before the page stamp dates the story; a day apart, the stamp stands', () => {
  const filed = publicationOf(
    'September 28, 2022\n\nRailway repairs begin\n\nHERAT, Sep. 22 – Work on the railway began with a ceremony on Tuesday.\n',
  );
  assert.equal(`${filed.date} ${filed.rule}`, '2022-09-22 dateline');
  const overnight = publicationOf(
    'October 26, 2023 08:50\n\nRefugees return\n\nKABUL, Oct. 25 (Xinhua) -- Thousands of refugees returned from Iran, officials said on Wednesday.\n',
  );
  assert.equal(overnight.date, '2023-10-26');
});

test("a wire's yearless dateline under a later address is the story's day, unless the story reports a day after it", () => {
  const pubOf = (text: string) => {
    const clean = cleanArticle(parseArticle('a.md', Buffer.from(text)));
    return findPublication(clean, splitSentences(clean.paragraphs), { anchors: knowledge.anchors, window });
  };
  const reposted = pubOf(
    '---\nurl: https://blog.example/2022/01/30/funds/\n---\nKABUL, Jan 10 (Reuters) – A spokesman for Iran said on Monday the trip was no recognition.\n',
  );
  assert.equal(`${reposted.date} ${reposted.rule}`, '2022-01-10 dateline');
  const misprinted = pubOf(
    '---\nurl: https://blog.example/2023/04/14/meeting/\n---\nSamarkand, 4 Apr (ZXS) -- On 14 April, the foreign ministers of China and Iran met on Afghanistan.\n',
  );
  assert.equal(`${misprinted.date} ${misprinted.rule}`, '2023-04-14 url');
});

test("a Bengali stamp line with its desk's name, its 'published' label and a clock in Bengali letters", () => {
  const pub = publicationOf(
    'ইরান-আফগানিস্তান সীমান্তে সংঘাত\n\nসংবাদ প্রকাশ ডেস্ক প্রকাশিত: আগস্ট ১, ২০২২, ০২:৩১ পিএম\n\nইরান ও আফগানিস্তানের সীমান্তে রোববার গোলাগুলি হয়েছে।\n',
  );
  assert.equal(`${pub.date} ${pub.rule}`, '2022-08-01 stamp');
});

test('a stamp above the story days or weeks before the day in its address is the day it was written', () => {
  const pubOf = (text: string) => {
    const clean = cleanArticle(parseArticle('a.md', Buffer.from(text)));
    return findPublication(clean, splitSentences(clean.paragraphs), { anchors: knowledge.anchors, window });
  };
  const story =
    'Iran and the Taliban\n\n2021年11月09日付 Hamshahri 紙\n\nThe envoy met the Taliban minister last Wednesday.\n';
  const digest = pubOf(`---\nurl: https://example.jp/news/News20211202_082137.html\n---\n${story}`);
  assert.equal(`${digest.date} ${digest.rule}`, '2021-11-09 stamp');
  // Months before it, the stamp is another story's; the address stands.
  const teaser = pubOf(`---\nurl: https://example.jp/news/News20220302_082137.html\n---\n${story}`);
  assert.equal(`${teaser.date} ${teaser.rule}`, '2022-03-02 url');
});

test("the text's own 'today (Friday, June 28)' beats an earlier page stamp", () => {
  const pub = publicationOf(
    ' date 2024-06-26 Mujahid hopes for good ties\n\nToday (Friday, June 28), Iranians voted for a new president, and the Taliban spokesman said ties would grow.\n',
  );
  assert.equal(pub.date, '2024-06-28');
});

test('a stamp outside the month the address files the story in is chrome', () => {
  const clean = cleanArticle(
    parseArticle(
      'a.md',
      Buffer.from(
        '---\nurl: https://blog.example/2022/04/ambassador-speaks/\n---\nMay 27, 2022\n\nAmbassador speaks\n\nThe Iranian ambassador said on Tuesday that Afghans are treated well.\n',
      ),
    ),
  );
  const pub = findPublication(clean, splitSentences(clean.paragraphs), { anchors: knowledge.anchors, window });
  assert.notEqual(pub.date, '2022-05-27');
  assert.equal(pub.date?.slice(0, 7), '2022-04');
});

test('a known happening spoken of as still ahead does not place the story after it', () => {
  const pub = publicationOf(
    'Taliban host a regional meeting\n\nKABUL – Getting ready for the coming Doha meeting on Afghanistan, the Taliban hosted envoys in Kabul, while the Pakistani envoy stayed away.\n',
  );
  assert.ok(!/known-happening/.test(pub.rule), `${pub.date} ${pub.rule} ${pub.evidence}`);
});

test('stamps of teasers below the story do not outvote the stamp above it', () => {
  const page = publicationOf(
    'Trade deals between Iran and the Taliban\n\nDate: Oct 08, 2021, 12:00\n\n' +
      'In a report on Tuesday, the news agency wrote that the two sides had agreed to keep the border open day and night.\n\n' +
      'A Taliban delegation is to travel to Iran for talks with the oil ministry, the report adds.\n\n' +
      'Iran opens trade routes to Central Asia\n\nSeptember 01, 2020 - 11:34\n\nTwo new corridors link Iran with Central Asia...\n\n' +
      'Saffron harvest up ten percent\n\nSeptember 02, 2020 - 12:15\n',
  );
  assert.equal(page.date, '2021-10-08');
  const below = publicationOf(
    'Iran urges the release of Helmand water\n\nThe energy minister called on Kabul to let the water flow to Sistan.\n\n' +
      'Posted on February 20, 2022 - 09:10\n',
  );
  assert.equal(below.date, '2022-02-20', 'a stamp under the text, alone, still dates the story');
  // Years after the day in the page's address, the teasers' stamps below the story lose to it.
  const clean = cleanArticle(
    parseArticle(
      'a.txt',
      Buffer.from(
        [
          '---',
          'url: https://example.uz/news/2021/12/24/afghan-refugees-iran',
          '---',
          'Afghan refugees head for Iran in large numbers',
          '',
          'Iran plans an administration for refugee affairs, IRNA reported.',
          '',
          'More than 500,000 Afghan refugees have entered Iran since the start of the year, the UN says.',
          '',
          'Iran to lift its block on WhatsApp',
          '16:58 / 25.12.2024',
        ].join('\n'),
      ),
    ),
  );
  const teasers = findPublication(clean, splitSentences(clean.paragraphs), {
    anchors: knowledge.anchors,
    offices: knowledge.offices,
    title: clean.title,
    window,
  });
  assert.equal(teasers.date, '2021-12-24');
});

test('a day the weekday fixes, and a later weekday in the lead: the story is of the later day', () => {
  const page = publicationOf(
    'Taliban condemn the attack in Shiraz\n\n' +
      'The Taliban spokesman wrote on Twitter on Friday that the Islamic Emirate condemns the assault on worshippers in Shiraz.\n\n' +
      'On Wednesday (October 26) a gunman opened fire on pilgrims at a shrine in the city, killing 15 people.\n',
  );
  assert.ok(page.date! >= '2022-10-28' && page.date! <= '2022-10-29', `${page.date}`);
  const same = publicationOf(
    'Gunman attacks shrine\n\nOn Wednesday (October 26) a gunman opened fire on pilgrims at a shrine in the city.\n',
  );
  assert.equal(same.date, '2022-10-26');
  // Named as the known happening it is (the Shah Cheragh attack), it is written of from the next day on.
  const known = publicationOf(
    'Gunman attacks shrine\n\nOn Wednesday (October 26) a gunman opened fire on pilgrims at the Shah Cheragh shrine.\n',
  );
  assert.equal(known.date, '2022-10-27');
});

test("a site's 'today' above a story whose lead reports a known happening years earlier is page chrome", () => {
  const page = publicationOf(
    'Saturday, September 28, 2024\n\nBorder guards exchange fire in Nimroz\n\n' +
      'This afternoon Iranian border guards and Taliban forces exchanged fire on the border in Nimroz, which the Taliban called a misunderstanding.\n\n' +
      'Calm returned to the area by the evening, local officials said.\n',
  );
  assert.notEqual(page.date, '2024-09-28');
  assert.ok(page.date === null || page.date <= '2021-12-02', `${page.date}`);
  const fresh = publicationOf(
    'Saturday, September 28, 2024\n\nBorder guards exchange fire in Nimroz\n\n' +
      'This afternoon Iranian border guards and Taliban forces exchanged fire on the border in Nimroz.\n',
  );
  assert.equal(fresh.date, '2024-09-28', 'without a known happening, the stamp stands');
});

test("a site's 'today' two years after a known happening the opening paragraphs report is page chrome", () => {
  // Kazemi Qomi's announcement of a joint committee with the Taliban defence ministry followed the clash of 31 July 2022.
  const page = publicationOf(
    'Tuesday, June 18, 2024\n\nIran and the Taliban to form a committee on border clashes\n\n' +
      'Iran and Afghanistan have met after the recent clashes between their border guards.\n\n' +
      'Hassan Kazemi Qomi said the Taliban defence ministry pledged to set up a joint committee so that such incidents do not recur.\n',
  );
  assert.ok(
    page.date !== null && page.date >= '2022-07-31' && page.date <= '2022-08-07',
    `${page.date}: ${page.evidence}`,
  );
});

test("'earlier this month' names a happening a week or more before the story, not one of the past week", () => {
  const page = publicationOf(
    'Border clash on the Helmand\n\n' +
      'Iranian border guards and Taliban forces clashed on Saturday near the border in Nimroz, leaving three dead.\n\n' +
      'Earlier this month, Raisi warned the Taliban to respect Iran’s water rights to the Helmand.\n',
  );
  assert.ok(page.date! >= '2023-05-27' && page.date! <= '2023-05-28', `${page.date} (${page.evidence})`);
});

test("a month folder in the address ('/page/202109/…', '/2022/02/1465074.html') files the story in that month; '/live/195408/' is a number", () => {
  const filed = publicationOf(
    '---\nurl: https://example.com/page/202109/1234565.shtml\n---\n\nFour ministers meet on Afghanistan\n\nThe foreign ministers of China, Iran, Pakistan and Russia met on Afghanistan in Dushanbe.\n',
  );
  assert.equal(filed.date?.slice(0, 7), '2021-09');
  const monthThenNumber = publicationOf(
    '---\nurl: https://example.com/Web/News/2022/02/1465074.html\n---\n\nFour ministers meet on Afghanistan\n\nThe foreign ministers of China, Iran, Pakistan and Russia met on Afghanistan in Dushanbe.\n',
  );
  assert.equal(monthThenNumber.date?.slice(0, 7), '2022-02', 'an article number after the month folder');
  const slugMonth = publicationOf(
    '---\nurl: https://example.com/taliban-bought-electricity-from-iran-after-blackouts-2021-11\n---\n\nFour ministers meet on Afghanistan\n\nThe foreign ministers of China, Iran, Pakistan and Russia met on Afghanistan in Dushanbe.\n',
  );
  assert.equal(slugMonth.date?.slice(0, 7), '2021-11', 'a slug closed by its year and month');
  const numbered = publicationOf(
    '---\nurl: https://example.com/live/195408/two-guards-killed\n---\n\nTwo guards killed\n\nTwo Iranian border guards were killed in a clash with Taliban forces.\n',
  );
  assert.ok(numbered.date === null || numbered.date >= '2018-01-01', `${numbered.date}`);
  // '/news/201401/': an article number of 2023 that reads as January 2014; a month folder is of the twenties only.
  const twentyFourteen = publicationOf(
    '---\nurl: https://example.com/news/201401/Taliban-do-not-want-ties-to-worsen\n---\n\nTaliban want calm\n\nThe Taliban said they do not want relations with Iran to worsen.\n',
  );
  assert.ok(twentyFourteen.date === null || twentyFourteen.date >= '2018-01-01', `${twentyFourteen.date}`);
});

test("the site's clock above the story's own stamp: the first and later of two stamps weeks apart loses", () => {
  const page = publicationOf(
    '2021-October-23 01:46\n2021-September-26  13:45\n\nIran sends second aid plane to Afghanistan\n\n' +
      'TEHRAN (FNA)- Iran dispatched a plane loaded with 21 tons of food aid to Kabul.\n',
  );
  assert.equal(page.date, '2021-09-26');
});

test("a stamp more than a day from the weekday the text says it was written on ('yesterday, Sunday') is chrome", () => {
  const story =
    'Taliban and Iranian border forces clash in Nimroz\n\n' +
    'Heavy fighting between the two sides went on until 7 pm yesterday, Sunday, in the Darwish area of Kang district.\n';
  assert.notEqual(publicationOf(`Friday, November 15, 2024 08:30\n\n${story}`).date, '2024-11-15');
  assert.notEqual(publicationOf(`Wednesday, August 3, 2022 08:30\n\n${story}`).date, '2022-08-03');
  assert.equal(publicationOf(`Monday, August 1, 2022 08:30\n\n${story}`).date, '2022-08-01');
  assert.equal(publicationOf(`Tuesday, August 2, 2022 08:30\n\n${story}`).date, '2022-08-02', 'a copy a day late');
  assert.equal(publicationOf(`Sunday, July 31, 2022 22:24\n\n${story}`).date, '2022-07-31', 'another time zone');
  assert.notEqual(
    publicationOf(
      'جمعه ۲۵ عقرب ۱۴۰۳ کابل ۰۸:۳۰\n\nجنگ میان دو طرف تا هفت بجه شام دیروز یکشنبه در منطقه درویش ولسوالی کنگ جریان داشت.\n',
    ).date,
    '2024-11-15',
  );
});

test("a site's 'today' that what the text says of known happenings rules out is chrome", () => {
  const page = publicationOf(
    'Monday , 18 October 2021\n\nIran restarts flights to Afghanistan\n\n' +
      'A Mahan Air charter flew 19 passengers from Mashhad to Kabul on Wednesday.\n\n' +
      'Iran halted flights to Afghanistan last month in the turmoil around the US military withdrawal and the Taliban takeover of the country.\n',
  );
  assert.ok(page.date! >= '2021-09-01' && page.date! <= '2021-09-30', `${page.date} (${page.evidence})`);
});

test("a bare date above the story gives way to the week a known happening's weekday puts it in, not to a year", () => {
  // 'Friday's bombing' of the Kandahar mosque (15 October 2021): the story is of the days after it.
  const page = publicationOf(
    '19 Mar 2024\n\nRaisi names special envoy for Afghanistan\n\n' +
      'The Iranian president spoke at a cabinet session on Sunday after naming Hassan Kazemi Qomi as envoy.\n\n' +
      'Raisi also offered condolences over the Friday terrorist bombings at a mosque in the southern city of Kandahar.\n',
  );
  assert.equal(page.date, '2021-10-18', `${page.date} (${page.evidence})`);
  // 'in August' of the takeover fits a year of days: the date above stays the story's.
  const kept = publicationOf(
    '08 September 2023 :\n\nTaliban minister rebukes Tehran\n\n' +
      'Last week the Taliban foreign minister faulted Tehran over its executions.\n\n' +
      'Iran has not recognised the government the Taliban formed after they seized Kabul in August.\n',
  );
  assert.equal(kept.date, '2023-09-08', `${kept.date} (${kept.evidence})`);
});

test("a site's 'today' years after 'last August', when the Taliban took over, is chrome", () => {
  const page = publicationOf(
    'Wednesday, April 24, 2024\n\nForeigners without papers must leave, minister says\n\n' +
      'The interior minister said on Sunday that foreigners without documents must go home.\n\n' +
      'The latest wave of refugees came last August after the Taliban takeover of the country.\n',
  );
  assert.notEqual(page.date, '2024-04-24', `${page.date} (${page.evidence})`);
  assert.ok(page.date === null || (page.date > '2021-08-15' && page.date < '2022-08-01'), `${page.date}`);
});

test("a year naming a document ('a 2012 bilateral agreement') is not the year of the happening beside it", () => {
  const page = publicationOf(
    'Prisoners sent home\n\nIran on Wednesday sent 178 Afghan convicts back to their country under a 2012 bilateral ' +
      'agreement on transferring prisoners.\n',
  );
  assert.equal(page.date, '2023-06-15', `${page.date} (${page.evidence})`);
  const drone = publicationOf('Strike\n\nHe died in a 2016 drone strike, after 178 Afghan convicts were sent home.\n');
  assert.notEqual(drone.date, '2023-06-15', `${drone.date} (${drone.evidence})`);
});

test("a known happening still to come 'next week' dates the page in the week before it", () => {
  const page = publicationOf(
    'Neighbours to meet in Tehran\n\nTehran has said it will host a gathering of Afghanistan’s neighbors, Russia among ' +
      'them, next week.\n\nWhen the Taliban took control of Kabul in mid-August, a debate began.\n',
  );
  assert.ok(page.date! >= '2021-10-18' && page.date! <= '2021-10-24', `${page.date} (${page.evidence})`);
});

test('a happening most pages name as background is the news when the lead tells it on its weekday', () => {
  const news = publicationOf(
    'Dam will transform the economy, president says\n\nThe president on Wednesday inaugurated a dam on the frontier ' +
      'with Iran.\nGhani opened the Kamal Khan Dam in Nimroz province.\n',
  );
  assert.ok(news.date === '2021-03-24' || news.date === '2021-03-25', `${news.date} (${news.evidence})`);
  const background = publicationOf(
    'Water row\n\nIran on Wednesday criticised the Taliban over water.\nIran says its share has fallen since Ghani ' +
      'opened the Kamal Khan Dam in Nimroz province.\n',
  );
  assert.equal(background.date, null, `${background.date} (${background.evidence})`);
  const withYear = publicationOf(
    'Border clash\n\nTaliban and Iranian guards clashed on Sunday, officials said.\nThe Taliban seized power in ' +
      'Afghanistan on August 15, 2021.\n',
  );
  assert.notEqual(withYear.date, '2021-08-16', `${withYear.date} (${withYear.evidence})`);
});

test('speculation reports no happening, but only to the end of its clause', () => {
  const speech = publicationOf(
    'Ghani opens the dam\n\nPresident Ghani on Wednesday, speaking at the inauguration of the Kamal Khan Dam, said ' +
      'that rumours keep coming but the country will stay independent.\n',
  );
  assert.equal(speech.date, '2021-03-25', `${speech.date} (${speech.evidence})`);
  const rumour = publicationOf(
    'Envoy in Kabul\n\nOn Wednesday the envoy met officials; some said the visit would lead to the inauguration of ' +
      'the Kamal Khan Dam.\n',
  );
  assert.notEqual(rumour.date, '2021-03-25', `${rumour.date} (${rumour.evidence})`);
});

test("a denial reports no happening to the end of its sentence, also joined to Arabic 'and' ('وكذّبت')", () => {
  const page = (sentence: string) =>
    publicationOf(
      [
        'متقي في طهران',
        '',
        'عقد وزير الخارجية أمير خان متقي لقاءات في إيران.',
        sentence,
        'وقال خطيب زاده إن عمل السفارة الأفغانية في طهران محكوم باتفاقية فيينا.',
      ].join('\n'),
    );
  // Told, 'yesterday' of the February 2023 handover dates the page; denied (across the comma), the January 2022
  // spokesman's statement does.
  const told = page('وذكرت المواقع أمس، أن السفارة الأفغانية في طهران سُلّمت إلى حركة طالبان.');
  assert.equal(told.date, '2023-02-27', `${told.date} (${told.evidence})`);
  const denied = page('وكذّبت الخارجية ما نشرته المواقع أمس، بشأن تسليم السفارة الأفغانية في طهران إلى حركة طالبان.');
  assert.ok(denied.date! >= '2022-01-09' && denied.date! <= '2022-01-10', `${denied.date} (${denied.evidence})`);
});

test('a known happening named with a year of its own that does not fit is another happening', () => {
  const other = publicationOf(
    [
      'Iran ready to invest in the rail link',
      '',
      'Iran is ready to invest more in the railway, an Iranian transit official said.',
      'The first section of the Khaf-Herat railway was inaugurated in December 2020, linking Khaf with Rozanak.',
    ].join('\n'),
  );
  assert.notEqual(other.date, '2023-07-12', 'the 2023 launch of the line does not date the story');
  assert.ok(!/known happening/.test(other.evidence ?? ''));
  const same = publicationOf(
    [
      'Rail link opens',
      '',
      'The Khaf-Herat railway was inaugurated on Tuesday, the Taliban said.',
      'Officials of both countries attended the ceremony in Herat.',
    ].join('\n'),
  );
  assert.match(same.evidence ?? '', /Khaf/, 'without a year of its own, the sentence names the known launch');
});

test("a year used as an adjective ('a 2016 drone strike') rules out a known happening of another year", () => {
  const pub = publicationOf(
    [
      'Taliban envoy in Tehran',
      '',
      'A Taliban delegation is holding talks in Tehran, its spokesman said.',
      'Its former leader died in a 2016 U.S. drone strike in Pakistan, reportedly on his way back from Iran.',
    ].join('\n'),
  );
  assert.ok(!/Pakistan's Balochistan/.test(pub.evidence ?? ''), `${pub.date} (${pub.evidence})`);
});

test("a yearless date takes the office-holders' years over a background year outside their terms", () => {
  const pub = publicationOf(
    [
      'Taliban delegation in Tehran',
      '',
      'Foreign Minister Mohammad Javad Zarif received the Taliban delegation, spokesman Saeed Khatibzadeh said.',
      'In November 2019 the same delegation met Zarif.',
      'On January 23, the US reviewed its deal with the Taliban.',
    ].join('\n'),
  );
  assert.equal(pub.date?.slice(0, 4), '2021', `${pub.date} (${pub.evidence})`);
});

test("an office-holder's title may end the sentence before the one his name opens ('…, the minister says. Yousef Nouri told …')", () => {
  const pub = (next: string) =>
    publicationOf(
      [
        'Iran makes room for migrant pupils',
        '',
        "Iran has set aside money for migrant pupils, the country's education minister says.",
        '',
        `${next} a gathering of officials on September 20 that 300,000 more pupils had enrolled.`,
      ].join('\n'),
    ).date;
  // Nouri was education minister from November 2021 to April 2023: 20 September of 2022 is the one in his term.
  assert.equal(pub('Yousef Nouri told'), '2022-09-20');
  // Named further on, not opening the sentence, the title need not be his.
  assert.equal(pub('Officials said Yousef Nouri told'), null);
});

test("a yearless date takes its year from office-holders' terms, within the site's years", () => {
  const pub = publicationOf(
    [
      'Tehran to host talks',
      '',
      'On September 8, Iranian foreign ministry spokesman Saeed Khatibzadeh said Tehran would host the talks.',
      'He spoke to reporters in Tehran.',
    ].join('\n'),
  );
  // Khatibzadeh was spokesman from June 2020, but the site covers 2021–2024: the first September 8 in both.
  assert.equal(pub.date?.slice(0, 4), '2021');
});

test('a wire dateline whose brackets name an agency of several words still dates the story', () => {
  const pub = publicationOf(
    [
      'Taliban break up Kabul rally',
      '',
      'KABUL (Pakistan Point News / Sputnik - 29th September, 2022) The Taliban fired shots in the air on Thursday to break up a rally.',
      'Some 25 women joined the demonstration.',
    ].join('\n'),
  );
  assert.equal(pub.date, '2022-09-29');
  assert.equal(pub.rule, 'dateline');
});

test("a stamp whose label runs into the day ('Publish date15 Aug 2022 - 22:58') dates the story", () => {
  const pub = publicationOf(
    [
      'Iran backs an inclusive government',
      '',
      'Publish date15 Aug 2022 - 22:58',
      '',
      "Iran's foreign ministry spokesman has restated that Tehran supports an inclusive government in Afghanistan.",
    ].join('\n'),
  );
  assert.equal(pub.date, '2022-08-15');
});

test("a weekday-and-date 'today' in the site's header half a year after every day the text reports is chrome", () => {
  const pub = publicationOf(
    [
      'Friday, 22 November, 2024',
      '',
      'Border guards fire on migrants',
      '',
      'Iranian border guards fired on a group of Afghans on May 23, 2023, near the border in Nimroz, witnesses said.',
    ].join('\n'),
  );
  assert.notEqual(pub.date, '2024-11-22');
  assert.equal(pub.date, '2023-05-23');
});

test("'was appointed special envoy' is not the start of the same man's later term as ambassador", () => {
  const pub = publicationOf(
    [
      'Iranian envoy arrives in Kabul',
      '',
      "Iran's special representative for Afghanistan arrived in Kabul on Monday for talks with the Taliban.",
      'Hassan Kazemi-Qomi was appointed special envoy by President Ebrahim Raisi after the Taliban victory in August.',
    ].join('\n'),
  );
  assert.ok(!/ambassador/.test(pub.evidence ?? ''), pub.evidence);
  assert.ok(pub.date === null || pub.date < '2022-12-17', `${pub.date}`);
});

test("a yearless dateline takes the one year in the window where the lead's 'today, Saturday' fits", () => {
  const pub = publicationOf(
    [
      'Minister meets Iranian diplomat',
      '',
      'KABUL, Oct. 22 – The deputy health minister met the deputy Iranian ambassador today, Saturday.',
      'They discussed hospitals in Bamiyan.',
    ].join('\n'),
  );
  assert.equal(pub.date, '2022-10-22', pub.evidence ?? '');
  const friday = publicationOf(
    [
      'Minister meets Iranian diplomat',
      '',
      'KABUL, Oct. 22 – The deputy health minister met the deputy Iranian ambassador today, Friday.',
      'They discussed hospitals in Bamiyan.',
    ].join('\n'),
  );
  assert.equal(friday.date, '2021-10-22', friday.evidence ?? '');
  // No 22 October of the window is a Wednesday: the one a day off (Tuesday, 2024) is the nearest reading.
  const dayOff = publicationOf(
    [
      'Minister meets Iranian diplomat',
      '',
      'KABUL, Oct. 22 – The deputy health minister met the deputy Iranian ambassador today, Wednesday.',
    ].join('\n'),
  );
  assert.equal(dayOff.date, '2024-10-22', dayOff.evidence ?? '');
  // The same for a day the lead reports: no 21 April of the window is a Monday, one is a Sunday (2024).
  const reported = publicationOf(
    "Envoy meets minister\n\nIran's ambassador met the Taliban foreign minister in Kabul on Monday (April 21).\n",
  );
  assert.equal(reported.date, '2024-04-21', reported.evidence ?? '');
});

test("a bulleted stamp behind a label in another language ('- انتشار: ۸ میزان ۱۴۰۲') dates the page", () => {
  const pub = publicationOf(
    [
      'هیات طالبان به تهران رفت',
      '- انتشار: ۸ میزان ۱۴۰۲',
      '',
      'سفارت ایران در کابل خبر سفر هیات طالبان به تهران را اعلام کرده است.',
    ].join('\n'),
  );
  assert.equal(pub.date, '2023-09-30', pub.evidence ?? '');
  assert.equal(pub.rule, 'stamp');
});

test("a day the Dari text plans ('بنا است … برگزار شود') is not one it reports", () => {
  const pub = publicationOf(
    [
      'هیات طالبان به تهران رفت',
      '',
      'این سفارت روز شنبه، ۸ میزان ۱۴۰۲، نوشته است که هیات طالبان وارد تهران شده‌اند.',
      'بنا است این کنفرانس روز یکشنبه، ۹ میزان، در تهران برگزار شود.',
    ].join('\n'),
  );
  assert.equal(pub.date, '2023-09-30', pub.evidence ?? '');
});

test("an address whose number is the day itself ('yymmdd', or Solar Hijri 'solar-yyyymmdd') dates the page", async () => {
  const { dateFromArticleNumber } = await import('../../src/ingest/publication');
  const sites = [
    { host: 'news.example', pattern: /-1(\d{6})\d{5}(?:_\d+)?\.html/, dated: 'yymmdd' as const, points: [] },
  ];
  assert.equal(
    dateFromArticleNumber('https://www.news.example/article/talks-121070800054_1.html', sites)?.date,
    '2021-07-08',
  );
  assert.equal(
    dateFromArticleNumber('https://www.news.example/article/talks-121139900054_1.html', sites),
    null,
    'no 99th day',
  );
  const solar = [
    { host: 'fa.example', pattern: /\/news\/(1[34]\d{6})\d{6}(?!\d)/, dated: 'solar-yyyymmdd' as const, points: [] },
  ];
  assert.equal(dateFromArticleNumber('https://www.fa.example/en/news/14000704000439/aid', solar)?.date, '2021-09-26');
  assert.equal(
    dateFromArticleNumber('https://www.fa.example/en/news/14001399000439/aid', solar),
    null,
    'no 13th month',
  );
});

test('a headline naming a day without a year is not a yearless stamp', () => {
  const pub = publicationOf(
    [
      '-',
      'ALSO READ',
      'India vs Afghanistan highlights: full time ends India 1 | 1 Afghanistan',
      'Taliban warn of attacks if foreign troops remain in Afghanistan past May 1',
      '-',
      'Iran is hosting talks between Taliban negotiators and Afghan government officials.',
      'Foreign Minister Mohammad Javad Zarif chaired the meeting in Tehran.',
    ].join('\n'),
  );
  assert.notEqual(pub.rule, 'yearless-stamp', `${pub.date} (${pub.evidence})`);
});

test("a site's 'today' half a year after a day the text's weekday places ('Monday, July 31') is chrome", () => {
  const pub = publicationOf(
    [
      'Sunday, June 23, 2024',
      '',
      'Taliban shut down offices of Iranian charity organization',
      '',
      'The Taliban have shut down the offices of an Iranian charity in Kabul, Mazar-e-Sharif and Herat.',
      'The office in Kabul was closed a month ago, while the ones in Mazar-e-Sharif and Herat were closed on Monday, July 31.',
    ].join('\n'),
  );
  assert.ok(pub.date?.startsWith('2023-0'), `${pub.date} (${pub.evidence})`);
});

test("'the first anniversary of the takeover' dates the story a year on; a site's 'today' two years later is chrome", () => {
  const pub = publicationOf(
    [
      'Friday, June 21, 2024',
      '',
      "Iranian official: Tehran won't recognize current Taliban government",
      '',
      "Hassan Kazemi Qomi, marking the first anniversary of the Taliban's takeover of Afghanistan, told a press conference on Wednesday in Tehran that the US had failed.",
    ].join('\n'),
  );
  assert.equal(pub.date, '2022-08-18', `${pub.date} (${pub.evidence})`);
});

test("a site's weekday banner two years after the known happening the story reports further down is chrome", () => {
  const page = (banner: string) =>
    publicationOf(
      [
        banner,
        '',
        'Taliban promise Iran its share of Helmand water',
        '',
        "Iran's special envoy Hassan Kazemi Qomi said on Sunday that the Taliban had pledged to honour the water treaty.",
        '',
        'He said the two sides would set up a joint committee on the river.',
        '',
        'Kazemi Qomi spoke to reporters in Tehran.',
        '',
        "The pledge came at the meeting of foreign ministers from Afghanistan's neighbours in Tunxi, China.",
      ].join('\n'),
    );
  // The Tunxi meeting ended on Thursday 31 March 2022; the story was written from the Sunday after it.
  const late = page('Saturday, April 13, 2024');
  assert.notEqual(late.date, '2024-04-13', `${late.date} (${late.evidence})`);
  assert.equal(late.date, '2022-04-04');
  // A banner within half a year of the happening stays the page's date.
  assert.equal(page('Monday, April 4, 2022').date, '2022-04-04');
});

test('a bar of short fields, one of them the date, is a stamp: "Aug 15, 2021 • 26 minutes ago • 1 minute read"', () => {
  const page = (bar: string) =>
    publicationOf(
      `Iran sets up camps along its border\n\nReuters\n${bar}\n\nDUBAI — Iran said on Sunday it has built camps.\n`,
    );
  const bar = 'Aug 15, 2021  •  26 minutes ago  •  1 minute read  •  Join the conversation';
  assert.equal(page(bar).date, '2021-08-15');
  assert.equal(page(bar).rule, 'stamp');
  // Fields of a sentence's length are prose around a date, not a bar.
  assert.equal(
    page('Aug 15, 2021 • officials in the border provinces said the camps would open within days').date,
    null,
  );
});

test('a story that reports a range of days ("On 6 and 7 March") was written on or after its last day', () => {
  const page = publicationOf(
    'Iran courts the Taliban\n\nOn 6 and 7 March, Iranian authorities handed over 457 Afghan prisoners. A week earlier, on 27 February 2023, a Taliban team reached Tehran.\n',
  );
  assert.equal(page.date, '2023-03-07');
});

test("a known happening of 'this week' is written of from the next day on", () => {
  const page = publicationOf(
    'Iran lobbies the Taliban\n\nThe Taliban seized the Islam Qala crossing on the Iranian border this week, and traders waited at the gate.\n',
  );
  // The Taliban took Islam Qala on Thursday 8 July 2021.
  assert.equal(page.date, '2021-07-09');
});

test('a story that speaks of known happenings of one fortnight follows the last of them', () => {
  const page = publicationOf(
    [
      'Taliban urge restraint',
      '',
      'The Taliban urged Iran and Pakistan to exercise restraint.',
      '',
      "The friction began when Iran launched missile strikes on Pakistan's Balochistan. In response, Pakistan carried out strikes inside Iran near Saravan.",
      '',
    ].join('\n'),
  );
  // Iran struck on 16 January 2024; Pakistan answered on the 18th: the story is of the 19th.
  assert.equal(page.date, '2024-01-19');
});

test("a site's 'today' months after the day the text's weekday fixes is page chrome", () => {
  const page = publicationOf(
    'Wednesday, May 1, 2024\n\nTaliban urge restraint\n\n' +
      'On Thursday (January 18th), the Taliban foreign ministry urged two neighbours to exercise restraint.\n',
  );
  assert.equal(page.date, '2024-01-18');
  // Days later, the bar may well be the day of a report on it.
  const near = publicationOf(
    'Tuesday, January 23, 2024\n\nTaliban urge restraint\n\n' +
      'On Thursday (January 18th), the Taliban foreign ministry urged two neighbours to exercise restraint.\n',
  );
  assert.equal(near.date, '2024-01-23');
});

test('a month in the address, a known happening of that month named as what came before, and the lead weekday', () => {
  const page = publicationOf(
    '---\nurl: https://example.af/en/2023/11/baradar-calls-trip-productive/\n---\n\nBaradar calls his Iran trip a success\n\n' +
      'KABUL – Abdul Ghani Baradar, the deputy prime minister for economic affairs, is back home after the six-day trip to Iran.\n\n' +
      'Speaking at a press conference at Kabul airport on Friday evening, he said memorandums had been signed.\n',
  );
  // The trip began on 5 November 2023; the first Friday after it is the 10th: the story is of the 11th.
  assert.equal(page.date, '2023-11-11');
  assert.equal(page.precision, 'day');
});

test('a story that comes "shortly after" a known happening is of the days after it, even beside a future clause', () => {
  const page = publicationOf(
    'Taliban welcome Chabahar expansion\n\n' +
      'The Taliban welcomed the move, noting that the port will provide an alternative to Karachi, a boost for the Chabahar port that comes shortly after an agreement granted India ten years of management rights over the port.\n',
  );
  // India and Iran signed the ten-year Chabahar contract on 13 May 2024.
  assert.ok(page.date! >= '2024-05-14' && page.date! <= '2024-05-16', `${page.date}`);
});

test('a day said before a plan is past: the weekday fixes its year even in a sentence about what will be', () => {
  const said = publicationOf(
    [
      'Minister: we will not give ground on water',
      '',
      'The energy minister stated on Saturday, July 15, that Iran will not give up its share of the Helmand.',
      'He added that talks go on.',
    ].join('\n'),
  );
  assert.equal(said.date, '2023-07-15', said.evidence ?? '');
  const planned = publicationOf(
    [
      'Minister to visit Kabul',
      '',
      'The energy minister will travel to Kabul on Saturday, July 15, for talks on the Helmand.',
      'He added that talks go on.',
    ].join('\n'),
  );
  assert.notEqual(planned.date, '2023-07-15', planned.evidence ?? '');
});

test('a known happening is background only when a background span names it whole', () => {
  const pub = publicationOf(
    [
      'One dead after clashes between Taliban and Iran border forces',
      '',
      'Fighting between Taliban forces and Iran border guards on Sunday has left at least one dead, a police official said.',
      "Iran's Tasnim news agency said the clashes started after Taliban forces tried to hoist their flag in an area that is not Afghan territory.",
    ].join('\n'),
  );
  assert.equal(pub.date, '2022-08-01', pub.evidence ?? '');
  const background = publicationOf(
    [
      'Border trade slows',
      '',
      'Traders say that trade has slowed since the Taliban forces and Iran clashed over a flag.',
    ].join('\n'),
  );
  assert.equal(background.date, null, background.evidence ?? '');
});

test("a line labelled 'Today:' is the site's clock, not the story's stamp", () => {
  const clock = publicationOf(
    [
      'Today: Saturday, 18 May 2024',
      '',
      'Iran and Afghanistan agree on renovating border posts',
      '',
      'The deputy foreign ministers of Afghanistan and Iran met on April 1 at the Dogharoon-Islam Qala border.',
    ].join('\n'),
  );
  assert.notEqual(clock.date, '2024-05-18', clock.evidence ?? '');
  const stamp = publicationOf(
    [
      'Published: Saturday, 18 May 2024',
      '',
      'Iran and Afghanistan agree on renovating border posts',
      '',
      'The deputy foreign ministers of Afghanistan and Iran met on Saturday at the Dogharoon-Islam Qala border.',
    ].join('\n'),
  );
  assert.equal(stamp.date, '2024-05-18', stamp.evidence ?? '');
});

test('a story is written on or after the day of a post it embeds', () => {
  const pub = publicationOf(
    [
      'Iran offers help to Afghan women after university ban',
      '',
      'On Tuesday, Taliban authorities banned women from universities.',
      'An Iranian official said he had met the head of the Afghan embassy in Tehran about the ban.',
      'امروز سرپرست سفارت افغانستان را دعوت کردم pic.twitter.com/H79egFlYyu',
      '— rasoul mousavi (@rasmou) December 24, 2022',
    ].join('\n'),
  );
  assert.equal(pub.date, '2022-12-24', pub.evidence ?? '');
  assert.equal(pub.rule, 'embedded-post');
});

test("a month atop the page long after the post it embeds ('date 2025-03' over a tweet of 2023) is the site's clock", () => {
  const page = (month: string) =>
    publicationOf(
      [
        ` date ${month} Taliban fighters put out a video of their attack near an Iranian border base.`,
        '',
        'The Taliban put out this clip of the attack. pic.twitter.com/IFvFq7Trn8',
        '',
        '— Tajuden Soroush (@TajudenSoroush) May 27, 2023',
      ].join('\n'),
    );
  assert.equal(page('2025-03').date, '2023-05-27');
  assert.equal(page('2023-06').rule, 'page-month', "a month near the post is the page's own");
});

test("only what a sentence names as still ahead is set aside: 'hosting talks … ahead of the withdrawal' reports the talks", () => {
  const pub = publicationOf(
    [
      'Talks in Tehran',
      '',
      'Iran is hosting talks between senior Taliban negotiators and Afghan government officials, as the militants seize territory ahead of the full withdrawal of US forces.',
      '',
      'On Wednesday Iranian media published video of the meeting in Tehran.',
    ].join('\n'),
  );
  assert.equal(pub.date, '2021-07-08', pub.evidence ?? '');
});

test("a known happening told 'this week' lies within the seven days before the story, not only in its calendar week", () => {
  // The Islam Qala skirmish over Taliban road-building, and Iran's closing of the crossing, came on Saturday 23 April
  // 2022; a story of the next Wednesday still calls it this week's.
  const pub = publicationOf(
    [
      'Tensions rise between the neighbours',
      '',
      'Officials in Tehran said on Wednesday that talks with the Taliban were under way.',
      '',
      'This week Tehran moved tanks to the border after a skirmish at Islam Qala when the Taliban tried to build a road there.',
    ].join('\n'),
  );
  assert.ok(pub.date !== null && pub.date >= '2022-04-27' && pub.date <= '2022-04-28', `${pub.date}: ${pub.evidence}`);
});

test("a known happening called 'last week' lies a week or more before the story when the week allows", () => {
  // The Saravan shooting (a known happening) was on Sunday 13 October 2024.
  const pub = publicationOf(
    [
      'Second shooting reported',
      '',
      'Rights groups said Iranian forces fired on Afghan migrants near Saravan last week, and reported a second shooting.',
    ].join('\n'),
  );
  assert.equal(pub.date, '2024-10-20', pub.evidence ?? '');
});

test("the lead's weekday outweighs reading 'last week' as a week or more before", () => {
  // The Taliban committee's Kalgan findings (a known happening) came on Thursday 31 October 2024; the Monday after
  // it is 4 November, three days before a week has passed.
  const pub = publicationOf(
    [
      'Tehran rejects border killing reports',
      '',
      "Iran's foreign ministry said on Monday that the reports of migrants killed at the border were baseless.",
      '',
      'The Taliban said last week that explosions and gunfire had hit Afghans in the Kalgan Valley inside Iran.',
    ].join('\n'),
  );
  assert.ok(pub.date === '2024-11-04' || pub.date === '2024-11-05', `${pub.date}: ${pub.evidence}`);
});

test('a day said before the speech verb is the speaking, even when what is said is still to come', () => {
  const pub = publicationOf(
    [
      'آغاز ترانسپورت آزمایشی در خط آهن هرات-خواف',
      '',
      'این وزارت امروز سه‌شنبه (19 ثور) گفته که مرحله دائمی ترانسپورت به زودی آغاز خواهد شد.',
    ].join('\n'),
  );
  assert.equal(pub.date, '2023-05-09', pub.evidence ?? '');
});

test("a known happening named as background dates the lead's weekday after it, unless it is an era's start", () => {
  // The Islam Qala tanker fire (Saturday 13 February 2021): 'On Sunday' is the 14th, written of then or the next day.
  const fire = publicationOf(
    [
      'Firefighters fight a border blaze into a second day',
      '',
      'On Sunday, firefighters battled for another day against a fire raging since a fuel tanker exploded at the Islam Qala border crossing.',
    ].join('\n'),
  );
  assert.equal(fire.rule, 'relative-to-known-happening');
  assert.ok(fire.date === '2021-02-14' || fire.date === '2021-02-15', String(fire.date));
  // The takeover is named as background years on: no day follows from it.
  const era = publicationOf(
    [
      'Iran urges an inclusive government',
      '',
      'On Tuesday, Iran repeated its call for an inclusive government, as it has since the Taliban took over Afghanistan.',
    ].join('\n'),
  );
  assert.equal(era.date, null);
});

test("a date beside the site's weather reading is its clock, not the story's stamp", () => {
  const page = (weather: string) =>
    publicationOf(
      [
        weather,
        'New York',
        'Tuesday, September 27, 2022',
        '',
        'Iran shuts its border',
        '',
        'Iran closed its border to Afghanistan on Wednesday, an official said.',
      ].join('\n'),
    );
  assert.equal(page('68.4 F').date, null);
  assert.equal(page('Weather').date, '2022-09-27');
});

test("'today, Wednesday' in Arabic or Persian: the story is written that weekday, not the day after", () => {
  // Mohammad Sayyad, an Iranian border guard, was killed at Milak on Tuesday 28 June 2022.
  const page = publicationOf(
    [
      'طالبان تقتل فردًا من حرس الحدود الإيراني',
      '',
      'أفادت وسائل إعلام إيرانية، اليوم الأربعاء، بأن محمد صياد من حرس الحدود الإيراني لقي مصرعه في اشتباكات مع طالبان.',
    ].join('\n'),
  );
  assert.equal(page.date, '2022-06-29');
});

test('an anniversary is read in the languages of the corpus, its ordinal before or after the word', async () => {
  const { anniversaryOf } = await import('../../src/ingest/publication');
  const years = (text: string) => anniversaryOf(text)?.years ?? null;
  assert.equal(years('took part in the 45th-anniversary celebration'), 45);
  assert.equal(years('در مراسم دومین سالگرد شهادت سردار سلیمانی'), 2);
  assert.equal(years('في الذكرى السنوية الأولى لخروج القوات الأجنبية'), 1);
  assert.equal(years('الذكرى الـ45 لانتصار الثورة'), 45);
  assert.equal(years('شہید قاسم سلیمانی کی شہادت کی دوسری برسی کے موقع پر'), 2);
  assert.equal(years('zum 45. Jahrestag der Revolution'), 45);
  assert.equal(years('отметили первую годовщину'), 1);
  assert.equal(years('en torno al primer aniversario de la reconquista'), 1);
  // A bare number after the word is a day of the month ('the anniversary of 22 Bahman'), not years.
  assert.equal(years('به مناسبت سالگرد ۲۲ بهمن'), null);
  assert.equal(years('l’anniversario della morte'), null);
});

test("'the second anniversary of Soleimani's martyrdom' in Persian dates the story two years on", () => {
  const page = publicationOf(
    [
      'برگزاری مراسم در کنسولگری ایران در هرات',
      '',
      'سرکنسول ایران در هرات امروز (دوشنبه) در مراسم دومین سالگرد شهادت سردار سلیمانی سخنرانی کرد.',
      'او گفت روابط دو کشور باید گسترش یابد.',
    ].join('\n'),
  );
  // Soleimani was killed on 3 January 2020; 3 January 2022 was a Monday.
  assert.equal(page.date, '2022-01-03', `${page.date} (${page.evidence})`);
});

test("'the 25th anniversary of the incident' the text dates 'Aug. 8, 1998' fixes the year of writing", () => {
  const page = publicationOf(
    [
      'Iran again asks the Taliban to clarify the consulate attack',
      '',
      'Iran has again stressed the need to shed light on an attack on its consulate in Mazar-e-Sharif on Aug. 8, 1998.',
      'Tuesday marks the 25th anniversary of the incident.',
      'In a statement released Tuesday, the Foreign Ministry called the day a bitter memory.',
    ].join('\n'),
  );
  // Written that Tuesday or the day after.
  assert.ok(page.date === '2023-08-08' || page.date === '2023-08-09', String(page.date));
});

test("a stamp with a dash between day and month ('Wed 12 - May 2021 - 19:37')", () => {
  const page = publicationOf(
    [
      'Rouhani and Ghani speak by phone',
      '',
      'Wed 12 - May 2021 - 19:37',
      '',
      'The two presidents spoke by phone.',
    ].join('\n'),
  );
  assert.equal(page.date, '2021-05-12');
});

test('the opening may name a known happening across its sentences: one name left to another sentence', () => {
  // Iran shut the Islam Qala–Dogharoun crossing on 23 April 2022 over Taliban road-building at the border.
  const page = publicationOf(
    [
      'Iran shuts a border crossing with Afghanistan',
      '',
      'Iran closed the crossing after Taliban forces began building a road on the frontier, officials said.',
      'Islam Qala is the busiest crossing between the two countries.',
    ].join('\n'),
  );
  assert.equal(page.rule, 'story-of-known-happening');
  assert.ok(page.date === '2022-04-23' || page.date === '2022-04-24', String(page.date));
});

test("a yearless Solar Hijri day of writing is converted in the year found for it ('۸ دلو' of 1399 is 27 January 2021)", () => {
  const page = publicationOf(
    [
      'دیدار رهبران طالبان با مقام های ایران',
      '',
      'رهبران طالبان در سفر به تهران درباره روند صلح گفتگو کردند.',
      'ملاعبدالغنی برادر امروز (۸دلو) با علی شمخانی دیدار کرده است.',
    ].join('\n'),
  );
  assert.equal(page.date, '2021-01-27');
});

test("'last Saturday, November 4' fixes the year and says the story was written after that day", () => {
  const page = publicationOf(
    [
      'Baradar discusses trade in Tehran',
      '',
      'Mullah Baradar, who arrived in Tehran last Saturday, November 4, met Iranian officials to discuss trade.',
    ].join('\n'),
  );
  assert.ok(page.date !== null && page.date > '2023-11-04' && page.date <= '2023-11-11', String(page.date));
});

test("'This content was released on October 27, 2021 – 1:15 pm' is the stamp, not the site's date above it", () => {
  const page = publicationOf(
    [
      'September 30, 2022',
      '',
      'Iran counts on a friendly settlement between the Taliban and its neighbours',
      '',
      'This content was released on October 27, 2021 – 1:15 pm',
      '',
      'Iran on Wednesday called on the Taliban to take a friendly stance toward its neighbours.',
    ].join('\n'),
  );
  assert.equal(page.date, '2021-10-27');
});

test('a known happening placed only by a vague span (a year ago) gives no day of publication', () => {
  // 'A year ago' of the takeover fits any day from June to October 2022: none of them can be told.
  const vague = publicationOf(
    [
      'Taliban and Iranian guards trade fire',
      '',
      'One Taliban soldier died in yesterday’s fighting on the border of Nimroz province.',
      '',
      'Since the Taliban took over Afghanistan a year ago, there have been several clashes along the border.',
    ].join('\n'),
  );
  assert.equal(vague.date, null, vague.evidence ?? '');
  // 'Last week' of the same happening fits a single week: the earliest day of it stands.
  const week = publicationOf(
    ['Iran calls for calm', '', 'Iran called for calm after the Taliban took over Kabul last week.'].join('\n'),
  );
  assert.ok(week.date !== null && week.date >= '2021-08-16' && week.date <= '2021-08-29', String(week.date));
});

test('a lasting happening named as background (an order) does not put the story in its week', () => {
  // Pakistan's deportation order (3 October 2023) is spoken of for months: 'said Wednesday' is no day after it.
  const order = publicationOf(
    [
      'Returns from Iran double',
      '',
      'Afghans returning from Iran have doubled over the past month, a border official said Wednesday.',
      '',
      'The rise comes after Islamabad ordered 1.7 million Afghans it called illegal to leave or be deported.',
    ].join('\n'),
  );
  assert.equal(order.date, null, order.evidence ?? '');
});

test("a deadline's year ('by the end of March 2025') is not the year of the story's days", () => {
  const pub = publicationOf(
    [
      'Iran builds a wall on its border',
      '',
      'On 9 September, Interior Minister Eskandar Momeni announced the closure of the borders.',
      '',
      'On 10 September, the police chief said the authorities wanted to deport two million migrants by the end of March 2025.',
    ].join('\n'),
  );
  assert.equal(pub.date, '2024-09-10', pub.evidence ?? '');
});

test("a deadline written as a month's end ('antes de finales de marzo de 2025', 'before the end of') is a deadline too", () => {
  const pub = (deadline: string) =>
    publicationOf(
      [
        'Irán construye un muro en su frontera',
        '',
        'El 9 de septiembre, el ministro del Interior, Eskandar Momeni, anunció el cierre de las fronteras.',
        '',
        `El 10 de septiembre, el jefe de policía dijo que quieren expulsar a dos millones de migrantes ${deadline}.`,
      ].join('\n'),
    ).date;
  assert.equal(pub('antes de finales de marzo de 2025'), '2024-09-10');
  assert.equal(pub('before the end of March 2025'), '2024-09-10');
  assert.equal(pub("d'ici fin mars 2025"), '2024-09-10');
  assert.equal(pub('entro la fine di marzo 2025'), '2024-09-10');
  assert.equal(pub('до конца марта 2025 года'), '2024-09-10');
  // A month's end the story reports as past lends its year.
  assert.equal(pub('como a finales de marzo de 2025'), '2025-09-10');
});

test("a date right above a site's navigation ('Main Menu') is its clock, not the story's stamp", () => {
  const page = (nav: string) =>
    publicationOf(
      [
        'Tuesday, November 5, 2024',
        nav,
        '',
        'Taliban say explosions in Iran killed Afghans',
        '',
        'The Taliban said on Friday that explosions in Iran killed two Afghans.',
      ].join('\n'),
    );
  assert.notEqual(page('Main Menu').date, '2024-11-05');
  // Followed by the story itself, the same line is the page's stamp.
  assert.equal(page('').date, '2024-11-05');
});

test("a date right after a news ticker's label ('Latest news', 'تازه خبر') is the site's clock, not the story's stamp", () => {
  const page = (label: string) =>
    publicationOf(
      [
        'Accessibility links',
        '',
        label,
        'Tuesday, November 5, 2024 Kabul 05:03',
        '',
        'Taliban and Iranian border guards clash in Nimroz',
        '',
        'Taliban and Iranian border guards clashed in Nimroz yesterday.',
      ].join('\n'),
    );
  assert.equal(page('Latest news').date, null);
  assert.equal(page('تازه خبر').date, null);
  assert.equal(page('خبر تازه').date, null);
  // Under any other line, the same line is the page's stamp.
  assert.equal(page('Radio Azadi').date, '2024-11-05');
});

test('a known happening told before a plan in the same sentence is past, not still to come', () => {
  // Nemati's 10 km of wall (23 September 2024), told before 'intend to lengthen it'.
  const pub = publicationOf(
    [
      'Iran builds a wall on the Afghan border',
      '',
      'Iranian authorities have finished building a 10-kilometer wall on the border with Afghanistan and intend to lengthen it by another 50 kilometers, General Nemati said.',
    ].join('\n'),
  );
  assert.ok(pub.date !== null && pub.date >= '2024-09-23' && pub.date <= '2024-09-30', String(pub.date));
});

test("'tomorrow, Tuesday' in the opening puts the story on the day before that weekday", () => {
  // Pezeshkian was sworn in on Tuesday 30 July 2024; Abdul Kabir travelled to Tehran for it the day before.
  const english = publicationOf(
    [
      'Taliban deputy leader heads to Tehran',
      '',
      "The Taliban's political deputy Abdul Kabir arrived in Tehran on Monday.",
      '',
      'The ceremony for Iran’s president is held tomorrow, Tuesday.',
    ].join('\n'),
  );
  assert.equal(english.date, '2024-07-29', english.evidence ?? '');
  const dari = publicationOf(
    [
      'مولوی کبیر به تهران رفت',
      '',
      'مولوی عبدالکبیر، معاون سیاسی رئیس الوزرای طالبان، در رأس یک هیئت به تهران سفر کرد.',
      '',
      'مراسم سوگند رئیس جمهور ایران فردا سه‌شنبه انجام می‌شود.',
    ].join('\n'),
  );
  assert.equal(dari.date, '2024-07-29', dari.evidence ?? '');
});

test("a yearless day of a known happening named elsewhere is that happening's, and 'last year' lends its year to the sentence", () => {
  // The takeover of Kabul (15 August 2021) is told 'in August last year': the story is of 2022; 'Aug. 15' is the takeover.
  const since = publicationOf(
    [
      'Taliban minister in Iran for talks',
      '',
      'It is the first such visit since the Taliban seized power in Afghanistan in August last year.',
      '',
      'Since the Western-backed government fell on Aug. 15, billions of dollars of aid have been suspended.',
    ].join('\n'),
  );
  assert.notEqual(since.date, '2022-08-15', `${since.date}: ${since.evidence}`);
  const counted = publicationOf(
    [
      'Iran offers to host Afghan talks',
      '',
      'On Wednesday Iran said it was ready to host talks between the Taliban and their opponents.',
      '',
      'On August 15 last year the Taliban took Kabul without a fight, and on September 7 they named an interim government.',
    ].join('\n'),
  );
  assert.ok(counted.date === null || counted.date < '2022-09-07', `${counted.date}: ${counted.evidence}`);
});

test("a wire's dateline: the lead's weekday after a known happening is the day of writing, not the day before it", () => {
  // The Saravan shooting (a known happening) was on Sunday 13 October 2024; the Monday after it is the 14th.
  const lead = (dateline: string) =>
    publicationOf(
      [
        'Pakistan voices concern over border killings',
        '',
        `${dateline}Pakistan's foreign office on Monday expressed concern about the killing of Afghan migrants near Saravan by Iranian forces on Sunday.`,
      ].join('\n'),
    );
  assert.equal(lead('ISLAMABAD (AP) — ').date, '2024-10-14');
  assert.equal(lead('ISLAMABAD (AP) — ').dayAfterHappening, undefined);
  // Without it, the day after, which may still be of the Monday itself.
  assert.equal(lead('').date, '2024-10-15');
  assert.equal(lead('').dayAfterHappening, true);
});

test('what is still to come after the day a known happening is named on does not make that day a plan', () => {
  // The Muttaqi–Amir-Abdollahian call (a known happening) was on Monday night, 18 April 2022.
  const pub = publicationOf(
    [
      'Taliban delegation to visit Iran',
      '',
      'On Monday night, Muttaqi assured the Iranian foreign minister in a phone call that the security of Iranian diplomats and missions in Afghanistan will be maintained.',
    ].join('\n'),
  );
  assert.equal(pub.date, '2022-04-19', pub.evidence ?? '');
});

test('a known announcement of a plan, told in the future, still dates the story after the day it was made', () => {
  // Radan's two million within six months (a known happening, marked as announced) was said on 10 September 2024.
  const pub = publicationOf(
    [
      'Iran set to deport two million Afghans',
      '',
      'Iran will deport two million Afghan migrants in six months, according to Ahmad-Reza Radan, head of the national police.',
    ].join('\n'),
  );
  assert.ok(pub.date === '2024-09-10' || pub.date === '2024-09-11', `${pub.date}: ${pub.evidence}`);
});

test("'four months after' a known happening is the time of writing; months after something else named later are not", () => {
  // The takeover of Kabul was on 15 August 2021.
  const now = publicationOf(
    [
      'Sanctions drive Iran and the Taliban closer',
      '',
      'Now, four months after the Taliban seized power in Kabul, Iran and Afghanistan both labour under US sanctions.',
    ].join('\n'),
  );
  assert.equal(now.rule, 'relative-to-known-happening');
  assert.ok(now.date === '2021-12-15' || now.date === '2021-12-16', `${now.date}: ${now.evidence}`);
  const other = publicationOf(
    [
      'Iran offers places to Afghan women',
      '',
      'The Taliban seized power in Kabul only four months after thousands of students sat their entrance exams.',
    ].join('\n'),
  );
  assert.ok(other.date === null || other.date < '2021-12-01', String(other.date));
});

test("a page of a month ('date 2021-12') is dated from the month's days its text writes without a year", () => {
  const page = (lead: string) =>
    publicationOf(
      [
        ` date 2021-12 ${lead}`,
        '',
        'The clashes ended and Iran is talking with the Taliban about the border dispute, the agency said.',
      ].join('\n'),
    );
  // 1 December 2021 was a Wednesday: the day after the lead's weekday, on or after the day it reports.
  const told = page(
    'On December 1, Iranian border forces and the Taliban exchanged fire near Nimroz, the Tasnim agency announced Wednesday.',
  );
  assert.equal(told.date, '2021-12-02');
  assert.equal(told.rule, 'page-month');
  // Without a weekday to count from, only the month is known.
  const month = page('On December 1, Iranian border forces and the Taliban exchanged fire near Nimroz.');
  assert.equal(month.precision, 'month');
});

test("a page of a month whose lead reports a border clash is of the month's one known clash between the sides", () => {
  const page = (headline: string, more = '') =>
    publicationOf(
      [
        ` date 2023-05 ${headline}`,
        '',
        'Tensions between Tehran and the Taliban have grown over the water of the Helmand river.',
        '',
        `Iranian border guards answered an attack by Taliban forces from Nimroz, the state agency reported.${more}`,
      ].join('\n'),
    );
  // The clash of Saturday 27 May 2023 (its aftermath, days later, is of the same kind): reported the next day,
  const clash = page('Gunfire between Taliban fighters and Iranian border guards');
  assert.equal(clash.date, '2023-05-28');
  assert.equal(clash.precision, 'day');
  assert.match(clash.evidence, /2023-05-27/);
  // or that very day when the story speaks of this morning.
  assert.equal(
    page('Gunfire between Taliban fighters and Iranian border guards', ' The firing began this morning.').date,
    '2023-05-27',
  );
  // A visit is no rare kind: months hold many, so only the month is known.
  const visit = page('Taliban delegation travels to Tehran for talks');
  assert.equal(visit.precision, 'month');
  // The clash may be the lead's second sentence, after what someone said of it.
  const said = publicationOf(
    [
      ' date 2023-05 A Taliban commander said in a video that his men would take Tehran within a day.',
      'The video follows the exchange of fire between Iranian border guards and Taliban forces.',
    ].join(' '),
  );
  assert.equal(said.date, '2023-05-28');
});

test("a span of days above the story ('11-22 ноября', a conference in a widget) is not the page's stamp", () => {
  const page = (widget: string) =>
    publicationOf(
      [
        'Accessibility links',
        '',
        'COP29',
        widget,
        '',
        'Two Iranian border guards killed in clash with Taliban',
        '',
        'Two Iranian border guards were killed in a clash with the Taliban at the Sasuli post yesterday morning.',
        '',
        'Two more guards were wounded, the agency said.',
      ].join('\n'),
    );
  assert.equal(page('11-22 ноября').date, '2023-05-28');
  assert.equal(page('November 11-22').date, '2023-05-28');
  // A single day there, with or without its clock, is the page's stamp, its year from the known happening.
  assert.equal(page('22 ноября').rule, 'yearless-stamp');
  assert.equal(page('28 May - 14:22').date, '2023-05-28');
});

test('a stamp line naming its agency and carrying a second, labelled date (the update) is still a stamp', () => {
  const turkish = publicationOf(
    "İran'dan Afgan mültecilere yönelik karar\n\nHaberler Anadolu Ajansı 18.08.2021 - 13:36 Son Güncelleme : 18.08.2021 - 14:11\n\nİran İçişleri Bakanlığı sınır birliklerine talimat verdi.\n",
  );
  assert.equal(turkish.date, '2021-08-18');
  const english = publicationOf(
    'Iran tightens its border\n\nNews Anadolu Agency 18.08.2021 - 13:36 Last updated: 19.08.2021 - 14:11\n\nIran told its border forces to stop Afghans entering the country.\n',
  );
  assert.equal(english.date, '2021-08-18');
  // A line of prose with a date in it is not a stamp.
  const prose = publicationOf(
    'Iran tightens its border\n\nThe ministry said on 18.08.2021 that border forces had been told to stop Afghans entering.\n',
  );
  assert.notEqual(prose.rule, 'stamp');
});

test("a 'last modified' line years later is the page's upkeep, not a day the story reports", () => {
  const page = publicationOf(
    'Afghans fleeing the Taliban crowd the Iranian border\n\n' +
      'Tehran (PressTV) – The Taliban takeover has driven Afghan civilians to neighbouring countries, Iran among them.\n' +
      '(last modified 2025-01-01T16:20:18+00:00 )\n' +
      'Aug 22, 2021 14:30 Europe/Berlin\n\n' +
      'Tehran said on Sunday it was preparing temporary shelter for Afghans who flee.\n',
  );
  assert.equal(page.date, '2021-08-22');
});

test("'today, Wednesday' past the first paragraph still makes the lead's Wednesday the day of writing", () => {
  const page = publicationOf(
    "Iran's consul in Herat says the attack will not open a rift between the two peoples\n\n" +
      'Unknown people gathered last Monday outside the Iranian embassy in Kabul and the consulate in Herat; protesters threw stones at the consulate in Herat.\n\n' +
      'In answer, residents of Herat gathered outside the Iranian consulate this morning, today Wednesday, in solidarity with its diplomats.\n',
  );
  assert.equal(page.date, '2022-04-13', page.evidence);
});

test("a stamp without its year ('8 Jul') takes the one year of the window where the lead's weekday falls on it", () => {
  const wire = publicationOf(
    'Taliban take a border post on the Iran frontier\n\n8 Jul    Finance News\n\n' +
      'HERAT, Afghanistan (AP) — The Taliban on Thursday captured an important border crossing on the frontier with Iran, an Afghan official said.\n',
  );
  assert.equal(wire.date, '2021-07-08');
  // Not a wire's: written that Thursday (2021) or the Friday after (2022), so the stamp alone does not tell.
  const other = publicationOf(
    'Taliban take a border post on the Iran frontier\n\n8 Jul    Finance News\n\n' +
      'The Taliban on Thursday captured an important border crossing on the frontier with Iran, an Afghan official said.\n',
  );
  assert.notEqual(other.date, '2021-07-08');
  // A wire's dateline without its year, and the lead's Turkish 'Pazar günü' (Sunday): 24 July 2022.
  const dateline = publicationOf(
    "Afganistan İran'dan yakıt alacak\n\n" +
      "KABİL, 24 Temmuz (Xinhua) -- Afganistan Maliye Bakanlığı'nın Pazar günü yaptığı açıklamaya göre, İran ile bir yakıt anlaşması imzalandı.\n",
  );
  assert.equal(dateline.date, '2022-07-24', dateline.evidence);
});

test("'a few days ago' of a known happening spans two days to a week, where the lead's weekday falls", () => {
  const page = publicationOf(
    'Afghan refugees in Tehran shout down Taliban diplomats\n\n' +
      'Sources said that on Friday, the Taliban ambassador and diplomats had been due to address Afghan refugees in Tehran, but were met with an angry crowd.\n\n' +
      'Iran handed the Afghan embassy in Tehran over to the Taliban a few days ago.\n',
  );
  assert.ok(page.date! >= '2023-03-03' && page.date! <= '2023-03-05', `${page.date} (${page.evidence})`);
});

test("a year told as the time of something else ('… after the US withdrawal in August 2021') does not hide the known happening the sentence reports", () => {
  const page = publicationOf(
    'في خطوة مفاجئة، سلّمت إيران رسمياً مبنى السفارة الأفغانية في طهران إلى حركة طالبان، إذ رفعت الحركة التي انتزعت السلطة في كابل عقب انسحاب القوات الأميركية في أغسطس 2021 رايتها.\n\n' +
      'وأفاد ذاكر جلالي بأن 7 دبلوماسيين من الحركة غادروا مطار كابل صباح الاثنين في طريقهم إلى طهران.\n',
  );
  assert.ok(page.date! >= '2023-02-26' && page.date! <= '2023-02-28', `${page.date} (${page.evidence})`);
});

test('a month in the address: a day of that month written without a year, or a known happening in it, places the story', () => {
  // 'on June 12' under '/2023/06/': June 12 of the address's year, not of another year the office-holders allow.
  const yearless = publicationOf(
    '---\nurl: https://news.example/2023/06/iran-sees-progress-on-water/\n---\n\nIran sees progress on water\n\n' +
      "Iran's foreign ministry spokesman Nasser Kanaani told reporters on June 12 that the two sides had agreed on new steps.\n",
  );
  assert.equal(yearless.date, '2023-06-12');
  // A known happening of the address's month without a weekday: the next day's report of it, not mid-month.
  const known = publicationOf(
    '---\nurl: https://news.example/2023/06/experts-to-visit-dam/\n---\n\nExperts to visit dam\n\n' +
      'The Taliban have agreed to let Iranian experts inspect the water level behind the Kajaki dam, Iran’s envoy Hassan Kazemi Qomi said on state television.\n',
  );
  assert.equal(known.date, '2023-06-17');
});

test("'today, Monday' in the opening is the day of writing, even when that Monday dates the known happening", () => {
  const page = publicationOf(
    'Protesters attack Iranian consulate\n\n' +
      "Iranian state media reported today, Monday, that Afghan protesters had thrown stones at Iran's consulate in Herat.\n",
  );
  // The protest at the Herat consulate was on Monday 11 April 2022.
  assert.equal(page.date, '2022-04-11');
});

test("a day told without its year inside the span a relative date gives ('Last month' of a December happening, 'on January 8')", () => {
  const page = publicationOf(
    'Foreign minister travels to Iran\n\n' +
      "Afghanistan's Taliban-run government dispatched its foreign minister to Iran on January 8 for talks on refugees.\n\n" +
      'Last month Iranian border guards and Taliban forces clashed in Nimroz in what both sides called a misunderstanding.\n',
  );
  // The Nimroz clash was on 1 December 2021: 'last month' is January 2022, and the trip of January 8 lies in it.
  assert.equal(page.date, '2022-01-08');
});

test("a weekday told in the pluperfect ('had arrived on Saturday') lies before the news, not after it", () => {
  const page = publicationOf(
    'Taliban minister meets exiled commanders\n\n' +
      "The Taliban's foreign minister met Ismail Khan in Tehran on Monday, January 10, 2022.\n\n" +
      'The delegation had arrived in Tehran on Saturday for talks with Iranian officials.\n',
  );
  // Read as the lead's weekday, 'Saturday' put the story on the Saturday after the meeting.
  assert.equal(page.date, '2022-01-10');
});

test('a known happening later than the day its own sentence tells of is still to come', () => {
  const page = publicationOf(
    'به گزارش خبرگزاری، ذبیح‌الله مجاهد سخنگوی طالبان روز (یکشنبه، ۲ آبان) در یک کنفرانس خبری از نشست وزیران خارجه کشورهای همسایه افغانستان در تهران استقبال کرد.\n',
  );
  // Sunday 2 Aban 1400 = 24 October 2021; the neighbours' meeting in Tehran was on the 27th.
  assert.equal(page.date, '2021-10-24');
});

test("a stamp line with a byline field of its own ('| LAPORAN: NAME') is still the page's stamp, above teasers' stamps", () => {
  const page = publicationOf(
    'Taliban Utus Diplomat ke Iran\n' +
      'SELASA, 28 FEBRUARI 2023 | 08:02 WIB | LAPORAN: ALIFIA DWI RAMANDHITA\n\n' +
      'Tujuh diplomat Afghanistan telah diberangkatkan ke Iran, kata Kementerian Luar Negeri Taliban pada Senin.\n\n' +
      'Populer\n' +
      'Pilkada Kian Panas\n' +
      'Rabu, 30 Oktober 2024 | 07:45\n',
  );
  assert.equal(page.date, '2023-02-28');
});

test("a stamp line with the Turkish label 'Son Güncellenme' and a desk's name is the page's stamp", () => {
  const page = publicationOf(
    'İran 18 bin Afgan göçmeni sınır dışı etti\n' +
      '2023.07.13 09:41 - Son Güncellenme: 2023.07.13 09:41 - Güncel - HABER MERKEZİ\n\n' +
      'İranlı yetkili, son 10 günde yaklaşık 18 bin Afgan göçmenin ülkelerine teslim edildiğini bildirdi.\n',
  );
  assert.equal(page.date, '2023-07-13');
});

test("years counted back from a known happening ('more than 20 years ago') give no year past the plausible ones", () => {
  const page = publicationOf(
    'Officials met on October 18 to prepare the talks.\n\n' +
      'Since the Taliban took control of Kabul in mid-August, many debate whether the group has changed since it last held power more than 20 years ago.\n',
  );
  assert.ok(page.date === null || page.date < '2026-01-01', `got ${page.date}`);
});

test('a day told as still to come is not the past of a known happening of that day named elsewhere', () => {
  const page = publicationOf(
    "A meeting of Afghanistan's neighbors plus Russia will be hosted by Tehran on October 27.\n\n" +
      'Earlier, Iran welcomed a proposal to convene the foreign ministers of the states bordering Afghanistan.\n\n' +
      'A spokesman said on October 18 that the meeting will carry on the talks held online in September.\n',
  );
  // The neighbours' meeting in Tehran was on 27 October 2021: the story is before it.
  assert.ok(page.date !== null && page.date >= '2021-10-18' && page.date < '2021-10-27', `got ${page.date}`);
});

test("a known happening still to come on its day, 'next Wednesday', dates the story by the weekday it was announced", () => {
  const page = publicationOf(
    'Tehran will be the venue of a ministerial meeting on 27 October on Afghanistan, the spokesman announced on Monday. ' +
      'He said, "Next Wednesday in Tehran, we will bring together the foreign ministers of Afghanistan\'s neighbouring countries."\n\n' +
      'Ever since the Taliban marched into Kabul on 15 August, Iran has urged an inclusive government.\n',
  );
  // 27 October 2021 was a Wednesday; the Monday of the week before is the 18th.
  assert.equal(page.date, '2021-10-18');
});

test("'earlier today' beside a known happening fixes the day before 'last night's attacks' elsewhere", () => {
  const page = publicationOf(
    "Iran's spokesman Saeed Khatibzadeh denounced last night's attacks on Panjshir valley.\n\n" +
      'Earlier today, Taliban spokesman Zabihullah Mujahid declared that the Taliban had taken full control of Panjshir.\n',
  );
  // Mujahid claimed Panjshir on 6 September 2021.
  assert.equal(page.date, '2021-09-06');
});

test('a known happening that outlets only claimed does not date the story', () => {
  const page = publicationOf(
    'Several outlets claimed that the Iranian government was handing the Afghan embassy in Tehran over to the Taliban.\n\n' +
      'Acting foreign minister Amir Khan Muttaqi, heading a Taliban delegation, arrived in Tehran on Saturday night.\n',
  );
  // Muttaqi's first visit to Tehran began on Saturday 8 January 2022; the embassy was handed over in February 2023.
  assert.ok(page.date !== null && page.date >= '2022-01-08' && page.date <= '2022-01-10', `got ${page.date}`);
});

test("a bulleted field with its own label and a date ('- дату публикации : 25/09/2024') is a stamp, not a post's signature", () => {
  const page = publicationOf(
    'Иран возводит стену на границе с Афганистаном\n' +
      '- дату публикации : 25/09/2024 B 10:20\n' +
      'Иранские военные возвели на границе с Афганистаном стену, передает агентство ISNA.\n',
  );
  assert.equal(page.date, '2024-09-25');
});

test("a deadline 'fixée au 11 septembre' is no day the story reports; a Persian page clock with its weekday is the site's", () => {
  const french = publicationOf(
    "L'Iran a reçu, hier, à Téhéran des représentants du gouvernement de Kaboul et des talibans.\n\n" +
      "A un peu plus de deux mois de l'échéance fixée au 11 septembre pour le départ de l'armée américaine, M. Zarif a parlé.\n",
  );
  // The intra-Afghan talks in Tehran were on 7 July 2021: 'hier' makes the story of the 8th.
  assert.equal(french.date, '2021-07-08');
  const persian = publicationOf(
    'جمعه ۷ اردیبهشت ۱۴۰۳\n\n' +
      'درگیری مرزی ایران و طالبان در هیرمند\n\n' +
      'روز یکشنبه میان مرزبانان ایران و نیروهای طالبان در منطقه مرزی هیرمند درگیری مرزی روی داده است.\n',
  );
  // Friday 7 Ordibehesht 1403 is 26 April 2024, the day of the copy; the Hirmand clash was on Sunday 31 July 2022.
  assert.ok(persian.date !== null && persian.date.startsWith('2022-0'), `got ${persian.date}`);
});

test("a Russian deadline ('завершится к 31 августа', done by 31 August) is no day the story reports", () => {
  const page = publicationOf(
    'Афганские стороны должны вести диалог, заявил в понедельник официальный представитель МИД Ирана Саид Хатибзаде.\n\n' +
      'В апреле президент США объявил, что вывод американских войск из Афганистана полностью завершится к 31 августа.\n',
  );
  // Read as a day reported, 31 August 2021 (in the spokesman's term) would date the page; nothing else does.
  assert.equal(page.date, null);
});

test("an Arabic deadline ('يُنتظر أن ينتهي الانسحاب بحلول 11 سبتمبر', expected to end by 11 September) is no day the story reports", () => {
  const page = publicationOf(
    'بسطت حركة طالبان الخميس سيطرتها على المعبر الحدودي إسلام قلعة بين إيران وأفغانستان.\n\n' +
      'إذ يُنتظر أن ينتهي انسحاب القوات الأمريكية بحلول 11 سبتمبر المقبل.\n',
  );
  // The Taliban took Islam Qala on Thursday 8 July 2021; read as a day reported, 11 September would date the page.
  assert.equal(page.date, '2021-07-09');
  assert.equal(isFutureTense('من المتوقع أن يزور الوفد طهران'), true, "'is expected to'");
});

test("a Shiite mosque bombed in Mazar-e-Sharif, told without the mosque's name, is the Seh Dokan bombing of April 2022", () => {
  const page = publicationOf(
    'UN and Iran denounce blast at a Shiite mosque in Mazar-e-Sharif\n\n' +
      'The Iranian Embassy in Kabul condemned the blast on Thursday afternoon and called it a terrorist attack.\n',
  );
  // The Seh Dokan mosque was bombed on Thursday 21 April 2022; the Kunduz mosque, in October 2021.
  assert.ok(page.date !== null && page.date >= '2022-04-21' && page.date <= '2022-04-23', `got ${page.date}`);
});

test("a stamp with its weekday and no clock stays the story's when 'last week' of a known happening misses it by days", () => {
  const page = publicationOf(
    'طهران تعلن إحكام قبضتها على الحدود مع أفغانستان\n\n' +
      'Time\n' +
      'الأحد 28 مايو 2023\n\n' +
      'تحدثت وسائل إعلام عن اشتباكات بين حرس الحدود الإيرانيين وقوات طالبان في منطقة ساسولي.\n\n' +
      'وكانت قوات طالبان قد قتلت قائد مخفر ساسولي الحدودي الأسبوع الماضي.\n',
  );
  // Sunday 28 May 2023, the day after the Sasuli clash; 'last week' is the commander's killing, not the clash.
  assert.equal(page.date, '2023-05-28');
});

test("Iran's police chief Radan ordering a response to Taliban fire is the Sasuli clash of 27 May 2023", () => {
  const page = publicationOf(
    'اندلعت مواجهات مسلحة بين حرس الحدود الإيراني وقوات طالبان عند حدود محافظة سيستان وبلوشستان.\n\n' +
      'وأصدر قائد شرطة البلاد، العميد أحمد رضا رادان تعليمات بالرد الحازم بعد إطلاق طالبان النار.\n',
  );
  assert.ok(page.date !== null && page.date >= '2023-05-27' && page.date <= '2023-05-28', `got ${page.date}`);
});

test("'there were reports' of a known happening do not date the story, as a claim does not", () => {
  const page = publicationOf(
    'Amir Khan Muttaqi held a meeting in Tehran with Ahmad Massoud and Ismail Khan, an official confirmed on Monday.\n\n' +
      'On the other hand, there were reports yesterday that the Afghan embassy in Tehran had been handed over to the Taliban.\n',
  );
  // Muttaqi met Massoud in Tehran on 9 January 2022; the embassy was handed over in February 2023.
  assert.ok(page.date !== null && page.date >= '2022-01-09' && page.date <= '2022-01-11', `got ${page.date}`);
});

test("a known happening told as tomorrow's ('Tomorrow, Iran will host …') dates the story the day before it", () => {
  const page = publicationOf(
    'Tehran to host regional meeting\n\n' +
      "Tomorrow, Iran will host a meeting of the foreign ministers of Afghanistan's neighbours, the spokesman wrote on Twitter.\n",
  );
  assert.equal(page.date, '2021-10-26', page.evidence);
});

test("a first-line ' date …' earlier than the known happening the lead reports is a forum's date; the stamp above the story stands", () => {
  const pub = publicationOf(
    [
      ' date 2021-11-19 What is new',
      '',
      'Taliban foreign minister makes first visit to Iran',
      '',
      'AFP',
      '08 Jan 2022',
      '',
      "KABUL: The Taliban's foreign minister visited Iran on Saturday for talks on Afghan refugees, the first such trip to the neighbouring country since the Taliban seized power.",
    ].join('\n'),
  );
  assert.equal(pub.date, '2022-01-08', pub.evidence ?? '');
  // Without the lead's known happening, the first-line date stands.
  const plain = publicationOf(
    [
      ' date 2021-11-19 What is new',
      '',
      'Taliban minister talks trade',
      '',
      '08 Jan 2022',
      '',
      'KABUL: The Taliban commerce minister spoke about trade with Iran on Saturday.',
    ].join('\n'),
  );
  assert.equal(plain.date, '2021-11-19', plain.evidence ?? '');
});

test('a story whose only date is background (the takeover) is dated by the known happening its opening reports', () => {
  const pub = publicationOf(
    [
      'Iranian border guards on Sunday clashed with the Afghan Taliban, according to Iranian media, in the latest exchange since the former insurgents took power in neighbouring Afghanistan a year ago.',
      '',
      'Hirmand County Governor Meisam Barazandeh was quoted by the official news agency as saying the incident is being investigated.',
    ].join('\n'),
  );
  assert.ok(pub.date === '2022-07-31' || pub.date === '2022-08-01', `${pub.date} ${pub.evidence}`);
  // … also when an office-holder's term would only give the year ('Taliban Foreign Minister Amir Khan Muttaqi').
  const visit = publicationOf(
    [
      'It marks the first visit by a delegation from Kabul to the neighbouring country since the Taliban seized control of Afghanistan in August last year.',
      '',
      'Travelling with Taliban Foreign Minister Amir Khan Muttaqi are the ministers of economy and commerce.',
      '',
      'The delegation arrived in Tehran on Saturday at the invitation of the Iranian government.',
    ].join('\n'),
  );
  assert.ok(visit.date! >= '2022-01-08' && visit.date! <= '2022-01-10', `${visit.date} ${visit.evidence}`);
});

test("'حرية – (13/8/2021)' opening the lead: an outlet's name, a dash and the day in brackets are the story's date", () => {
  const pub = publicationOf(
    'حرية – (13/8/2021)\nطالبت وزارة الخارجية الإيرانية، الجمعة، بتأمين سلامة بعثتها الدبلوماسية في مدينة هرات الأفغانية.\n',
  );
  assert.equal(`${pub.date} ${pub.rule}`, '2021-08-13 dateline');
});

test("'punjabkesari.in Thursday, Feb 23, 2023 - 03:15 PM (IST)' under a Hindi headline is the page's stamp", () => {
  const pub = publicationOf(
    'ईरान का बड़ा निर्णय- तेहरान स्थित दूतावास तालिबान के हवाले करेगा\npunjabkesari.in Thursday, Feb 23, 2023 - 03:15 PM (IST)\n\nतेहरान: ईरान ने दूतावास को तालिबान के सुपुर्द करने की घोषणा की है। ईरान अगले शनिवार को दूतावास तालिबान के हवाले कर देगा।\n',
  );
  assert.equal(`${pub.date} ${pub.rule}`, '2023-02-23 stamp');
});

test("'(ANSA) - TEHERAN, 31 LUG -' under ' date 2022-07': the dateline's day in the month the page gives", () => {
  const pub = publicationOf(
    " date 2022-07 (ANSA) - TEHERAN, 31 LUG - Oggi al confine tra l'Iran e l'Afghanistan scambio di colpi fra guardie iraniane e talebani.\n",
  );
  assert.equal(`${pub.date} ${pub.rule}`, '2022-07-31 dateline');
  const other = publicationOf(' date 2022-07 TEHRAN, 31 AUG - Iranian guards and the Taliban exchanged fire today.\n');
  assert.notEqual(other.date, '2022-07-31', 'a dateline naming another month is not of the page month');
});

test("'Teherán 27. mája (TASR) -' under ' date 2023-05': a place in small letters, the month and the agency", () => {
  const pub = publicationOf(
    ' date 2023-05 Teherán 27. mája (TASR) - Medzi hnutím Taliban a iránskymi silami sa v sobotu na hranici rozpútali ozbrojené strety.\n',
  );
  assert.equal(`${pub.date} ${pub.rule}`, '2023-05-27 dateline');
  // The word after the day must be a month: a headline's number is no dateline.
  const other = publicationOf(' date 2023-05 Iran 27. Taliban (AFP) - Die Grenze bleibt geschlossen.\n');
  assert.notEqual(other.rule, 'dateline');
});

test("a labelled stamp under the story ('Tarix: 23-08-2021, 21:51') beats the site's clock above it ('23:06 / 20-11-2024')", () => {
  const pub = publicationOf(
    '23:06 / 20-11-2024\nİran Taliban hökumətini rəsmən tanımaq fikrində deyil\n\n' +
      'İran Xarici İşlər Nazirliyinin sözçüsü Səid Hatibzadə bu mərhələdə Talibanı rəsmi olaraq tanımaq niyyətində olmadıqlarını bildirib.\n\n' +
      'Hatibzadə sülh danışıqlarına dəstək verməyə hazır olduqlarını vurğulayıb.\n\n' +
      'Tarix: 23-08-2021, 21:51 Oxunub: 274\n',
  );
  assert.equal(pub.date, '2021-08-23');
  // Without its label, a date under the story a month from the one above is a teaser's.
  const teaser = publicationOf(
    '23:06 / 20-11-2024\nİran Taliban hökumətini tanımayacaq\n\n' +
      'İran Xarici İşlər Nazirliyinin sözçüsü Səid Hatibzadə bu mərhələdə Talibanı tanımaq niyyətində olmadıqlarını bildirib.\n\n' +
      'Hatibzadə sülh danışıqlarına dəstək verməyə hazır olduqlarını vurğulayıb.\n\n' +
      '23-08-2021, 21:51\n',
  );
  assert.equal(teaser.date, '2024-11-20');
});

test("'dün' (yesterday) of the Kabul airport bombing as Turkish pages name it ('Hamid Karzai Uluslararası Havalimanı')", () => {
  const pub = publicationOf(
    ' date 2021-08 İran Dışişleri Bakanlığı Sözcüsü Said Hatibzade, yazılı bir açıklama yaparak terör saldırılarını kınadı.\n\n' +
      "Kabil'deki Hamid Karzai Uluslararası Havalimanı'nın yakınlarında dün iki ayrı patlama yaşanmıştı.\n",
  );
  assert.equal(pub.date, '2021-08-27');
});

test("a yearless day of writing ('dün (26 Ağustos)') is the first such day after every full date the text reports as past", () => {
  const pub = publicationOf(
    "İranlı Kiş Havayolları Afganistan'a seferlere başladı\n\n" +
      'İran’ın Kiş Havayolları, Kandehar-Meşhed hattındaki uçuşlarını dün (26 Ağustos) itibarıyla başlattı.\n\n' +
      "İran ile Afganistan arasındaki uçuşlar, yabancı güçlerin 31 Ağustos 2021'de çekilmesinin ardından kesilmişti.\n",
  );
  assert.equal(`${pub.date} ${pub.rule}`, '2022-08-27 date-of-writing');
});

test("TASS's dateline ('КАБУЛ, 5 октября. /ТАСС/.') takes its year from the lead's weekday, a wire's own day", () => {
  const pub = publicationOf(
    'Афганистан обратился к ООН за $90 млн\n\n' +
      'КАБУЛ, 5 октября. /ТАСС/. Афганская энергетическая корпорация DABS попросила Миссию ООН выделить $90 млн. Об этом во вторник сообщил ТАСС собеседник в компании.\n',
  );
  // 5 October was a Tuesday in 2021; 4 October (a day before) in 2022, which a wire's lead does not allow.
  assert.equal(`${pub.date} ${pub.rule}`, '2021-10-05 stamp');
});

test('a denial, in the languages pages write it, reports no known happening to the end of its clause', () => {
  const page = publicationOf(
    'كذّبت وزارة الخارجية الإيرانية ما نشرته بعض المواقع يوم أمس بشأن تسليم السفارة الأفغانية في طهران إلى حركة طالبان.\n\n' +
      'يُشار إلى أنه يوم أمس السبت، زار وزير خارجية حركة طالبان أمير خان متقي إيران، في أول زيارة من هذا النوع.\n',
  );
  // Muttaqi's first visit was on Saturday 8 January 2022; the embassy was handed over in February 2023.
  assert.ok(page.date !== null && page.date >= '2022-01-09' && page.date <= '2022-01-10', `got ${page.date}`);
});

test("an agency's bracketed stamp opening the lead with no city before it is the story's date", () => {
  const page = publicationOf(
    'طهران تنفي أنباء تسليم السفارة\n\n' +
      '(پاکستان پوائنٹ نیوز / سبوتنيك - 09 كانون الثاني 2022ء) كذّب الناطق باسم الخارجية الإيرانية ما جرى تداوله.\n\n' +
      'وأوضحت الوزارة، في بيان اليوم الأحد، أن الأنباء عن تسليم السفارة الأفغانية إلى حركة طالبان غير صحيحة.\n',
  );
  assert.equal(page.date, '2022-01-09', page.evidence);
  assert.equal(page.rule, 'dateline');
});

test("an office-holder whose term holds the day in several years fixes no year ('June 12' with Kanaani, 2022–2024)", () => {
  const page = publicationOf(
    'Iran sees positive steps on Helmand water\n\n' +
      "On June 12, Iran's foreign ministry spokesman Nasser Kanaani said the Taliban had taken positive steps on the water.\n",
  );
  assert.equal(page.date, null, page.evidence);
  // With a term that holds the day in one year only, that year.
  const momeni = publicationOf(
    'Iran closes its border\n\nOn 9 September, Interior Minister Eskandar Momeni announced the closure of the borders.\n',
  );
  assert.equal(momeni.date, '2024-09-09', momeni.evidence);
});

test("a known happening a later sentence looks back on ('Back on February 13, …') does not date the lead's weekday", () => {
  const page = publicationOf(
    [
      'An Iranian official says firefighters are working to put out a blaze at a customs post in western Afghanistan.',
      'The official told IRNA that the fire broke out at the Abu Nasr-e-Farahi crossing in Farah province on Saturday.',
      'Back on February 13, dozens of fuel tankers were damaged by a huge explosion at the Islam Qala crossing in Herat.',
      "An official said the fire at Afghanistan's Islam Qala border crossing had not reached Iran's Dogharoon post.",
    ].join('\n'),
  );
  // Read as the days after the Islam Qala fire, it was dated 14 February 2021; the Farah fire was on 6 March.
  assert.notEqual(page.date, '2021-02-14', page.evidence);
  assert.equal(page.date, null, page.evidence);
});

test("'today, Friday' and Zaranj's fall as Arabic pages also spell it ('زارانج') date the story", () => {
  const page = publicationOf(
    'أعلنت السلطات في إيران، اليوم الجمعة، أنها أغلقت منفذ ميلك الحدودي مع أفغانستان.\n\n' +
      'وقال مسؤول إيراني: "سقطت مدينة زارانج الأفغانية الليلة الماضية وبسطت حركة طالبان سيطرتها على القسم الأكبر منها".\n',
  );
  assert.equal(page.date, '2021-08-06', page.evidence);
});

test("a site header's 'today' in two month names is chrome, and the lead's known happening dates the story", () => {
  const page = publicationOf(
    [
      'آخر تحديث GMT 19:39:50',
      'السبت 10 أيار ـ مايو 2025',
      '',
      'يزور أمير خان متقي، وزير خارجية حكومة حركة "طالبان" في أفغانستان، إيران، السبت، لمناقشة ملفي اللاجئين الأفغان، في أول زيارة من نوعها منذ تسلم "طالبان" السلطة.',
    ].join('\n'),
  );
  // Read as a yearless 10 May, the header was given the visit's year (2022-05-10).
  assert.equal(page.date, '2022-01-09', page.evidence);
});

test("'today, February 1' keeps the year the office-holders allow over a happening the text recalls", () => {
  const page = publicationOf(
    [
      'Tehran: The Taliban is a reality',
      '',
      'Iranian Foreign Ministry spokesman Saeed Khatibzadeh said this today, February 1.',
      '"The visit was one step in the ongoing negotiations between the Afghan government and the Taliban," he said in Tehran.',
      'A Taliban delegation held consultations with Iranian Foreign Minister Mohammad Javad Zarif on January 31.',
    ].join('\n'),
  );
  // The intra-Afghan talks in Tehran (7 July 2021) put it at 2021-07-08; Zarif left office in August 2021.
  assert.equal(page.date, '2021-02-01', page.evidence);
});

test("the Taliban named as rulers ('the Taliban administration') bound a yearless day to after the takeover", () => {
  const text = (rulers: string) =>
    [
      "On 31 January Iran's Foreign Ministry spokesman Saeed Khatibzadeh said Helmand water is Iran's right.",
      `Earlier in the month an Iranian diplomat said that ${rulers} had opened two gates of the Kamal Khan Dam.`,
    ].join('\n');
  const ruled = publicationOf(text('the Taliban administration'));
  assert.equal(ruled.date, '2022-01-31', ruled.evidence);
  // Khatibzadeh alone was spokesman on 31 January 2021 and 2022: no year.
  const either = publicationOf(text('the Taliban'));
  assert.equal(either.date, null, either.evidence);
});

test("'five days after' counts from the happening named after it, not from one named before ('… five days after their arrival')", () => {
  const page = publicationOf(
    [
      'Iran warms to the Taliban',
      '',
      'Earlier, during the Taliban’s takeover, thousands of people had fled to Iran, but five days after their arrival they were sent back.',
    ].join('\n'),
  );
  assert.doesNotMatch(page.evidence, /five days after/);
  const counted = publicationOf(
    'Iran reopens a crossing\n\nIran reopened the Milak crossing five days after the Taliban’s takeover of Kabul.\n',
  );
  assert.match(counted.evidence, /^five days after Taliban takeover of Kabul/);
  assert.ok(counted.date! >= '2021-08-20', counted.date!);
});

test("a print edition's masthead ('Number Seven Thousand … Fifty Two - 06 March 2023') is the page's stamp", () => {
  const page = publicationOf(
    [
      ...['First Page', 'National', 'International', 'Iranica', 'Sports', 'Perspective', 'Economy', 'Social'].map(
        (item) => `• ${item}`,
      ),
      'Number Seven Thousand Two Hundred and Fifty Two - 06 March 2023',
      'Iran Daily - Number Seven Thousand Two Hundred and Fifty Two - 06 March 2023 - Page 2',
      '',
      'MP: Iran attentive to citizens’ safety in border regions',
      '',
      'Page 1',
      'The misunderstandings were later resolved and the Taliban freed the Iranian border guard after a few hours.',
    ].join('\n'),
  );
  assert.equal(page.date, '2023-03-06', page.evidence);
});

test("a month told before a known happening's month is of an earlier such happening ('In late February, … detained an Iranian border guard')", () => {
  const page = publicationOf(
    'MP: Iran attentive to its citizens\n\nIn late February, Taliban forces detained an Iranian border guard who had been carried into Afghanistan.\n',
  );
  // The April 2024 detention at the Milak crossing is known to the day; this one was in a February.
  assert.notEqual(page.date?.slice(0, 7), '2024-04', page.evidence);
  const same = publicationOf(
    'Border tension\n\nOn 4 April, Taliban forces detained an Iranian border guard at the Milak crossing, officials said.\n',
  );
  assert.equal(same.date?.slice(0, 7), '2024-04', same.evidence);
});

test("a date and its clock opening a line are the stamp, whatever metadata follows ('17 May 2022 | 07:53 Code : …')", () => {
  const page = publicationOf(
    [
      'Iran repeats its call for an inclusive government',
      '',
      '17 May 2022 | 07:53 Code : 2011949 From the Other Media Latest Headlines General category',
      'Iran repeats its call for an inclusive government',
      '',
      'Making the remarks at a weekly press conference on Monday, Saeed Khatibzadeh urged the Taliban to act.',
    ].join('\n'),
  );
  assert.equal(page.date, '2022-05-17', page.evidence);
  // (a database stamp holds its clock: '2021-08-27 00:00:00.0', then the section and a link label)
  const aggregated = publicationOf(
    [
      'Иран способен вдвое нарастить поставки нефтепродуктов в Афганистан',
      '2021-08-27 00:00:00.0     Экономика и бизнес(经济和的商业)     原网页',
      '',
      'ТЕГЕРАН, 26 августа. /ТАСС/. Поставки иранских нефтепродуктов в Афганистан могут вырасти вдвое.',
    ].join('\n'),
  );
  assert.equal(aggregated.date, '2021-08-27', aggregated.evidence);
});

test("a date and its clock closing a line are the stamp after the outlet and its city ('… تهران , 13 ثور 1403 ساعت 17:25')", () => {
  const page = (stamp: string) =>
    publicationOf(
      [
        'ویدئو/ رسیدن حقابه ایران از هلمند و شادی مردم سیستان',
        '',
        stamp,
        '',
        'به گزارش ایرنا، رسیدن بخشی از حقابه هیرمند به سیستان پس از چهار سال خشکسالی مردم را شاد کرده است.',
      ].join('\n'),
    );
  assert.equal(page('خبرگزاری صدای افغان(آوا) تهران , 13 ثور 1403 ساعت 17:25').date, '2024-05-02');
  // (a date that holds its clock, ending the line behind a label of many words, is one too)
  assert.equal(page('نشر الخبر اول مرة بتاريخ : 2024-03-06 13:21:55').date, '2024-03-06');
  assert.equal(page('نشر الخبر اول مرة بتاريخ : 2024-03-06 13:21:55 في موقع تسنيم').date, null);
  // Without its clock, a line of so many words that names a date is not a stamp.
  assert.equal(page('خبرگزاری صدای افغان(آوا) در تهران گزارش داد که از 13 ثور 1403 آب رسید').date, null);
});
test("a story of a Saturday's known happening told as 'last weekend' was written on the Monday after, not the Sunday", () => {
  // The Iran–Taliban border clash over the Helmand water was on Saturday 27 May 2023.
  const text = (opening: string) =>
    [
      'Iraanse leger en Taliban in dodelijk treffen: strijd om water',
      '',
      `Aan de grens tussen Iran en Afghanistan is de spanning opgelopen. ${opening}`,
      'Het geweld komt voort uit een oude ruzie over het water van de Helmand-rivier, die in Iran eindigt.',
    ].join('\n');
  const weekend = publicationOf(
    text('Het Iraanse leger en Taliban-troepen gingen het afgelopen weekeinde de strijd aan.'),
  );
  assert.equal(weekend.date, '2023-05-29', weekend.evidence);
  // Without 'last weekend', the story is the next day's report of it.
  const plain = publicationOf(text('Het Iraanse leger en Taliban-troepen gingen daar de strijd aan.'));
  assert.equal(plain.date, '2023-05-28');
});

test("a day a plan is set for ('elections scheduled for June 28', 'fijadas para el 28 de junio') is not a day the story reports", () => {
  const page = (plan: string) =>
    publicationOf(
      [
        'Khamenei leads funeral of President Raisi',
        '',
        'Supreme leader Ali Khamenei led the funeral prayers for President Ebrahim Raisi on Wednesday morning in Tehran, after he died on Sunday in a helicopter crash.',
        `After the tragedy, Khamenei named Mohammad Mokhber interim president until the presidential election, ${plan}.`,
      ].join('\n'),
    );
  // Raisi's funeral in Tehran was on Wednesday 22 May 2024; the election was held on 28 June.
  for (const plan of ['scheduled for June 28', 'set for June 28'])
    assert.ok(['2024-05-22', '2024-05-23'].includes(page(plan).date!), `${plan}: ${page(plan).date}`);
});

test("Spanish, French and Portuguese news name their own day 'este miércoles', 'ce mercredi', 'nesta quarta-feira'", () => {
  const page = (opening: string) =>
    publicationOf(
      [
        'Jamenei preside el funeral de Raisí',
        '',
        `${opening} el funeral del presidente Ebrahim Raisí, que murió el pasado domingo al estrellarse su helicóptero.`,
        'El acto tuvo lugar en la Universidad de Teherán, con las principales autoridades del país.',
      ].join('\n'),
    );
  assert.equal(page('El líder supremo Alí Jamenei presidió la mañana de este miércoles').date, '2024-05-22');
  // Without 'este', the weekday is the day before the report, as elsewhere.
  assert.equal(page('El líder supremo Alí Jamenei presidió el miércoles').date, '2024-05-23');
});

test("a publisher's language sites that share one article sequence ('sameAs') are dated from its known pages", async () => {
  // The Voice of America numbers darivoa.com's articles in voanews.com's sequence.
  const site = knowledge.numbering.find((s) => s.host === 'darivoa.com');
  assert.ok(site, 'darivoa.com shares the numbering');
  assert.deepEqual(site.points, knowledge.numbering.find((s) => s.host === 'voanews.com')?.points);
  const { dateFromArticleNumber } = await import('../../src/ingest/publication');
  const dari = dateFromArticleNumber('https://darivoa.com/a/iran-executions-remarks/7250940.html', knowledge.numbering);
  assert.ok(dari && dari.date >= '2023-06-04' && dari.date <= '2024-05-03', JSON.stringify(dari));
});

test("a site's 'today' a fortnight or more after every day the text fixes by its weekday ('Sunday, April 14th') is chrome", () => {
  const page = (stamp: string) =>
    publicationOf(
      `${stamp}\n\nTaliban call Iran's attack on Israel legitimate defence\n\n` +
        'Although many countries voiced concern about rising tensions, the Taliban government called the Iranian attack justifiable.\n\n' +
        'In a statement released on Sunday, April 14th, Abdul Qahar Balkhi, spokesperson for the Taliban foreign ministry, said the defensive actions were legitimate.\n',
    );
  const late = page('Thursday, May 30, 2024');
  assert.ok(['2024-04-14', '2024-04-15'].includes(late.date!), `${late.date} (${late.evidence})`);
  // A stamp within days of it is the story's own.
  assert.equal(page('Monday, April 15, 2024').date, '2024-04-15');
});

test("an id whose first bytes are its time ('dzen.ru/a/ZK7kAi7GBXj9z9C2', 'dated': 'base64-time') is the page's day", async () => {
  const { dateFromArticleNumber } = await import('../../src/ingest/publication');
  assert.equal(dateFromArticleNumber('https://dzen.ru/a/ZK7kAi7GBXj9z9C2', knowledge.numbering)?.date, '2023-07-12');
  assert.equal(dateFromArticleNumber('https://dzen.ru/a/Y3X_5MYT93qWduHD', knowledge.numbering)?.date, '2022-11-17');
  assert.equal(dateFromArticleNumber('https://dzen.ru/news/story', knowledge.numbering), null);
});

test('an article number whose likely days reach three weeks either side still dates a page that gives no day of its own', () => {
  const text =
    '---\nurl: https://darivoa.com/a/tehran-reacts-to-remarks/7250940.html\n---\n\nTehran reacts to remarks\n\n' +
    'An Iranian diplomat rebutted the Taliban foreign minister on social media, saying such remarks change nothing.\n';
  const clean = cleanArticle(parseArticle('a.md', Buffer.from(text)));
  const page = findPublication(clean, splitSentences(clean.paragraphs), {
    anchors: knowledge.anchors,
    offices: knowledge.offices,
    numbering: knowledge.numbering,
    window,
  });
  // Between the Voice of America's known pages of 4 June 2023 and 3 May 2024: likely within three weeks.
  assert.equal(page.rule, 'article-number', `${page.date} (${page.evidence})`);
  assert.ok(page.date! >= '2023-08-20' && page.date! <= '2023-09-15', String(page.date));
});

test("a stamp under the headline ('الأحد 31/يوليو/2022 - 03:08 م') beats the site's clock in its top bar", () => {
  const page = [
    'السبت 23 نوفمبر 2024',
    'أخبار',
    'سياسة',
    '',
    'مواجهات مسلحة بين قوات إيرانية وعناصر من طالبان على الحدود',
    '',
    'الأحد 31/يوليو/2022 - 03:08 م',
    '',
    'أفادت وسائل إعلام إيرانية رسمية، اليوم الأحد، بأن اشتباكات مسلحة نشبت بين حرس الحدود الإيراني وعناصر من حركة طالبان.',
  ].join('\n');
  assert.equal(publicationOf(page).date, '2022-07-31');
});

test("a date bar above the headline ('الثلاثاء - 27 يوليو 2021') whose weekday the lead's 'اليوم الخميس' contradicts is not the story's", () => {
  const page = [
    'الثلاثاء - 27 يوليو 2021',
    'طالبان تسيطر على منفذ حدودي أساسي مع إيران',
    '',
    'سيطرت حركة طالبان اليوم الخميس على منفذ إسلام قلعة الحدودي مع إيران في ولاية هرات، بحسب مسؤول أفغاني.',
  ].join('\n');
  const found = publicationOf(page);
  assert.notEqual(found.date, '2021-07-27');
  // (the Thursday the Taliban took the crossing, a known happening)
  assert.equal(found.date, '2021-07-08');
  // The same bar on a Thursday stands.
  assert.equal(publicationOf(page.replace('الثلاثاء - 27 يوليو 2021', 'الخميس - 29 يوليو 2021')).date, '2021-07-29');
});

test("a translator's or author's byline in the opening paragraphs carries the page's day ('Tradução …, 3 de agosto de 2022.')", () => {
  const page = [
    'Um combatente do Talibã diante da embaixada do Irã em Cabul, em 4 de outubro de 2021. (REUTERS/JORGE SILVA) |',
    'Do jornal The Jerusalem Post, 31 de julho de 2022.',
    'Tradução Filipe do A. Monteiro, 3 de agosto de 2022.',
    'Choques entre forças do Talibã e guardas de fronteira do Irã no domingo causaram ao menos uma morte, disse um oficial da polícia afegã.',
  ].join('\n');
  assert.equal(publicationOf(page).date, '2022-08-03');
  // Lower case: a sentence, not a byline.
  const sentence = page.replace('Tradução Filipe do A. Monteiro', 'por isso foi publicado');
  assert.notEqual(publicationOf(sentence).date, '2022-08-03');
});

test("a full date the copy ran into the lead, set off by its weekday or a dash, is the page's stamp; 'On 27 July 2024, …' is not", async () => {
  const { leadStampLength } = await import('../../src/ingest/publication');
  const glued = '۱۴۰۰ تیر ۱۸, جمعهطالبان روز جمعه مدعی شده‌اند که گذرگاه مرزی اسلام قلعه را تصرف کرده‌اند.';
  assert.equal(glued.slice(leadStampLength(glued)).slice(0, 6), 'طالبان');
  assert.equal(publicationOf(`طالبان مدعی تصرف اسلام قلعه شدند\n\n${glued}`).date, '2021-07-09');
  const dashed = '9 July 2021 – The Taliban said they had taken the Islam Qala crossing on the Iranian border.';
  assert.equal(dashed.slice(leadStampLength(dashed)).slice(0, 11), 'The Taliban');
  assert.equal(leadStampLength('On 27 July 2024, footage appeared showing protesters in Tehran.'), 0);
  assert.equal(leadStampLength('15 sierpnia 2021 roku talibowie zajęli Kabul.'), 0);
});

test("'روز گذشته (چهارشنبه)' of a known happening is the day before the story, whatever weekday the lead names next", () => {
  const page = [
    'گمرک: داد و ستد در مرز ایران و افغانستان به روال عادی بازگشت',
    '',
    'روز گذشته (چهارشنبه) با رخ دادن درگیری های محدود در مرز میلک، گمرک ایران از تجار خواسته بود که محموله تجاری به مرز میلک نفرستند.',
    'به گفته سخنگوی گمرک، فعالیت تجاری از صبح پنج شنبه دوباره آغاز شده است.',
  ].join('\n');
  assert.equal(publicationOf(page).date, '2021-12-02');
});

test("with nothing else to date it, a story opening on a known happening still to come 'on Wednesday' is of the day before", () => {
  const page = [
    "Iran is hosting a gathering of Afghanistan's neighbors plus Russia on Wednesday to talk over the state of the country.",
    '',
    'The conference will bring the foreign ministers of Iran, China, Pakistan, Tajikistan, Uzbekistan, Turkmenistan and Russia together in Tehran.',
    '',
    'Ever since the Taliban took over Afghanistan in mid-August, Iran has been arguing over whether the movement has changed.',
  ].join('\n');
  const found = publicationOf(page);
  assert.equal(found.date, '2021-10-26');
  assert.equal(found.rule, 'before-happening-to-come');
  // Told as past, it is no plan: the story follows it.
  assert.notEqual(
    publicationOf(page.replace('is hosting', 'hosted').replace('will bring', 'brought')).date,
    '2021-10-26',
  );
});

test("'今天是 2025年07月01日 星期二' is the site's clock, not the page's stamp; '2023年05月28日 14:00' is", () => {
  const page = (top: string) =>
    [top, '', '伊朗与塔利班边境冲突', '', '伊朗边防部队与塔利班武装人员在边境地区发生交火,双方均有伤亡。'].join('\n');
  assert.notEqual(publicationOf(page('今天是 2025年07月01日 星期二')).date, '2025-07-01');
  assert.equal(publicationOf(page('2023年05月28日 14:00')).date, '2023-05-28');
});

test("a day told without its year ('Le 27 mai, … échange de tirs') takes the year of the one known happening of its kind on that day", () => {
  const page = (lead: string) => `Tirs croisés à la frontière\n\n${lead}\n`;
  const clash = publicationOf(
    page(
      'Le 27 mai, talibans et Iraniens se sont livré un intense échange de tirs à la frontière, qui a fait trois morts.',
    ),
  );
  // (written of it from the next day on, as of any known happening named without a weekday)
  assert.equal(clash.date, '2023-05-28');
  assert.match(clash.evidence, /known happening of its kind/);
  // Meetings are too common for a day and month to name their year.
  assert.equal(publicationOf(page("Le 8 janvier, l'Iran et les talibans ont tenu une réunion à Kaboul.")).date, null);
});

test("a year long before the window ('the treaty of 1973') and the Taliban's rule leave a known happening's day to name its year", () => {
  const pub = publicationOf(
    'Water strains Kabul and Tehran\n\nTensions remain high after soldiers on both sides died on May 27 in fighting on the border.\n\nThe Taliban defence ministry said talks were the sensible way forward. Kabul denies breaking the water treaty the two countries signed in 1973.\n',
  );
  assert.equal(pub.date, '2023-05-28');
  assert.match(pub.evidence, /known happening of its kind/);
});

test("a dateline's day under the page's month ('Teherán 27. mája (TASR) -') outranks a day inferred in that month", () => {
  const pub = publicationOf(
    ' date 2023-05 Teherán 27. mája (TASR) - Medzi hnutím Taliban a iránskymi silami sa v sobotu na hranici rozpútali ozbrojené strety.\n\nOn May 27, Taliban fighters and Iranian border guards exchanged fire at the border, police said.\n',
  );
  assert.equal(`${pub.date} ${pub.rule}`, '2023-05-27 dateline');
});

test("a known happening named as ahead ('a curtain-raiser for the third Doha meeting', 'due to take place') does not date the story", () => {
  const pub = publicationOf(
    'Kabulov called the Tehran meeting a curtain-raiser for the third UN meeting of special envoys on Afghanistan, due to take place in Doha.\n',
  );
  assert.notEqual(pub.date, '2024-06-30');
  assert.ok(pub.date === null || pub.date < '2024-06-30', `${pub.date} ${pub.evidence}`);
});

test("the lead's 'said on Wednesday that a team will go …' is the day the plan was told: it moves an article number's day", () => {
  const pub = publicationOf(
    '---\nurl: https://amu.tv/57240/\n---\nIran to send a team to check dams\n\nIran’s Foreign Minister said on Wednesday that an Iranian technical team will shortly go to Afghanistan to examine the dams.\n',
  );
  // The number alone gives 18 July 2023 (a Tuesday), give or take three days: the day after a Wednesday is the 20th.
  assert.equal(`${pub.date} ${pub.rule}`, '2023-07-20 article-number');
});

test("an article number's days holding one known clash between the sides date a lead that reports a clash", () => {
  const page = (lead: string) => publicationOf(`---\nurl: https://amu.tv/49996/\n---\nTaliban blame Iran\n\n${lead}\n`);
  // 49996 lies between amu.tv's pages of 9 March and 16 June 2023, so its likely days hold the clash of 27 May.
  const today = page(
    'Taliban forces and Iranian border guards clashed today in Kang district of Nimroz, the Taliban defence ministry said.',
  );
  assert.equal(`${today.date} ${today.rule}`, '2023-05-27 article-number');
  assert.match(today.evidence, /2023-05-27/);
  // Without 'today', the report is of the day after.
  const told = page(
    'Taliban forces and Iranian border guards clashed in Kang district of Nimroz, the Taliban defence ministry said.',
  );
  assert.equal(told.date, '2023-05-28');
  // A visit is no rare kind: the number alone decides.
  const visit = page('A Taliban delegation travelled to Tehran for talks on trade.');
  assert.equal(visit.rule, 'article-number');
  assert.ok(!/clash/.test(visit.evidence), visit.evidence);
});

test("'… signalled that they plan to seek asylum, the agency said on Friday': the saying's weekday after a plan dates a wire's dateline", () => {
  const pub = publicationOf(
    'GENEVA, Sept 3 (Reuters) – Afghans have not crossed into Iran in large numbers since the Taliban takeover on Aug. 15, although some signalled that they plan to seek asylum, the refugee agency said on Friday.\n',
  );
  // 3 September was a Friday in 2021 only, of the window's years.
  assert.equal(`${pub.date} ${pub.rule}`, '2021-09-03 stamp');
});

test("'27日、… 銃撃戦が起き' with no month or year: the one known clash on a 27th dates the page; a day two clashes share does not", () => {
  const page = publicationOf(
    '27日、イランとアフガニスタンの国境付近で銃撃戦が起き、イランの国境警備隊員少なくとも2人とタリバンの戦闘員1人が命を落とした。\n',
  );
  // The Sasuli clash of 27 May 2023 is the window's one Iran–Taliban clash on a 27th.
  assert.equal(page.date, '2023-05-27', page.evidence);
  const meeting = publicationOf('27日、イランとタリバンの代表がテヘランで会談した。\n');
  assert.equal(meeting.date, null, 'meetings fill every month: not a kind of one day');
});

test("'8日土曜 … 到着' and '10日月曜': the one known visit on a Saturday the 8th places the page, on the latest day it reports", () => {
  const page = publicationOf(
    'タリバン代表団は8日土曜夕方、テヘランに到着しました。\n\n' + 'ムッタギー外相は10日月曜、カブールに戻りました。\n',
  );
  // Muttaqi's first visit to Tehran began on Saturday 8 January 2022; Monday the 10th is the latest day told.
  assert.equal(page.date, '2022-01-10', page.evidence);
});

test("a known happening named as background ('After the blaze at …') and told in a sentence of its own places the story", () => {
  const lines = (...told: string[]) =>
    [
      'Iran (IP) - After the blaze at Islam Qala Customs, an Iranian diplomat wrote that a fire next door is a fire at home.',
      '',
      ...told,
    ].join('\n');
  const page = publicationOf(
    lines(
      'A fire started at the customs office in Islam Qala, western Herat Province, and no casualties were reported.',
    ),
  );
  assert.equal(page.date, '2021-02-14', page.evidence);
  // Named only as what something came after, it says the story is later, not when.
  assert.equal(publicationOf(lines('Officials have not yet said what caused the explosion.')).date, null);
});

test('a story with no date of its own that tells a known happening in Korean or Hindi is placed by it', () => {
  // Muttaqi arrived in Tehran on 8 January 2022: '8일(현지시간)' is that day; like any story of a known day, it
  // is placed the day after.
  const korean = publicationOf(
    '무타키 외교부장관 대행이 정부 대표단을 이끌고 8일(현지시간) 이란 수도 테헤란에 도착했다.\n\n그는 난민 문제를 놓고 회담할 계획이다.\n',
  );
  assert.equal(korean.date, '2022-01-09', korean.evidence);
  // The border clash over the Helmand water was on Saturday 27 May 2023; the story is the next day's report.
  const hindi = publicationOf(
    'पानी को लेकर चल रहे विवाद के बीच ईरान और तालिबान के सुरक्षा बलों के बीच शनिवार को सरहद पर जबरदस्त गोलाबारी हुई है।\n',
  );
  assert.equal(hindi.date, '2023-05-28', hindi.evidence);
});

test("a known happening's story written days after it: the latest day of its month the text names ('8日土曜 … 10日')", () => {
  const page = publicationOf(
    'タリバン暫定政権のムッタキ外相代行は8日土曜、代表団を率いてテヘランに到着した。\n\n10日、一行はイランの当局者と会談した。\n',
  );
  assert.equal(page.date, '2022-01-10', page.evidence);
});

test("'Modified Date: November 29, 2022 / …, Published Date : April 12, 2022/…' under the headline: the publication date", () => {
  const page = publicationOf(
    [
      'अपने कूटनीतिक मिशनों पर हमलों के बाद ईरान ने अफगानिस्तान के दूत को तलब किया',
      '',
      ':   Modified Date:  November 29, 2022 / 08:56 PM IST, Published Date : April 12, 2022/7:58 pm IST',
      '',
      'तेहरान, 12 अप्रैल (एपी) अफगानिस्तान में अपने राजनयिक मिशनों पर हुए हमलों के एक दिन बाद मंगलवार को ईरान ने अफगान दूत को तलब कर लिया।',
    ].join('\n'),
  );
  assert.equal(page.date, '2022-04-12', page.evidence);
  assert.equal(page.rule, 'stamp');
});

test('a Japanese sentence that names a day without its year is not a stamp, however short it looks without spaces', () => {
  const page = [
    'イラン軍とタリバンが国境で衝突し、2人が死亡した。',
    'アフガニスタン内務省の報道官は5月27日にツイートし、衝突の現場はニムロズ州だと補足した。',
    'イランのエブラヒム・ライシ大統領は5月18日、乾燥地帯である南東部に足を運び、タリバンに向けて警告した',
  ].join('\n\n');
  assert.notEqual(publicationOf(page).date, '2024-05-18');
  assert.notEqual(publicationOf(page).rule, 'yearless-stamp');
});

test("'the Taliban Ministry of Water and Energy' names the Taliban as rulers: a yearless day falls after their takeover", () => {
  const page = [
    'In a statement, the Taliban Ministry of Water and Energy said that Kabul stands by the water agreement.',
    'In his press briefing on January 31, Saeed Khatibzadeh, spokesman for the Iranian Foreign Ministry, said the water right is certain.',
  ].join('\n\n');
  // Khatibzadeh spoke for the ministry until May 2022; after August 2021 the one 31 January is that of 2022.
  assert.equal(publicationOf(page).date?.slice(0, 4), '2022');
  assert.equal(publicationOf(page.replace('the Taliban Ministry of Water and Energy', 'a ministry')).date, null);
});

test("'today, Tuesday' rules out reading 'today … to attend the Tunxi meeting' as the meeting's own day, a Thursday", () => {
  const page = [
    "Iran's foreign minister left Tehran for China today, Tuesday, at the head of a political delegation.",
    "Amir-Abdollahian set off today to attend the meeting of Afghanistan's neighbours in Tunxi.",
  ].join('\n\n');
  // The Tunxi meeting was on Thursday 31 March 2022: a story written on a Tuesday is not of that day.
  const date = publicationOf(page).date;
  assert.notEqual(date, '2022-03-31');
  assert.ok(date === null || new Date(`${date}T00:00:00Z`).getUTCDay() === 2, `${date} is not a Tuesday`);
  assert.equal(publicationOf(page.replace('today, Tuesday,', 'today')).date, '2022-03-31');
});

test("the weekday of a known happening the lead names beside another ('bombings in Kerman on Wednesday … said on Friday') is not the story's", () => {
  const page = [
    '11 suspects detained after Kerman double attack',
    'DUBAI (Reuters) – Iranian security forces detained 11 people suspected of ties to the deadly twin bombings in Kerman on Wednesday, the Intelligence Ministry said in a statement aired on Friday.',
    'The attacks, claimed Thursday by the Islamic State group, killed around a hundred people in the city.',
  ].join('\n\n');
  // The bombings were on Wednesday 3 January 2024, the claim on Thursday 4 January: the statement aired on Friday 5.
  assert.equal(publicationOf(page).date, '2024-01-05');
});

test("a bar with the day in the lunar Hijri calendar ('۱۹ رمضان ۱۴۴۵') is the site's 'today', not the story's, when the story says otherwise", () => {
  const bar = '۱۰ فروردین ۱۴۰۳ |۱۹ رمضان ۱۴۴۵ | Mar 29, 2024';
  const story = [
    'On Tuesday afternoon a man stabbed three clerics at the Imam Reza shrine in Mashhad.',
    'Taliban spokesman Zabihullah Mujahid condemned the attack on Wednesday night on his Twitter page.',
  ];
  // The stabbing was on Tuesday 5 April 2022: the story is of the days after it, two years before the bar.
  const date = publicationOf([bar, ...story].join('\n\n')).date;
  assert.ok(date !== null && date >= '2022-04-06' && date <= '2022-04-12', String(date));
  // Above a story that names nothing dated, the bar stands.
  const plain = [bar, 'Officials met in Kabul to discuss trade with Iran.'].join('\n\n');
  assert.equal(publicationOf(plain).date, '2024-03-29');
});

test("an Indian wire's dateline in Devanagari ('काबुल, 17 अक्टूबर (कड़वा सत्य)') is the story's day; its weekday fixes the year", async () => {
  const { leadStampLength } = await import('../../src/ingest/publication');
  const lead = 'काबुल, 17 अक्टूबर (कड़वा सत्य) ईरान-पाकिस्तान सीमा पर अफगान प्रवासियों की मौत की जांच हो रही है।';
  assert.equal(lead.slice(0, leadStampLength(lead)).trim(), 'काबुल, 17 अक्टूबर (कड़वा सत्य)');
  // A sentence with a comma and brackets but no date is the lead's own.
  assert.equal(leadStampLength('उन्होंने कहा, इस मामले की (जांच) चल रही है।'), 0);
  const page = [lead, 'यह जानकारी तालिबान के प्रवक्ता जबीहुल्लाह मुजाहिद ने दी। उन्होंने बुधवार को एक्स पर लिखा।'].join('\n\n');
  // 17 October was a Thursday, the day after a Wednesday, in 2024 alone of the window's years.
  assert.equal(publicationOf(page).date, '2024-10-17');
});

test("a deadline's date explained in brackets ('by the end of this year (March 2025 …)') is not a day the story reports", () => {
  const page = [
    'Iran intends to expel about 2 million illegal immigrants, most of them Afghans.',
    '"By the end of this year (March 2025 according to the Iranian calendar) we intend to expel a large number of illegal foreign nationals," an official said.',
    'President Masoud Pezeshkian has called illegal immigration a serious problem.',
    'Interior Minister Eskandar Momeni also said on September 6 that illegal immigrants cause many problems.',
  ].join('\n\n');
  // Pezeshkian took office in July 2024: the 6 September told is that of 2024, not of the deadline's year.
  assert.equal(publicationOf(page).date?.slice(0, 4), '2024');
});

test("a date a card is valid until ('berlaku sampai 30 Juni 2023') is a deadline, not a day the story reports as past", () => {
  const page = [
    'Menteri Luar Negeri Taliban Amir Khan Muttaqi bertolak mengunjungi Iran pada kemarin, Sabtu (8/1/2022).',
    'Pakistan telah menerbitkan kartu identitas pintar bagi pengungsi Afghanistan. Masa berlaku kartu sampai 30 Juni 2023.',
  ].join('\n\n');
  // 'yesterday, Saturday (8/1/2022)': written on Sunday 9 January 2022, a year and a half before the card expires.
  assert.equal(publicationOf(page).date, '2022-01-09');
});

test("a stamp line 'Tuesday 16 de Nov.' under the outlet's name is the story's day; its weekday fixes the year", () => {
  const page = [
    'Acusan a EEUU de querer reforzar a ISIS en Afganistán',
    'Annur TV',
    'Tuesday 16 de Nov.',
    'El enviado especial de Irán para Afganistán, Hasan Kazemi Qomi, declaró este lunes ante los periodistas, al llegar a Kabul, que EEUU busca reforzar a Daesh.',
  ].join('\n');
  // 16 November fell on a Tuesday in 2021 alone of the window's years.
  assert.equal(publicationOf(page).date, '2021-11-16');
});

test("a month told as the time of the takeover, after a comma ('منذ أن بسطت طالبان سيطرتها على البلاد، في آب/أغسطس الماضي'), does not undo the visit its sentence reports", () => {
  const page = [
    'بحث المسؤولون الإيرانيون والأفغان في هرات اليوم الثلاثاء تطوير التجارة.',
    'وكان محمد صادق معتمديان، حاكم محافظة خراسان رضوي الواقعة شمال شرق إيران، قد وصل إلى هرات، يوم الأحد الماضي، في أول زيارة رسمية يقوم بها مسؤول إيراني إلى أفغانستان منذ أن بسطت طالبان سيطرتها على البلاد، في آب/أغسطس الماضي.',
  ].join('\n\n');
  // Motamedian's visit to Herat began on Sunday 3 October 2021; 'today, Tuesday' is the 5th.
  assert.equal(publicationOf(page).date, '2021-10-05');
});

test('Afghan Voice Agency numbers its English, Persian and Arabic pages and reports in one sequence', async () => {
  const { dateFromArticleNumber } = await import('../../src/ingest/publication');
  const { knowledge } = await import('./support');
  // A Persian page between two English ones of May 2023 and May 2024.
  const persian = dateFromArticleNumber('https://avapress.com/fa/news/279493/print/', knowledge.numbering);
  assert.ok(persian && persian.date > '2023-05-14' && persian.date < '2024-05-06', JSON.stringify(persian));
  assert.ok(dateFromArticleNumber('https://www.avapress.com/en/report/257515/x', knowledge.numbering));
  // Its older addresses ('/en/165901/Title') are another numbering.
  assert.equal(dateFromArticleNumber('https://avapress.com/en/165901/Iran-Voices-Concern', knowledge.numbering), null);
});

test("a known happening still to come 'next week' puts an undated story a week before its day", () => {
  const page = [
    'Tehran to host neighbours meeting',
    '',
    '"The foreign ministers of Afghanistan\'s neighbours are to meet in Tehran next week. It will be an in-person meeting," the spokesman said.',
    '',
    'Russia will also send a representative, he added.',
  ].join('\n');
  const found = publicationOf(page);
  assert.equal(found.date, '2021-10-20');
  assert.equal(found.rule, 'before-happening-to-come');
  // Without 'next week' the meeting's week is not known: no such date.
  assert.notEqual(publicationOf(page.replace(' next week', '')).date, '2021-10-20');
});

test("a plan's day told with its weekday and no year fixes the year it fits; the story is of the day before", () => {
  const page = [
    'Tehran will be the venue of the Regional Contact Group for Afghanistan meeting on Saturday, June 8, an Iranian official said.',
    '',
    'The special representatives of Iran, Pakistan, China and Russia are expected to attend.',
  ].join('\n');
  const found = publicationOf(page);
  // 8 June was a Saturday in 2024 and in no other year from 2021 to 2024.
  assert.equal(found.date, '2024-06-07');
  assert.equal(found.rule, 'before-planned-day');
  // Without its weekday nothing fixes the year.
  assert.equal(publicationOf(page.replace('Saturday, June 8', 'June 8')).date, null);
});

test('a publication date is no earlier than the window and at most a year after it, even when a page writes the year', () => {
  const background = [
    'Iranian media say 400 Iranian trucks are stuck in Afghanistan after their cargo was rejected.',
    '',
    'A former government soldier was shot dead by unknown gunmen on Monday.',
    '',
    'General Abdul Raziq was killed on October 18, 2018, when the governor’s bodyguard opened fire.',
  ].join('\n');
  assert.ok(!(publicationOf(background).date ?? '').startsWith('2018'));
  // A site's clock of 2026 above a story is no day of writing either.
  const widget = ['Friday, January 2, 2026', '', 'Taliban invite Iran and others to their cabinet ceremony.'].join(
    '\n',
  );
  assert.notEqual(publicationOf(widget).date, '2026-01-02');
});

test("a page's month atop it gives way to a day the text places in the weeks before it", () => {
  const text = (month: string) =>
    ` date ${month} Ce mercredi matin 13 avril, des Afghans ont déposé des fleurs devant l'ambassade d'Iran à Kaboul.\n\n« Si quelques individus ont lancé des pierres sur le consulat iranien à Herat hier, nous venons aujourd'hui déposer des fleurs », affirme le texte.`;
  assert.equal(publicationOf(text('2022-05')).date, '2022-04-13');
  assert.equal(publicationOf(text('2022-04')).date, '2022-04-13', "the story's day in the page's month");
  assert.equal(publicationOf(text('2022-09')).rule, 'page-month', 'months later, the page month stands');
});

test("a Solar Hijri day with its weekday and no year ('چهارشنبې په ورځ (7 قوس)') fixes the year on the Solar calendar", () => {
  const page = [
    'د خراسان رضوي یو پلاوی هرات ته ورسېد',
    '',
    'د ایران د خراسان رضوي ولایت یو پلاوی د چهارشنبې په ورځ (7 قوس) هرات ته ورسېد او له طالبانو چارواکو سره یې وکتل.',
  ].join('\n');
  const found = publicationOf(page);
  // 7 Qaws (Azar) fell on a Wednesday only in 1403: 27 November 2024 (28 November in 2021, 2022 and 2023).
  assert.equal(found.date, '2024-11-27');
  assert.equal(found.rule, 'weekday-fixes-year');
});

test("a bare date above the story, years after the terms of the office-holders it names as in office, is the site's clock", () => {
  const page = (top: string) =>
    publicationOf(
      [
        top,
        '',
        'Pakistan calls its security council together',
        '',
        'Pakistani Prime Minister Imran Khan today called an emergency meeting of the National Security Committee on Afghanistan.',
      ].join('\n'),
    );
  // Imran Khan was prime minister until April 2022.
  assert.notEqual(page('May 30, 2024').date, '2024-05-30');
  assert.equal(page('August 16, 2021').date, '2021-08-16');
});

test("'the plan to deport' is a noun, not a plan that puts the day of the sentence in the future", () => {
  // 1 October 2024 was a Tuesday (and no other 1 October of 2021-2024).
  const page = publicationOf(
    [
      'Iran is no longer able to take in Afghan refugees, its interior minister says',
      '',
      "On Tuesday, October 1, Iran's interior minister urged the institutions in charge to cooperate in carrying out the plan to deport undocumented immigrants.",
    ].join('\n'),
  );
  assert.equal(page.date, '2024-10-01', page.evidence);
});

test("a lead's day of the month with its weekday ('neste sábado (8)') places a month or an inferred day", () => {
  const monthPage = (lead: string) =>
    publicationOf(
      [
        ' date 2022-01',
        '',
        `O chanceler do Talibã chegou a Teerã ${lead} para conversar sobre refugiados e comércio com o Irã.`,
        '',
        'A delegação se reuniu com autoridades iranianas, segundo o porta-voz.',
      ].join('\n'),
    );
  const saturday = monthPage('neste sábado (8)');
  assert.deepEqual([saturday.date, saturday.rule], ['2022-01-08', 'lead-weekday-and-day'], saturday.evidence);
  // (8 January 2022 was no Sunday: only the month is known)
  assert.deepEqual(
    [monthPage('neste domingo (8)').date, monthPage('neste domingo (8)').precision],
    ['2022-01-15', 'month'],
  );
  // The latest day the text reports is only the earliest: the first Friday the 13th after it.
  const floor = publicationOf(
    [
      'Irã retira diplomatas de Herat',
      '',
      'O Irã retirou nesta sexta-feira (13) parte de seus diplomatas do consulado em Herat, informou a chancelaria.',
      '',
      'Em 7 de julho de 2021, o consulado já havia suspendido a emissão de vistos.',
    ].join('\n'),
  );
  assert.equal(floor.date, '2021-08-13', floor.evidence);
});
