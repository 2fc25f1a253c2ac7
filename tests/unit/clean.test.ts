import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../src/ingest/read';
import { cleanArticle } from '../../src/ingest/clean';
import { splitSentences } from '../../src/ingest/sentences';
import { findPublication } from '../../src/ingest/publication';
import { knowledge, window } from './support';

function prepare(name: string, text: string) {
  const clean = cleanArticle(parseArticle(name, Buffer.from(text)));
  const sentences = splitSentences(clean.paragraphs);
  return { clean, sentences, pub: findPublication(clean, sentences, { anchors: knowledge.anchors, window }) };
}

test('clean: teasers, related links, chrome and captions are not article text', () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Envoy meets minister in Kabul',
      '',
      'KABUL – Iran’s envoy met the Taliban foreign minister on Monday.',
      'Photo: a file picture of the embassy',
      'An Israeli attack targeting a building in central Beirut has killed…',
      'Back to top',
      'Related Articles',
      'Iran and Pakistan sign a trade deal on 3 March 2023.',
    ].join('\n'),
  );
  assert.equal(clean.title, 'Envoy meets minister in Kabul');
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    ['KABUL – Iran’s envoy met the Taliban foreign minister on Monday.'],
  );
  assert.ok(clean.removed.some((r) => /teaser/.test(r.reason)));
  assert.ok(clean.removed.some((r) => /after the end/.test(r.reason)));
  // The same heading in other languages ('Mavzuga oid', Uzbek 'On the topic').
  for (const heading of ['Mavzuga oid', 'Читайте также', 'Lire aussi', 'اخبار مرتبط']) {
    const story = prepare(
      'b.txt',
      [
        'Iran to build an office for refugees',
        '',
        'Iran plans an office for refugees, IRNA reported.',
        heading,
        'Iran lifts a block on WhatsApp.',
      ].join('\n'),
    ).clean;
    assert.deepEqual(
      story.paragraphs.map((p) => p.text),
      ['Iran plans an office for refugees, IRNA reported.'],
      heading,
    );
  }
});

test("'Update: 2023-08-08 18:21 GMT' under the headline is the page's stamp; an 'Update:' note is chrome", () => {
  const page = (label: string) =>
    prepare(
      'a.txt',
      [
        'Iranian delegation in Kabul for water talks',
        label,
        'KABUL (ANI): An official said on Tuesday that an Iranian delegation is in Kabul for talks with the Taliban.',
      ].join('\n'),
    );
  const stamped = page('Update: 2023-08-08 18:21 GMT');
  assert.deepEqual(stamped.clean.headerLines, ['Update: 2023-08-08 18:21 GMT']);
  assert.equal(stamped.pub.date, '2023-08-08');
  const note = page('Update: The official was later named');
  assert.deepEqual(note.clean.headerLines, []);
  assert.ok(note.clean.removed.some((r) => r.line.startsWith('Update:') && r.reason === 'page chrome'));
});

test("'Read more:' over a few headlines inside the story is a box; the story goes on below it", () => {
  const story = [
    'Taliban minister meets resistance leaders in Tehran',
    '',
    'PESHAWAR: The Taliban foreign minister met two resistance leaders in Iran and told them they could return home safely.',
    'Read more:',
    'Resistance leader vows to continue struggle',
    'Taliban claim complete control of Panjshir province',
  ];
  const after = [
    'A Taliban spokesman said in a statement that the government wants a safe future for every Afghan citizen.',
    'The minister set off for Iran on January 8 at the head of a delegation of several ministers.',
  ];
  const boxed = prepare('a.txt', [...story, ...after].join('\n')).clean;
  assert.deepEqual(
    boxed.paragraphs.map((p) => p.text),
    [story[2], ...after],
  );
  assert.equal(boxed.removed.filter((r) => /box of related stories/.test(r.reason)).length, 3);
  // Headlines each with a blurb, or one paragraph only, are a list after the story's end.
  const listed = prepare('b.txt', [...story, after[0], 'Another headline of a list', after[1]].join('\n')).clean;
  assert.deepEqual(
    listed.paragraphs.map((p) => p.text),
    [story[2]],
  );
});

test('a list heading above the story is the site menu; below it, the end of the story', () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Skip to main content',
      'Latest news',
      'Thumbnail',
      '',
      'Taliban take two border towns',
      '',
      'The Islam Qala border town has been captured by the Taliban, officials confirmed on Friday.',
      '',
      'Latest news',
      'Another story about the weather in Europe.',
    ].join('\n'),
  );
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    ['The Islam Qala border town has been captured by the Taliban, officials confirmed on Friday.'],
  );
});

test("a newsletter's pitch, then 'Latest News' above the headline: the heading is the menu, the story follows", () => {
  const lead =
    'Mounting friction between the Taliban and Iran spilled over on Saturday, when heavy gunfire erupted along the border.';
  const { clean } = prepare(
    'a.txt',
    [
      'We publish the objective news, period. If you want the facts, then sign up below and join our movement:',
      '',
      'Latest News',
      '',
      'Taliban fire on Iran in water row',
      '',
      'By Sarah May on',
      ' May 30, 2023',
      '',
      lead,
    ].join('\n'),
  );
  assert.ok(
    clean.paragraphs.some((p) => p.text === lead),
    clean.paragraphs.map((p) => p.text).join(' | '),
  );
});

test("a list heading between the standfirst and the story's headline shown again does not end the story", () => {
  const headline = 'Iran Resumes Afghanistan Commercial Flights Halted After Taliban Takeover';
  const { clean } = prepare(
    'a.txt',
    [
      'Outlook.com',
      headline,
      '',
      'One charter flight carried passengers on a return trip from Tehran to Kabul.',
      '',
      'Trending',
      '',
      headline,
      'Associated Press (AP)',
      '',
      'Iran Wednesday resumed commercial flights to Afghanistan, which had been halted once the Taliban took power.',
    ].join('\n'),
  );
  assert.equal(clean.paragraphs.length, 2, clean.paragraphs.map((p) => p.text).join(' | '));
  assert.match(clean.paragraphs[1]!.text, /resumed commercial flights/);
});

test('a paragraph shown twice (a standfirst repeated as the lead) is read once', () => {
  const lead = 'Iran’s deputy energy minister held talks on Helmand water with Amir Khan Muttaqi in Kabul.';
  const { clean } = prepare(
    'a.txt',
    [
      'Helmand water talks',
      '',
      lead,
      '',
      lead,
      '',
      'The talks covered the 1973 treaty and the drought in the region.',
    ].join('\n'),
  );
  assert.equal(clean.paragraphs.filter((p) => p.text === lead).length, 1);
});

test("an agency photo caption ('(AP Photo/Name)'), whole or cut off, is not article text", () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Iran warns the Taliban over water',
      '',
      'Iran’s foreign minister spoke to his Taliban counterpart on Thursday about the Helmand.',
      '',
      'The president addresses a meeting in Moscow, Russia, Friday, June 14, 2024. (AP Photo/Alexander Zemlianichenko, Pool)',
      '',
      'The president addresses a meeting in Moscow, Russia, Friday, June 14, 2024. (AP Photo/Alexander Zemlianichenk',
    ].join('\n'),
  );
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    ['Iran’s foreign minister spoke to his Taliban counterpart on Thursday about the Helmand.'],
  );
});

test("above the story, a line closing with a photographer's name in brackets is a caption; below, it stays", () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Taliban complain about the treatment of refugees in Iran',
      'The Taliban delegation holds talks with the Iranian foreign minister in Tehran on Jan. 31, 2021. (Salman Balkhi)',
      '',
      'The Taliban have complained to Iran about the hardships Afghan refugees face there.',
      '',
      'The ministry said the talks would go on. (Kabul Now)',
    ].join('\n'),
  );
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    [
      'The Taliban have complained to Iran about the hardships Afghan refugees face there.',
      'The ministry said the talks would go on. (Kabul Now)',
    ],
  );
});

test('a labelled stamp in brackets is a stamp line, not the lead: it dates the story', () => {
  const { clean, pub } = prepare(
    'a.txt',
    [
      '(Last Updated On: August 28, 2023)',
      '',
      'Meeting the Iranian delegation on Monday, the deputy prime minister said refugees need help.',
    ].join('\n'),
  );
  assert.deepEqual(clean.headerLines, ['(Last Updated On: August 28, 2023)']);
  assert.equal(clean.paragraphs.length, 1);
  assert.equal(pub.date, '2023-08-28');
  assert.equal(pub.rule, 'stamp');
});

test("a site's date with a label the copy left empty ('… ۱۴۰۳ - ساعت :') is a stamp line, not text the story reports", () => {
  const { clean, pub } = prepare(
    'a.txt',
    [
      'سه‌شنبه ۰۶ آذر ۱۴۰۳ - ساعت :',
      '۰۷ خرداد ۱۴۰۲ - ۱۴:۴۵',
      '',
      'پل ابریشم پس از درگیری مرزبانان و نیروهای طالبان دوباره باز شد',
      '',
      'پل ابریشم که روز گذشته در پی درگیری بسته شده بود، از ساعاتی پیش دوباره گشوده شد.',
    ].join('\n'),
  );
  assert.ok(clean.headerLines.includes('سه‌شنبه ۰۶ آذر ۱۴۰۳ - ساعت :'), JSON.stringify(clean.headerLines));
  assert.equal(pub.date, '2023-05-28', pub.evidence);
});

test("a caption closed by 'Photo courtesy of …' or 'Photo by …' is not article text", () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Warlord said to be in Iran',
      '',
      'The warlord has turned up in Iran after his capture, officials said on Monday.',
      'The warlord, shown in a 2010 photo, surrendered to Taliban forces Friday, Aug. 13, 2021. Photo courtesy of Wikimedia Commons.',
      'The citadel dates back to 330 B.C. and now houses a museum. Photo byMaster Sgt. Kevin Wallace, courtesy of DVIDs.',
      'He had fled into Iran once before, in 1995.',
    ].join('\n'),
  );
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    [
      'The warlord has turned up in Iran after his capture, officials said on Monday.',
      'He had fled into Iran once before, in 1995.',
    ],
  );
});

test("a caption closed by '(Credit: name/agency (full name) via Reuters)', '(Name/AFP)' or '[Name/AFP]' is not article text", () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Journalist freed',
      '',
      'The Taliban freed the photographer, his agency said on Saturday.',
      'A flag flies at the Milak crossing, Sistan and Baluchestan Province, Iran on September 8, 2021 (Credit: Jane Roe/WANA (West Asia News Agency) via Reuters)',
      'Displaced families rest in the courtyard of a mosque in Kabul on August 13, 2021. (Jane Roe/AFP)',
      'Protesters gather outside the consulate in Herat April 11, 2022, after reports of abuse. A video appeared this month showing more of it. [Jane Roe/AFP]',
      'Security personnel keep watch beside a road during the continuing fighting between government forces and Taliban fighters in the western city of Qala-i-Naw, the capital of Badghis province, on July 7, 2021 - The Taliban launched a major assault on a provincial capital on July 7, their first since the US military started its final troop drawdown in the country, as the insurgents push ahead with a fierce offensive across the north and the west. (Photo by - / AFP)',
      'He had been held for a week.',
    ].join('\n'),
  );
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    ['The Taliban freed the photographer, his agency said on Saturday.', 'He had been held for a week.'],
  );
});

test("a caption closed by '(Foto: TASS)', '(Photo: Vertical)' or '(Site.co/Supplied)' is not article text", () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Iran bars travel to Afghanistan',
      '',
      'Iran has told its citizens not to travel to Afghanistan, its embassy said on Sunday.',
      'Sebuah pesawat kargo Iran membawa korban luka ke Mashhad pada 15 Oktober 2021. (Example.co/Supplied)',
      'Delegasi Taliban tiba di Teheran, 8 Januari 2022. (Foto: TASS)',
      'Trucks queue at the Islam Qala crossing on May 20, 2023. (Photo: Vertical)',
      'The embassy said short trips to Kabul were still allowed.',
    ].join('\n'),
  );
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    [
      'Iran has told its citizens not to travel to Afghanistan, its embassy said on Sunday.',
      'The embassy said short trips to Kabul were still allowed.',
    ],
  );
});

test("a wire caption closed by where and when it was taken, or by '… via REUTERS', is not article text", () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Border talks',
      '',
      'Iran and the Taliban agreed on Tuesday to hold talks on the border.',
      'Afghans wait at the Dowqarun border crossing between Iran and Afghanistan, Razavi Khorasan Province, Iran August 29, 2021.',
      "Iran's flag is seen at the Milak border crossing, Iran September 8, 2021. Jane Roe/WANA (West Asia News Agency) via REUTERS",
      // A sentence closed by a weekday and a day is the story's, not a caption.
      'The report says six Afghans were killed in the shooting, which took place on the evening of Sunday, October 13, 2024.',
    ].join('\n'),
  );
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    [
      'Iran and the Taliban agreed on Tuesday to hold talks on the border.',
      'The report says six Afghans were killed in the shooting, which took place on the evening of Sunday, October 13, 2024.',
    ],
  );
});

test("a page that starts ' date 2024-02' (the month only) was filed that month", () => {
  const { clean, pub } = prepare(
    'a.txt',
    [
      ' date 2024-02 Iran weighs a wall on its border',
      '',
      'Iran is weighing a concrete wall on its eastern border, the envoy said.',
    ].join('\n'),
  );
  assert.deepEqual(clean.pageMonth, { year: 2024, month: 2 });
  assert.equal(clean.pageStamp, null);
  assert.equal(pub.date?.slice(0, 7), '2024-02');
  assert.equal(pub.precision, 'month');
  assert.equal(pub.rule, 'page-month');
});

test("clean: a long excerpt cut off mid-sentence (an aggregator's copy) keeps its whole sentences", () => {
  const excerpt =
    'A senior Taliban diplomat said on Saturday that the Afghan government has declined to take part in the regional meeting on Afghanistan held in Tehran. ' +
    'Writing on X, the third political director of the foreign ministry said the government expects the mechanisms already in place to be used for talks. ' +
    'The special representatives of Iran, Pakistan, Russia and China are meeting in Tehran today. ' +
    'The United Nations is set to hold a meeting of special representatives later this…';
  const { clean } = prepare('a.txt', ['Learn more', '', excerpt].join('\n'));
  assert.equal(clean.paragraphs.length, 1);
  assert.match(clean.paragraphs[0]!.text, /^A senior Taliban diplomat .* meeting in Tehran today\.$/);
  const teaser = prepare(
    'b.txt',
    [
      'Envoy meets minister',
      '',
      'KABUL – Iran’s envoy met the minister on Monday.',
      'An Israeli attack on a building in central Beirut has killed…',
    ].join('\n'),
  );
  assert.deepEqual(
    teaser.clean.paragraphs.map((p) => p.text),
    ['KABUL – Iran’s envoy met the minister on Monday.'],
  );
});

test("a browser title's tail ('| Welcome to …') above the story is not its headline", () => {
  const { clean } = prepare(
    'a.txt',
    [
      '| Welcome to Example Space',
      '',
      'Blaze erupts at a border crossing, 100 fuel tankers destroyed',
      '',
      'A fire broke out on Saturday at the crossing, officials said.',
    ].join('\n'),
  );
  assert.equal(clean.title, 'Blaze erupts at a border crossing, 100 fuel tankers destroyed');
  // A widget's table cell ('Translate This News In |') is no headline either.
  const widget = prepare(
    'b.txt',
    ['Translate This News In |', '', 'Neighbours meet in Tehran', '', 'Ministers met on Wednesday.'].join('\n'),
  );
  assert.equal(widget.clean.title, 'Neighbours meet in Tehran');
});

test("a wire dateline on a line of its own ('BAKU, Azerbaijan, Feb.2') is not the headline", () => {
  const { clean } = prepare(
    'a.txt',
    [
      'BAKU, Azerbaijan, Feb.2',
      '',
      'Trend:',
      '',
      'Iran told the Afghan government about its talks, a spokesman said.',
    ].join('\n'),
  );
  assert.notEqual(clean.title, 'BAKU, Azerbaijan, Feb.2');
  assert.equal(
    prepare('a.txt', 'Iran and Taliban hold talks in Doha\n\nThey met on Monday.').clean.title,
    'Iran and Taliban hold talks in Doha',
  );
});

test('a copy hard-wrapped at a fixed width is joined back into its paragraphs', () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Iran sells fuel again',
      '',
      'Iran has restarted its fuel exports to Afghanistan, after a request from the Taliban',
      'government. Emboldened by the withdrawal of the United States from Afghanistan, the Taliban feel able',
      'to purchase Iranian oil more openly, traders said on Monday in Tehran and in Kabul.',
    ].join('\n'),
  );
  assert.equal(clean.paragraphs.length, 1);
  assert.match(clean.paragraphs[0]!.text, /^Iran has restarted .* in Kabul\.$/);
  assert.deepEqual(clean.headerLines, []);
});

test('a sentence that lost its full stop between two paragraphs is text, not a headline or a byline', () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Clashes over water have brought relations between Kabul and Tehran to their lowest point in years now.',
      'The row marks a clear break from the steady ties the two neighbours kept under the former government there.',
      'Iran has also accused Kabul of ignoring international law since the Taliban resumed control two years ago',
      'The dispute is not new between the two neighbours, who signed a treaty on sharing the river long ago.',
      'Ebrahim Raisi addresses a news conference in Tehran, June 21, 2021. Majid Asgaripour via REUTERS',
      'He has since warned the Taliban more than once that Iran will not give up its share of the river water.',
    ].join('\n'),
  );
  assert.equal(clean.title, null);
  const text = clean.paragraphs.map((p) => p.text);
  assert.ok(text.some((t) => t.includes('resumed control two years ago')));
  // A caption whose credit follows its sentence stays out.
  assert.ok(!text.some((t) => t.includes('via REUTERS')));
});

test("Arabic vowel marks and the tatweel are dropped: 'صرّح' is 'صرح', 'كابُل' is 'كابل'", () => {
  const clean = cleanArticle(
    parseArticle(
      'a.txt',
      Buffer.from('صرّح وزير الداخلية الإيراني أحمد وحيدي للصحفيين في كابُل يوم الجمعة بخصوص المياه.\n'),
    ),
  );
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    ['صرح وزير الداخلية الإيراني أحمد وحيدي للصحفيين في كابل يوم الجمعة بخصوص المياه.'],
  );
});

test("Persian heh with the ezafe's hamza ('هفتۀ پیش', 'هفتهٔ گذشته') is plain heh, so 'last week' is read", async () => {
  const { findDateMentions } = await import('../../src/ingest/dates');
  const clean = cleanArticle(
    parseArticle(
      'a.txt',
      Buffer.from('ملا برادر هفتۀ پیش به تهران سفر کرد و وزارت خارجهٔ ایران هفتهٔ گذشته از او استقبال کرد.\n'),
    ),
  );
  const text = clean.paragraphs[0]!.text;
  assert.equal(text, 'ملا برادر هفته پیش به تهران سفر کرد و وزارت خارجه ایران هفته گذشته از او استقبال کرد.');
  assert.deepEqual(
    findDateMentions(text).map((m) => [m.kind, m.unit]),
    [
      ['last', 'week'],
      ['last', 'week'],
    ],
  );
});

test("a line that prints the page's own address ('Постоянный адрес новости:') gives the address front matter would", () => {
  const clean = cleanArticle(
    parseArticle(
      'a.txt',
      Buffer.from(
        'Border clash\n\nIranian border guards and the Taliban fought on the border today, the agency reports.\n\nПостоянный адрес новости: eadaily.com/ru/news/2021/12/01/na-granice\n',
      ),
    ),
  );
  assert.equal(clean.meta.url, 'https://eadaily.com/ru/news/2021/12/01/na-granice');
  assert.ok(clean.paragraphs.every((p) => !p.text.includes('eadaily')));
  // Front matter, when there is one, stays the address.
  const given = cleanArticle(
    parseArticle(
      'b.md',
      Buffer.from(
        '---\nurl: https://example.com/a\n---\nIranian border guards and the Taliban fought today.\n\nPermalink: example.com/2021/12/01/b\n',
      ),
    ),
  );
  assert.equal(given.meta.url, 'https://example.com/a');
});

test("a sentence a copied page broke around a link ('… wywiązała się' / 'wymiana ognia' / '. Zasadniczym …') is one", () => {
  const { clean } = prepare(
    'a.txt',
    [
      'Jak podają media, w sobotę 27 maja na granicy Iranu z Afganistanem wywiązała się',
      'wymiana ognia',
      '. Zasadniczym powodem tego starcia jest spór o wodę z rzeki Helmand, która płynie z gór Afganistanu.',
    ].join('\n'),
  );
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    [
      'Jak podają media, w sobotę 27 maja na granicy Iranu z Afganistanem wywiązała się wymiana ognia. Zasadniczym powodem tego starcia jest spór o wodę z rzeki Helmand, która płynie z gór Afganistanu.',
    ],
  );
  assert.deepEqual(clean.headerLines, []);
});

test('a standfirst of fifteen words or more under the headline is text even without its full stop; a shorter line is not', () => {
  const headline = "Iran, scontri alla frontiera: l'Afghanistan afferma di aver distrutto 18 checkpoint iraniani";
  const standfirst =
    'Si fa riferimento agli scontri avvenuti lo scorso sabato nella provincia di Nimroz tra guardie di frontiera iraniane e combattenti talebani';
  const body =
    "L'Afghanistan afferma che 18 postazioni iraniane lungo il confine sono state prese o distrutte dalle sue truppe.";
  const { clean } = prepare('a.txt', [headline, standfirst, body].join('\n'));
  assert.equal(clean.title, headline);
  assert.deepEqual(
    clean.paragraphs.map((p) => p.text),
    [standfirst, body],
  );
  const short = prepare('b.txt', [headline, 'Di Mario Rossi, corrispondente da Teheran', body].join('\n')).clean;
  assert.deepEqual(
    short.paragraphs.map((p) => p.text),
    [body],
  );
});

test("a wire's story of four sentences or more closed by its agency ('(AFP/jW)') is text, not a caption", () => {
  const { clean } = prepare(
    'a.txt',
    ' date 2021-07 Teheran. Vertreter der Regierung und der Taliban sind am Mittwoch in Teheran zu Gesprächen zusammengekommen. Die Führung in Teheran sieht die Lage mit Sorge. Der Iran hat Millionen Geflüchtete aufgenommen. Die Taliban sind auf dem Vormarsch. (AFP/jW)\n',
  );
  assert.equal(clean.paragraphs.length, 1);
  assert.match(clean.paragraphs[0]!.text, /zu Gesprächen zusammengekommen/);
  // A caption of two sentences with the same credit stays out.
  const caption = prepare(
    'b.txt',
    'Talks in Tehran\n\nThe delegations met on Wednesday, the ministry said.\nDelegates arrive in Tehran. The talks began on Wednesday. (AFP/jW)\n',
  ).clean;
  assert.deepEqual(
    caption.paragraphs.map((p) => p.text),
    ['The delegations met on Wednesday, the ministry said.'],
  );
});

test("a site's 'Sign in' or 'Войти в почту' above the headline is chrome, not the title", () => {
  for (const chrome of ['Sign in', 'Войти в почту']) {
    const { clean } = prepare(
      'a.txt',
      `${chrome}\n\nАфганистан обратился к ООН за $90 млн\n\nКАБУЛ, 5 октября. /ТАСС/. Афганская корпорация DABS попросила Миссию ООН о помощи.\n`,
    );
    assert.equal(clean.title, 'Афганистан обратился к ООН за $90 млн');
  }
});

test("the page's last line, cut off mid-word after running text, is the story's end, not a heading", () => {
  const story = [
    'Iran is hosting a gathering of Afghanistan’s neighbours on Wednesday to talk over the state of the war-torn country.',
    '',
    'Tehran has urged its strife-torn eastern neighbour to set up an inclusive and stable government, which it sees as essential.',
    '',
  ];
  const cut =
    'Taliban spokesman Zabihullah Mujahid on Sunday welcomed the Tehran initiative and voiced hope that its result would bene';
  const clean = cleanArticle(parseArticle('a.txt', Buffer.from([...story, cut].join('\n'))));
  assert.equal(clean.paragraphs.at(-1)?.text, cut);
  // A short last line is a heading or a teaser, set aside.
  const heading = cleanArticle(
    parseArticle('b.txt', Buffer.from([...story, 'Iran got its calculations wrong', ''].join('\n'))),
  );
  assert.ok(!heading.paragraphs.some((p) => p.text === 'Iran got its calculations wrong'));
});

test('a copy hard-wrapped in a script without capitals (Arabic, Persian) is joined back into its sentences', () => {
  const text = [
    'استدعت وزارة الخارجية الإيرانية المبعوث الأفغاني في طهران،',
    'للاحتجاج على هجمات وقعت الاثنين على سفارة طهران في العاصمة كابل وقنصليتها في',
    'هيرات.',
    '',
    'وأعلنت الخارجية الإيرانية تعليق عمل الخدمات الدبلوماسية والقنصلية الإيرانية',
    '"حتى إشعار آخر"، وطالبت مسؤولي طالبان بضمان الأمن الكامل للبعثات الإيرانية',
    'بحسب وسائل إعلام أفغانية.',
  ].join('\n');
  const clean = cleanArticle(parseArticle('a.txt', Buffer.from(text)));
  assert.equal(
    clean.paragraphs[0]?.text,
    'استدعت وزارة الخارجية الإيرانية المبعوث الأفغاني في طهران، للاحتجاج على هجمات وقعت الاثنين على سفارة طهران في العاصمة كابل وقنصليتها في هيرات.',
  );
});
