import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  afterClause,
  classify,
  mainClause,
  reportedHappening,
  splitSinceHappening,
  splitSubordinate,
  splitTrailingCounted,
  toldHappening,
  viewsOf,
} from '../../src/ingest/clauses';
import { findDateMentions } from '../../src/ingest/dates';
import { gazetteer, knowledge } from './support';

/** The headline of the rule whose trigger a sentence holds first, or null. */
const headlineOf = (s: string) => classify(s, knowledge.typeRules)?.rule.headline ?? null;

test('classify: the main clause decides, reported speech does not', () => {
  const type = (s: string) => classify(s, knowledge.typeRules)?.rule.type;
  assert.equal(mainClause('He said that the visit was useful.'), 'He said that');
  // 'a tweet that he posted on Saturday' is a relative clause of the message, not what was said.
  assert.equal(
    mainClause('Iran granted a permit, officials announced, according to a tweet that the envoy posted on Saturday.'),
    'Iran granted a permit, officials announced',
  );
  assert.equal(type('A spokesperson says a recent visit by Muttaqi was important.'), 'statement');
  assert.equal(type('Muttaqi visited Iran and held talks with Amir Abdollahian.'), 'visit');
  assert.equal(
    type('Asked about a border skirmish in early December, he said it was a misunderstanding.'),
    'border-clash',
  );
  assert.equal(type('Today, Iran launched missiles into Pakistan.'), 'strike');
  assert.equal(type('Pakistan has recalled its ambassador from Tehran.'), 'downgrade');
  assert.equal(type('The Taliban took over Kabul.'), 'takeover');
  assert.equal(type('Amir-Abdollahian spoke to his Afghan counterpart last month.'), 'call');
  // Arabic triggers, with the 'and' that joins a verb to what comes before.
  assert.equal(type('والتقى السفير الإيراني وزير الخارجية في كابول'), 'meeting');
  assert.equal(type('أجرى الوزيران اتصالا هاتفيا'), 'call');
  assert.equal(type('اندلعت اشتباكات بين حرس الحدود الإيراني وقوات طالبان'), 'border-clash');
  // German, Turkish, Russian and Indonesian: the main kinds, as their news words them.
  assert.equal(type('Der iranische Außenminister traf am Montag den Taliban-Vertreter.'), 'meeting');
  assert.equal(type('İran ile Taliban arasında sınırda çatışma çıktı.'), 'border-clash');
  assert.equal(type('Министр иностранных дел Пакистана прибыл в Тегеран.'), 'visit');
  assert.equal(type('Sebanyak 3.123 migran diusir dari Iran.'), 'migration');
  // Urdu and Pashto.
  assert.equal(type('افغان فورسز اور ایرانی سرحدی محافظوں کے مابین سرحد پر جھڑپ ہوئی'), 'border-clash');
  assert.equal(type('متقي نن په کابل کې له کاظمي قمي سره لیدلي'), 'meeting');
  assert.notEqual(type('Amir-Abdollahian spoke to reporters in Tehran.'), 'call');
  assert.equal(type('The weather was cold.'), undefined);
  // A fire at a crossing is a happening of its own, as an earthquake is.
  assert.equal(type('A fuel tanker exploded at the Islam Qala crossing.'), 'other');
  assert.equal(type('The blaze destroyed more than 500 trucks.'), 'other');
  // Executions, and prisoners handed over or released, counted or not.
  assert.equal(type('Iran publicly executed two Afghan citizens on Saturday.'), 'other');
  // 'were hanged at' a prison, whoever the list before it names.
  assert.equal(
    type('Eleven Baluch, nine of them Iranian and two Afghan, were hanged at Zahedan Central Prison on Sunday.'),
    'other',
  );
  assert.equal(type('Iranian authorities handed over 457 Afghan prisoners to Afghanistan.'), 'cooperation');
  assert.equal(type('268 Afghan nationals, who were imprisoned in Iran, were released.'), 'cooperation');
  assert.equal(type('Hundreds of Afghans were allegedly killed by Iranian border forces last week.'), 'attack');
  assert.equal(type('Iran and the Taliban are holding talks on restarting the railway.'), 'meeting');
  assert.equal(type('Xi Jinping also spoke with the new Iranian president about Afghanistan.'), 'call');
  assert.equal(type('A government delegation and Taliban envoys began talks in Tehran.'), 'meeting');
  assert.equal(type('The Taliban had dispatched to the Iranian capital a seven-member diplomatic team.'), 'visit');
  assert.equal(type('The Taliban released an Iranian border guard within hours.'), 'cooperation');
  assert.equal(type('It set off protests aimed at Iranian diplomatic missions in Kabul and Herat.'), 'attack');
  assert.equal(type('Borders between Iran and Afghanistan are officially closed, apart from two crossings.'), 'border');
  // The Taliban's bans on women that Iran reacts to are happenings of their own.
  assert.equal(type('The Taliban-run higher education ministry barred Afghan women from universities.'), 'other');
  // Bodies or prisoners returned across the border are handed over, as when the text says 'handed over'.
  assert.equal(
    type('Iranian border guards returned their bodies to the Taliban authorities in Nimruz.'),
    'cooperation',
  );
});

test('classify: arrests, bans, a city taken, guards freed, committees and fairs opened, walls on borders', () => {
  const rule = (s: string) => {
    const c = classify(s, knowledge.typeRules);
    return c ? `${c.rule.type}: ${c.rule.headline}` : null;
  };
  assert.equal(rule('Five Iranian border guards have been arrested by the Taliban in Farah.'), 'other: arrests');
  assert.equal(rule('The Taliban detained an Iranian photographer at Kabul airport.'), 'other: arrests');
  assert.equal(
    rule('Taliban authorities implemented a nationwide ban on university education for women.'),
    'other: bans',
  );
  assert.equal(rule('The Taliban seized Herat, 115 km from the Iranian border.'), 'takeover: takes over');
  assert.equal(rule('Iranian state media reported that the guards were freed.'), 'cooperation: cooperate');
  assert.equal(rule('The seven joint committees started operating in Kabul.'), 'cooperation: cooperate');
  assert.equal(rule('A joint exhibition of Iranian and Afghan goods opened in Herat.'), 'cooperation: cooperate');
  assert.equal(rule('Iran has started building walls along its eastern borders.'), 'border: builds on the border');
  assert.equal(rule('Iran had shut the "Dogharoon" crossing over road-building.'), 'border: border crossing');
  assert.equal(rule('Iran is sealing its eastern border with Afghanistan.'), 'border: border crossing');
  assert.equal(
    rule('They crossed into Afghanistan through the Islam Qala border on Tuesday.'),
    'migration: deports migrants',
  );
  assert.equal(rule('The 11 bodies were transported to Nimroz on March 15.'), 'cooperation: cooperate');
  assert.equal(rule('At least 1,000 were killed in the quake that struck near Khost.'), 'other: hit by an earthquake');
  assert.equal(rule('Hostilities between Iranian and Taliban border guards have escalated.'), 'border-clash: clash');
  assert.equal(
    rule("Iran's army has built a wall more than 10 kilometers long on the border."),
    'border: builds on the border',
  );
  assert.equal(rule('Intelligence personnel arrested a seven-member Taliban cell in Herat.'), 'other: arrests');
  assert.equal(rule('The cameraman was targeted by two assailants on a motorcycle.'), 'attack: attack');
  assert.equal(rule('Afghans staged a rally outside the Iranian embassy.'), 'accusation: protests');
  // An arrest needs someone arrested: 'arrested development' of trade is no happening.
  assert.equal(rule('Trade between the two remains in a state of arrested development.'), null);
});

test('classify: triggers as Japanese, Chinese, Serbian, Slovak, Portuguese, Turkish, Arabic, Persian, Urdu, Swahili and Dutch pages write them', () => {
  assert.equal(headlineOf('アフガニスタンとイランの国境で27日、両国の治安部隊が銃火を交えた。'), 'clash');
  assert.equal(headlineOf('Avganistanske i iranske snage danas su na granici razmijenile snažnu vatru.'), 'clash');
  assert.equal(headlineOf('Mutaki je danas razgovarao sa iranskim ambasadorom u Kabulu.'), 'meets');
  assert.equal(headlineOf('Ministar Momeni najavio je 9. septembra zatvaranje granica.'), 'speaks');
  assert.equal(headlineOf('Em 13 de agosto, um homem armado disparou contra o mausoléu de Shah Cheragh.'), 'attack');
  assert.equal(headlineOf('Taliban, İslam Kale ticari geçişi ile gümrükleri ele geçirdi.'), 'takes over');
  assert.equal(headlineOf('سیادت این سخنان را روز یکشنبه در گفت‌وگو با رسانه‌ها بیان کرده است.'), 'speaks');
  assert.equal(headlineOf('آئندہ بدھ کو یہ اجلاس ایران کے دارالحکومت تہران میں ہونا ہے۔'), 'meets');
  assert.equal(headlineOf('Amír Chán Muttakí prišiel v sobotu do Iránu.'), 'visits');
  assert.equal(
    headlineOf('Iránske ministerstvo diplomacie v utorok predvolalo vyslanca Afganistanu.'),
    'summons the envoy',
  );
  assert.equal(headlineOf('阿富汗塔利班8月15日掌控首都喀布尔。'), 'takes over');
  assert.equal(headlineOf('فردی مهاجم روز سه‌شنبه در صحن حرم با چاقو بر سه روحانی یورش برد.'), 'attack');
  assert.equal(headlineOf('استولت حركة طالبان على منفذ دوغارون.'), 'takes over');
  assert.equal(
    headlineOf('Msemaji wa Wizara ya Mambo ya Nje ya Iran amelaani kuuawa kwa Khalil-ur-Rehman Haqqani.'),
    'speaks',
  );
  assert.equal(headlineOf('Woordvoerder Abdul Kahar Balchi maakte dat zondagavond op Twitter bekend.'), 'speaks');
  assert.equal(
    headlineOf('The attack took place on Sunday, leaving two people dead and seven others wounded.'),
    'attack',
  );
  assert.equal(headlineOf('JIHAD IS GLOBAL: Iran and Taliban discuss joint action targeting Israel.'), 'meets');
  assert.equal(headlineOf('پس از درگیری روز گذشته در محدوده پاسگاه ساسولی، سردار رضایی گفت'), 'clash');
  assert.equal(headlineOf('Los dos gobiernos acordaron, el pasado diciembre, terminar las reparaciones.'), 'agree');
  assert.equal(
    headlineOf('El presidente iraní lanzó el jueves una advertencia a los gobernantes talibanes.'),
    'threatens',
  );
  assert.equal(headlineOf('وكان مسلحو حركة طالبان قد بسطوا، الخميس الماضي، سيطرتهم على هرات'), 'takes over');
  assert.equal(headlineOf('Under en skudveksling ved en grænsepost er to iranske grænsevagter dræbt.'), 'attack');
  assert.equal(headlineOf('Pada Senin (11/4) lalu, unjuk rasa anti-Iran di Afghanistan berubah rusuh.'), 'protests');
  assert.equal(
    headlineOf("On November 24, 2024, Araghchi named Alireza Bikdeli as Iran's caretaker ambassador."),
    'appointed',
  );
  assert.equal(headlineOf('Il capo della diplomazia afghana, Amir Khan Muttaqi, è andato in Iran.'), 'visits');
  assert.equal(headlineOf('Over 500 vehicles were engulfed in flames after a fuel tanker exploded.'), 'fire');
  assert.equal(headlineOf('The first Afghanistan-Turkey transit train entered Iran on April 20.'), 'trade');
  assert.equal(headlineOf('او در دسامبر سال ۲۰۲۲ به جای وی تعیین شد.'), 'appointed');
  assert.equal(headlineOf('يوليو: وبحسب الدبلوماسي فإن السفير الجديد سيباشر مهامه اليوم.'), 'appointed');
  assert.equal(headlineOf('यह लड़ाई बुधवार को दिन में शुरू हुई और शाम तक चलती रही।'), 'clash');
  // Armenian, Turkmen, Hebrew, Georgian, Malayalam, Gujarati, Telugu, Marathi, Czech
  assert.equal(
    headlineOf('Նիմրոզ նահանգում իրանցի սահմանապահների և թալիբների միջև բախումներ են տեղի ունեցել։'),
    'clash',
  );
  assert.equal(headlineOf('Իրանի դեսպանը ասել է, որ Թեհրանը չի ճանաչում թալիբներին։'), 'speaks');
  assert.equal(headlineOf('Eýranyň daşary işler ministrliginiň wekili beýan etdi.'), 'speaks');
  assert.equal(headlineOf('צבא איראן והטליבאן ניהלו חילופי אש בגבול.'), 'clash');
  assert.equal(headlineOf('ირანის საგარეო საქმეთა სამინისტრომ განაცხადა.'), 'speaks');
  assert.equal(headlineOf('ഇറാൻ അതിർത്തിയിൽ ഏറ്റുമുട്ടൽ ഉണ്ടായി.'), 'clash');
  assert.equal(headlineOf('સરહદ પર ગોળીબાર થયો.'), 'clash');
  assert.equal(headlineOf('సరిహద్దులో కాల్పులు జరిగాయి.'), 'clash');
  assert.equal(headlineOf('दोन्ही देशांच्या सैन्यात गोळीबार झाला.'), 'clash');
  assert.equal(headlineOf('Při přestřelce na hranici zahynuli dva pohraničníci.'), 'clash');
  // Azerbaijani, Hindi, Vietnamese, Uzbek
  assert.equal(
    headlineOf('İran qanunsuz yaşayan 18 min əfqan miqrantı öz ölkələrinə geri göndərib.'),
    'deports migrants',
  );
  assert.equal(headlineOf('İran Əfqanıstan sərhədi boyunca divar hörür.'), 'builds on the border');
  assert.equal(headlineOf('अफगानिस्तान और ईरान की फौजें रविवार को सीमा पर आमने-सामने आ गईं।'), 'clash');
  assert.equal(headlineOf('Quyền Ngoại trưởng Taliban Amir Khan Muttaqi đã tiếp Đại sứ Iran.'), 'meets');
  assert.equal(headlineOf("Muttaqiy buni e'lon qildi."), 'speaks');
  assert.equal(
    headlineOf("The caretaker of Afghanistan's embassy was summoned by Iran's foreign ministry on Friday."),
    'summons the envoy',
  );
  assert.equal(headlineOf('سرقنسول ایران این اظهارات را روز گذشته (دوشنبه) در سفر به تایباد مطرح کرده‌است.'), 'speaks');
  // Vietnamese, and a Polish delegation that took part in a ceremony.
  assert.equal(headlineOf('Ông Kazemi-Qomi khẳng định Taliban đã đồng ý.'), 'speaks');
  assert.equal(headlineOf('Lực lượng biên phòng Iran và Taliban đã đụng độ tại biên giới.'), 'clash');
  assert.equal(headlineOf('Iran đã trục xuất hàng nghìn người Afghanistan.'), 'deports migrants');
  assert.equal(headlineOf('W ceremonii uczestniczyły delegacje z Pakistanu i Afganistanu.'), 'attends a ceremony');
  // English and Italian forms: 'tells', 'made this announcement', a dialogue that 'took place', attendees, an oath.
  assert.equal(headlineOf('Mujahid tells Salam Watandar that Iran should follow the same policy.'), 'speaks');
  assert.equal(headlineOf('Rezaei, the committee spokesman, made this announcement on September 13.'), 'speaks');
  assert.equal(
    headlineOf('The third regional security dialogue took place in New Delhi on November 10, 2021.'),
    'meets',
  );
  assert.equal(headlineOf('Afghanistan and Pakistan were among the attendees too.'), 'attends a conference');
  assert.equal(headlineOf('Il neo presidente Pezeshkian ha giurato in Parlamento.'), 'appointed');
  assert.equal(
    headlineOf("Kazemi-Qomi pressed Afghanistan's governing administration to carry out the treaty."),
    'urges',
  );
  // Uzbek, Kazakh, Kyrgyz, Greek and Polish meetings and clashes.
  assert.equal(headlineOf('Muttaqiy Eron elchisi bilan uchrashdi.'), 'meets');
  assert.equal(headlineOf('Моттаки Кабулда Иран елшісімен кездесті.'), 'meets');
  assert.equal(headlineOf('Талибдер менен ирандык аскерлер атышты.'), 'clash');
  assert.equal(headlineOf('Ο Μουτακί συναντήθηκε με τον πρέσβη του Ιράν.'), 'meets');
  assert.equal(headlineOf('Talibowie i irańscy pogranicznicy starli się na granicy.'), 'clash');
  // Dari 'دایر شد' (was held), with the long list of who took part between the meeting and its verb.
  assert.equal(
    headlineOf(
      'این نشست با اشتراک نمایندگان ایران و طالبان در روزهای ۲۵ و ۲۶ دلو در شهر زابل در ولایت سیستان‌وبلوچستان دایر شده است.',
    ),
    'meets',
  );
});

test('references to a happening ("since the takeover") do not decide the type', () => {
  const type = (s: string) => classify(s, knowledge.typeRules)?.rule.type;
  assert.equal(type('Muttaqi visited Tehran on January 8-10, 2022, the first such visit since the takeover.'), 'visit');
  assert.equal(type('Iran kept its embassy open after the Taliban seized power on 15 August 2021.'), 'takeover');
  assert.equal(type("Iran summoned the Taliban's chargé d'affaires in Tehran."), 'accusation');
  assert.equal(type("Iran on Monday censured the Taliban's armed push into the Panjshir valley."), 'accusation');
  // The visit that frames a meeting ('on the fourth day of his visit') is not what the sentence reports.
  assert.equal(type('On the fourth day of his visit to Kabul, the envoy sat down with Abdullah Abdullah.'), 'meeting');
  assert.equal(type('On the sidelines of her visit to Tehran, she met the minister.'), 'meeting');
  // A day between the verb and its partner ('sat down on Monday with').
  assert.equal(type('Baradar sat down on Monday with Iran’s energy minister for talks on water.'), 'meeting');
  // 'once' or 'when' the Taliban took power says when something else was.
  assert.equal(type('Iran Wednesday resumed flights to Afghanistan, halted once the Taliban took power.'), 'border');
  // A clause on the place before it ('…, where the Taliban seized control last month') is a reference too.
  assert.equal(
    type(
      'Iran on Wednesday resumed commercial air service to Afghanistan, where the Taliban seized control last month.',
    ),
    'border',
  );
});

test('a quantity, an employer, an occupation between the words: the trigger still holds', () => {
  const type = (s: string) => classify(s, knowledge.typeRules)?.rule.type;
  // 'import 100 megawatts of electricity': the quantity stands between the verb and the good.
  assert.equal(type('Afghanistan decided to import 100 megawatts of electricity from Iran.'), 'trade');
  assert.equal(type('Afghanistan decided to import it from Iran.'), undefined);
  // 'A journalist of the Tasnim news agency was arrested': the employer between the person and the verb.
  assert.equal(type('A journalist of the Tasnim news agency was arrested in Kabul.'), 'other');
  assert.equal(type('The Taliban occupation of Kabul on 15 August halted the work.'), 'takeover');
  // A stay, a next stop, a trip set for later, a train leaving.
  assert.equal(type('Baradar has been in Iran for the past four days.'), 'visit');
  assert.equal(type('On Friday the delegation went on to the Milak border.'), 'visit');
  assert.equal(type('A group of Iranian lawmakers is set to go to Afghanistan.'), 'visit');
  assert.equal(type('The train set off from Herat for Turkiye in April.'), 'trade');
  assert.equal(type('The delegation went on to say that trade matters.'), undefined);
  // The embassy handed over, in a perfect and a passive of Persian and in Tajik.
  assert.equal(type('وزارت خارجه‌ی ایران سفارت این کشور را به طالبان سپرده است.'), 'handover');
  assert.equal(type('سفارت افغانستان در تهران به طالبان تحویل داده شد.'), 'handover');
  assert.equal(type('Сафорати Афғонистон дар Эрон ба дипломатҳои Толибон вогузор гардидааст.'), 'handover');
});

test('a relative clause is a second happening about the name before it', () => {
  const s = 'Muttaqi, who visited Tehran in January, met Amir-Abdollahian in Tashkent on Tuesday.';
  const [main, relative] = viewsOf(s, gazetteer);
  assert.equal(main!.text.replace(/\s+/g, ' '), 'Muttaqi, , met Amir-Abdollahian in Tashkent on Tuesday.');
  assert.equal(relative!.text.replace(/\s+/g, ' ').trim(), 'Muttaqi who visited Tehran in January');
  assert.equal(viewsOf('Iran and the Taliban met.', gazetteer).length, 1);
});

test("the comma of a date ('on Sunday, October 13, 2024') does not close a relative clause", () => {
  const s = 'Six Afghans were killed in the shooting, which took place on the evening of Sunday, October 13, 2024.';
  assert.deepEqual(viewsOf(s, gazetteer), [{ text: s, main: true }]);
  const shared = 'Muttaqi, who arrived on Monday, May 13, met Amir-Abdollahian in Tehran.';
  assert.equal(
    viewsOf(shared, gazetteer)[0]!.text.replace(/\s+/g, ' '),
    'Muttaqi, , , met Amir-Abdollahian in Tehran.',
  );
});

test('a trailing "a day after X hailed …" is a second happening, counted back from the main clause', () => {
  const s = 'Muttaqi met Kazemi Qomi in Kabul on Monday, two days after the Iranian envoy arrived in the city.';
  const views = splitTrailingCounted({ text: s, main: true }, findDateMentions(s), knowledge.typeRules);
  assert.equal(views.length, 2);
  assert.equal(views[1]!.offset, 'two days earlier');
  assert.match(views[1]!.text, /^\s+the Iranian envoy arrived in the city\.$/);
  const undatedHead = 'The envoy arrived, two days after the talks.';
  assert.equal(
    splitTrailingCounted({ text: undatedHead, main: true }, findDateMentions(undatedHead), knowledge.typeRules).length,
    1,
    'the main clause must have a date',
  );
});

test('"since the Taliban seized power in August 2021": the dated start of a span is a view of its own', () => {
  const views = (s: string) => splitSinceHappening({ text: s, main: true }, findDateMentions(s), knowledge.typeRules);
  const s = 'This is the third skirmish between the two sides since the Taliban seized power in August 2021.';
  const [whole, since] = views(s);
  assert.equal(whole!.text, s, 'the sentence keeps its own reading');
  assert.equal(since!.text.trim(), 'since the Taliban seized power in August 2021.');
  assert.equal(views('The sides have clashed often since the Taliban seized power.').length, 1, 'it needs a date');
  assert.equal(views('Trade has grown since the deal was signed in March 2023.').length, 1, 'only a takeover');
});

test('"the move follows by days X": X is counted back from the happening the sentence refers to', () => {
  assert.deepEqual(afterClause("The move follows by days Qasemi's statement that Iran was building camps."), {
    start: 25,
    offset: 'days earlier',
  });
  assert.equal(afterClause('Iran follows by days its neighbours.'), null, 'only when the subject refers back');
});

test('a speaker who tells of a contact as done dates that contact, not the speaking', () => {
  const s =
    'In a statement on Tuesday, the ministry wrote that a delegation headed by the minister has travelled to Kabul.';
  const mentions = findDateMentions(s);
  const told = toldHappening(s, classify(s, knowledge.typeRules), mentions, knowledge.typeRules);
  assert.equal(told?.classified.rule.type, 'visit');
  const plan = 'In a statement on Tuesday, the ministry wrote that a delegation will travel to Kabul.';
  assert.equal(
    toldHappening(plan, classify(plan, knowledge.typeRules), findDateMentions(plan), knowledge.typeRules),
    null,
    'a plan is not told as done',
  );
});

test('a trigger word in the name of a body is no happening; the verb after the name still is', () => {
  const type = (text: string) => classify(text, knowledge.typeRules)?.rule.type;
  assert.equal(
    type('Kharoti, deputy minister of refugees and repatriation, said on Saturday that ties are good.'),
    'statement',
  );
  assert.equal(type('The Ministry of Refugees and Repatriation said 2,000 Afghans were deported.'), 'statement');
  assert.equal(type('Iran repatriated 2,000 Afghans on Saturday.'), 'migration');
  assert.equal(type('The foreign minister of the Taliban visited Iran on Saturday.'), 'visit');
});

test('guards or soldiers killed by one side are a clash, in the languages pages tell it; killed *by* guards is not', () => {
  const type = (s: string) => classify(s, knowledge.typeRules)?.rule.type;
  assert.equal(type('Taliban forces killed two Iranian border guards near the frontier.'), 'border-clash');
  assert.equal(
    type('El pasado 27 de mayo fuerzas de seguridad talibanes mataron a dos soldados y a un comandante iraníes.'),
    'border-clash',
  );
  assert.equal(type('Forças talibãs mataram dois guardas iranianos na fronteira.'), 'border-clash');
  assert.equal(type('I talebani hanno ucciso due guardie iraniane al confine.'), 'border-clash');
  assert.equal(type('Les talibans ont tué deux gardes iraniens à la frontière.'), 'border-clash');
  assert.equal(type('Medzi hnutím Taliban a iránskymi silami sa rozpútali ozbrojené strety.'), 'border-clash');
  assert.equal(type('U oružanom okršaju sa snagama Talibana poginuo je jedan iranski graničar.'), 'border-clash');
  // 'shooting erupted', 'troops from both sides died'; French 'heurts'; Portuguese and Spanish 'combates irromperam'.
  assert.equal(
    type('Two Iranian border guards were killed after shooting erupted near a Taliban post.'),
    'border-clash',
  );
  assert.equal(type('Tensions remain high after troops from both sides died on May 27.'), 'border-clash');
  assert.equal(type('Des heurts armés ont opposé samedi les gardes-frontières iraniens aux talibans.'), 'border-clash');
  assert.equal(
    type('Os combates irromperam em 27 de maio entre as tropas do Taleban e os guardas iranianos.'),
    'border-clash',
  );
  assert.notEqual(type('Reports said Afghan migrants were killed by Iranian border guards.'), 'border-clash');
  // Russian: 'огневой контакт', 'бои начались'; a hyphenated checkpoint seized; 'попросила' (asked).
  assert.equal(type('Афганская корпорация DABS попросила Миссию ООН выделить $90 млн.'), 'appeal');
  assert.equal(type('Огневой контакт случился на КПП вблизи города Заболь между талибами и иранцами.'), 'border-clash');
  assert.equal(type('В четверг силы талибов захватили контрольно-пропускной пункт Ислам-Кала.'), 'takeover');
  // German 'aneinandergeraten' (came to blows), also split: 'gerieten … aneinander'.
  assert.equal(type('Iranische Grenzschutzbeamte und Taliban-Truppen sind aneinandergeraten.'), 'border-clash');
  assert.equal(
    type(
      'Am Samstag gerieten Taliban-Grenzkräfte und iranische Grenzschutzbeamte nahe der Polizeistation Sasuli aneinander.',
    ),
    'border-clash',
  );
  // A minister received ('aveva ricevuto', 'принял делегацию') is a meeting.
  assert.equal(
    type("Nel gennaio di quest'anno il ministro iraniano Zarif aveva ricevuto a Teheran una delegazione dei talebani."),
    'meeting',
  );
  assert.equal(type('Президент Ирана принял делегацию талибов в Тегеране.'), 'meeting');
  // Turkish attacks: an explosion took place, a suicide or bomb attack.
  assert.equal(type("Kabil'deki havalimanının yakınlarında dün iki ayrı patlama yaşanmıştı."), 'attack');
  assert.equal(type('Herat’taki camiye intihar saldırısı düzenlendi.'), 'attack');
});

test("'said on Thursday that … were deported on Wednesday': a day of its own in the reported clause dates the happening", () => {
  const read = (t: string) => {
    const r = reportedHappening(t, classify(t, knowledge.typeRules), findDateMentions(t), knowledge.typeRules);
    return r && { headline: r.classified.rule.headline, clause: t.slice(...r.clause) };
  };
  assert.deepEqual(
    read('The ministry said on Thursday that 2,245 Afghans were deported from Iran on Wednesday through Islam Qala.'),
    { headline: 'deports migrants', clause: ' 2,245 Afghans were deported from Iran on Wednesday through Islam Qala.' },
  );
  // With no day in the reported clause the sentence dates the speaking.
  assert.equal(read('The ministry said on Thursday that 2,245 Afghans were deported from Iran.'), null);
});

test("classify: what 'was met with' a crackdown is received, not a meeting; fighting that 'flared' is a clash", () => {
  const rule = (s: string) => classify(s, knowledge.typeRules)?.rule.type ?? null;
  assert.equal(rule('The protests across Iran in 2021 were met with a brutal police crackdown.'), null);
  assert.equal(rule('Iranian envoy Kazemi Qomi met with Muttaqi in Kabul on Sunday.'), 'meeting');
  assert.equal(rule('Kazemi Qomi has met with Muttaqi twice this month.'), 'meeting');
  // 'fighting flared' on a border is a clash, as 'fighting broke out' is.
  assert.equal(rule('On May 27, 2023, fighting flared on the Iran-Afghanistan border.'), 'border-clash');
});

test('classify: a summons in Chinese, Japanese, Korean, Hindi, Vietnamese and Indonesian; a Persian attack on a border post', () => {
  const rule = (s: string) => {
    const c = classify(s, knowledge.typeRules);
    return c ? `${c.rule.type}: ${c.rule.headline}` : null;
  };
  for (const s of [
    '伊朗外交部周五召见了阿富汗驻德黑兰大使馆的看守负责人。',
    'イラン外務省はアフガニスタンの代理大使を呼び出した。',
    '이란 외무부는 아프가니스탄 대사대리를 초치했다.',
    'ईरान ने अफगान राजनयिक को तलब किया।',
    'Bộ Ngoại giao Iran đã triệu tập đại biện lâm thời Afghanistan.',
    'Kementerian Luar Negeri Iran memanggil kuasa usaha Afghanistan.',
  ])
    assert.equal(rule(s), 'accusation: summons the envoy', s);
  assert.equal(rule('طالبان روز شنبه به پاسگاه مرزی ایران حمله کردند.'), 'attack: attack');
});

test('classify: exports of petrol and gasoline are trade', () => {
  const type = (s: string) => classify(s, knowledge.typeRules)?.rule.type ?? null;
  assert.equal(type('Iran restarted exports of petrol to Afghanistan a few days ago.'), 'trade');
  assert.equal(type('Iran started exporting gasoline and gasoil to Afghanistan again.'), 'trade');
  assert.equal(type('Petrol prices rose in Kabul.'), null);
});

test('classify: a visit that began, a stretch of railway launched', () => {
  const type = (s: string) => classify(s, knowledge.typeRules)?.rule.type ?? null;
  assert.equal(type('The visit began on Wednesday at the Dogharun special zone.'), 'visit');
  assert.equal(
    type('In July, a new stretch of the railway project was launched, connecting Khaf with Rozanak.'),
    'trade',
  );
  assert.equal(type('The railway line is 225 km long.'), null);
});

test("classify: 'knifed' is an attack", () => {
  assert.equal(
    classify('On April 5, an assailant knifed two Iranian Shia clerics to death in Mashhad.', knowledge.typeRules)?.rule
      .type,
    'attack',
  );
});

test("classify: a spokesman who 'repeated Iran's position' makes a statement; 'repeated clashes' are none", () => {
  const type = (s: string) => classify(s, knowledge.typeRules)?.rule.type ?? null;
  assert.equal(
    type(
      "On January 10, Iran's Foreign Ministry spokesman repeated Iran's position that Tehran would not recognise the Taliban.",
    ),
    'statement',
  );
  assert.notEqual(type('There were repeated clashes on the border.'), 'statement');
});

test('classify: verbs with words between their parts (an adverb, a hyphenated title, an adjective) still trigger', () => {
  const type = (s: string) => classify(s, knowledge.typeRules)?.rule.type ?? null;
  assert.equal(type('Le 9 mai, Kaboul a fermement condamné l’attaque contre le poste frontière.'), 'statement');
  assert.equal(type('Les autorités afghanes se sont dites préoccupées par ces vidéos.'), 'statement');
  assert.equal(
    type('Am Montag teilte der Zoll-Sprecher Ali Rezaei in Teheran mit, dass der Übergang offen sei.'),
    'statement',
  );
  assert.equal(type('The spokesman conveyed the profound sorrow of the Iranian people to Kabul.'), 'statement');
  assert.equal(type('Guards on both sides fired at one another near the Milak post on Sunday.'), 'border-clash');
  assert.equal(
    type('Snage dviju zemalja razmijenile su tešku pješadijsku i artiljerijsku vatru kod Milaka.'),
    'border-clash',
  );
  assert.equal(type('The Taliban captured the second provincial capital on Saturday.'), 'takeover');
  assert.equal(type('Taliban merebut sebuah pos perbatasan pada hari Kamis.'), 'takeover');
  assert.equal(type('Hôm thứ Hai, Iran cáo buộc phía Afghanistan giữ nước sông Helmand.'), 'accusation');
});

test('classify: a delegation among those present at a funeral attends it; a delegate who stayed seated for an anthem', () => {
  assert.equal(
    headlineOf('Étaient également présents le vice-Président indien et une délégation des Taliban.'),
    'attends a ceremony',
  );
  assert.equal(
    headlineOf(
      'Entre los asistentes confirmados figuran el primer ministro paquistaní y una delegación de los talibanes.',
    ),
    'attends a ceremony',
  );
  assert.equal(headlineOf('Мулла Барадар присутствовал на церемонии прощания.'), 'attends a ceremony');
  assert.equal(
    headlineOf('Jeudi, le délégué afghan n’a pas quitté son siège pendant l’hymne national iranien.'),
    'stays seated for the anthem',
  );
  assert.equal(
    headlineOf("Jeudi, le délégué afghan n'a pas quitté son siège pendant que l'hymne national iranien retentissait."),
    'stays seated for the anthem',
  );
  assert.equal(
    headlineOf('Taliban hökumətinin nümayəndəsi Əzizülrəhman Mənsur yerində oturmağa davam edib.'),
    'stays seated for the anthem',
  );
  assert.equal(
    headlineOf('عزیزالرحمان منصور هنگام نواخته شدن سرود ملی به احترام نایستاده بود.'),
    'stays seated for the anthem',
  );
  assert.equal(
    headlineOf("The Taliban envoy did not stand for Iran's national anthem."),
    'stays seated for the anthem',
  );
  assert.notEqual(headlineOf('The Taliban leader did not stand for election.'), 'stays seated for the anthem');
});

test('classify: a wall raised on the border, in Italian, German, Arabic, Indonesian, Urdu and Persian', () => {
  for (const s of [
    "Per fermare gli immigrati, l'esercito iraniano ha eretto un muro di cemento lungo oltre 10 chilometri.",
    'Iran hat an der Grenze zu Afghanistan Mauern errichtet.',
    'جرى تشييد جدار يتجاوز طوله 10 كيلومترات على الحدود مع أفغانستان.',
    'Iran sudah membangun tembok perbatasan beberapa ratus meter dari garis perbatasan.',
    'افغانستان سے ملحق سرحد پر ایران نے ۱۰ کلومیٹر طویل دیوار بنا لی ہے۔',
    'در فاصله چند صد متری مرز افغانستان دیوارهایی برای مقابله با قاچاقچیان ساخته شده است.',
  ])
    assert.equal(headlineOf(s), 'builds on the border', s);
});

test('classify: a consulate stormed, visas issued or stopped (Persian), a meeting convened (Chinese)', () => {
  assert.equal(headlineOf('یورش گروهی به کنسولگری ایران در شهر هرات در روز دوشنبه ۲۲ فروردین'), 'attack');
  assert.equal(
    headlineOf('سفارت ایران در کابل از تاریخ 4 شهریور صدور روادید رایگان دوبار ورود را آغاز کردند'),
    'border crossing',
  );
  assert.equal(headlineOf('از صبح فردا صدور روادید اربعین متوقف خواهد شد'), 'border crossing');
  assert.equal(headlineOf('第一次阿富汗邻国外长会于9月8日以视频方式召开'), 'meets');
});

test('classify: forces moved to the border are a show of force, in English, Arabic and Persian', () => {
  for (const s of [
    'Videos showed the Taliban moving a large military force to Islam Qala, a border town.',
    'أظهر مقطع قيام القوات المسلحة الإيرانية بإرسال تعزيزات عسكرية نحو حدودها مع أفغانستان',
    'پایگاه ۲۰۷ ارتش طالبان خودروهای نظامی، تانک‌ها و نفربرهایش را به مرز اسلام‌قلعه گسیل کرد.',
  ])
    assert.equal(headlineOf(s), 'deploys forces to the border', s);
  assert.notEqual(
    headlineOf('The ministry sent a team to the border to count the returnees.'),
    'deploys forces to the border',
  );
});

test('classify: water let go and dam gates opened (Persian, Bengali), flights opened or stopped (Turkish, Azerbaijani)', () => {
  assert.equal(headlineOf('هفته پیش طالبان تنها بخشی از حقابه ایران از رود هیرمند را رها کردند.'), 'releases water');
  assert.equal(
    headlineOf('رسانه‌ها خبر دادند که طالبان دریچه‌های بند کمال‌خان را به طرف ایران گشوده‌اند.'),
    'releases water',
  );
  assert.equal(headlineOf('বাঁধের দরজা খোলা হয় গত মঙ্গলবার, আর সেখান থেকে পানি ইরানের দিকে যায়।'), 'releases water');
  assert.equal(
    headlineOf(
      'İran’ın Kiş Havayolları’na ait Kandehar-Meşhed seferleri dün Kandehar Havalimanı’nda bir törenle açıldı.',
    ),
    'border crossing',
  );
  assert.equal(headlineOf('İran Mülki Aviasiya Təşkilatı Kabilə reysləri dayandırmışdı.'), 'border crossing');
});

test('classify: a protest held, in Azerbaijani, Uzbek, Hindi, Bengali and Urdu', () => {
  for (const s of [
    'Əfqan qadınlar “Taliban” hərəkatına qarşı Qum şəhərinin küçələrində etiraz aksiyası keçiriblər.',
    'Afg‘on ayollari Qum shahrida namoyish o‘tkazdi.',
    'अफगान महिलाओं ने कुम में विरोध प्रदर्शन किया।',
    'আফগান নারীরা কোম শহরে বিক্ষোভ করেন।',
    'افغان خواتین نے قم میں احتجاج کیا۔',
  ])
    assert.equal(headlineOf(s), 'protests', s);
});

test('a dated clause after the main one splits off even when its trigger outranks the main one, a relative one with its name', () => {
  const s =
    'El presidente Raisi dijo el lunes que el asunto se tratará con los talibán, que tomaron el poder en agosto de 2021.';
  const views = splitSubordinate({ text: s, main: true }, findDateMentions(s), knowledge.typeRules);
  assert.equal(views.length, 2);
  assert.equal(classify(views[0]!.text, knowledge.typeRules)?.rule.type, 'statement');
  assert.equal(views[1]!.text.trim(), 'los talibán  que tomaron el poder en agosto de 2021.');
  assert.equal(classify(views[1]!.text, knowledge.typeRules)?.rule.type, 'takeover');
  assert.equal(views[1]!.elided, undefined);
});

test('classify: a summons with a comma after its verb (Arabic), a statement rejected or condemned (Italian, Polish), a visit, a meeting, a border fortified', () => {
  const typeOf = (t: string) => classify(t, knowledge.typeRules)?.rule.type ?? null;
  assert.equal(typeOf('طهران استدعت، اليوم الثلاثاء، ممثل أفغانستان لديها'), 'accusation');
  assert.equal(
    typeOf('Il ministero degli Esteri iraniano ha rigettato la dichiarazione del governo talebano'),
    'statement',
  );
  assert.equal(typeOf('Irańskie komentarze sprowadziły się do potępienia działań Talibanu'), 'statement');
  assert.equal(typeOf('Muttaqi a jugé positive sa visite à Téhéran'), 'visit');
  assert.equal(
    typeOf('In Teheran kommen am Mittwoch die Außenminister der Nachbarländer Afghanistans zusammen'),
    'meeting',
  );
  assert.equal(typeOf('Консультации по Афганистану прошли в Тегеране'), 'meeting');
  assert.equal(
    typeOf('Iran has finished more than 10 kilometers of fortification on its frontier with Afghanistan'),
    'border',
  );
});

test('classify: threats in Spanish, Italian and Portuguese verbs (not the noun), statements, visits, meetings, arrests and a crossing fallen', () => {
  const typeOf = (t: string) => classify(t, knowledge.typeRules)?.rule.type ?? null;
  assert.equal(typeOf('Los talibanes amenazaron el domingo con apoderarse de Irán'), 'threat');
  assert.equal(typeOf('la amenaza de Irán'), null, 'a noun names no act');
  assert.equal(typeOf('Il 13 settembre Ebrahim Rezaei ha riferito che la polizia intende'), 'statement');
  assert.equal(typeOf('Le porte-parole Ebrahim Rezaei a lui aussi déclaré que'), 'statement');
  assert.equal(typeOf('Abdul Rahman Rashid pada Rabu (23/11) meminta para pengungsi menjauhi protes'), 'statement');
  assert.equal(typeOf('Die Taliban-Regierung schickte am 8. Januar ihren Chefdiplomaten in den Iran'), 'visit');
  assert.equal(typeOf('Iran mengundang pemerintahan Taliban ke Teheran'), 'visit');
  assert.equal(typeOf('نشست مشترک استاندار خراسان رضوی با بازرگانان افغان'), 'meeting');
  assert.equal(typeOf('Прошла торжественная церемония открытия железной дороги Герат - Хаф'), 'meeting');
  assert.equal(typeOf('Sily Talibanu v sobotu otvorili paľbu na iránskych pohraničníkov'), 'border-clash');
  assert.equal(typeOf('Der Iran und die Taliban haben drei mutmaßliche Agenten festgenommen'), 'other');
  assert.equal(typeOf('Islam-Qala is the second major border crossing to fall to the Taliban'), 'border');
});

test('classify: a meeting whose verb parts stand around commas (German), an embassy gained in quotes, a visit (Persian), a government unveiled (French)', () => {
  const typeOf = (t: string) => classify(t, knowledge.typeRules)?.rule.type ?? null;
  assert.equal(
    typeOf('In Teheran kommen am Mittwoch die Außenminister der Nachbarländer, ergänzt um Russland, zusammen'),
    'meeting',
  );
  assert.equal(typeOf('Taliban officials "gained control" of the embassy over the weekend'), 'handover');
  assert.equal(typeOf('روز یکشنبه برای بازدید از افغانستان راهی این کشور شدیم'), 'visit');
  assert.equal(typeOf('les talibans ont dévoilé mardi les membres de leur gouvernement'), 'statement');
});

test('classify: migrants returned, exports fallen, forces moved to a border, tankers sent back (Persian), protests (Turkish, French), vigilance raised (Korean), an invitation across commas (Indonesian)', () => {
  const typeOf = (t: string) => classify(t, knowledge.typeRules)?.rule.type ?? null;
  assert.equal(typeOf('328,000 Afghan migrants were returned through the borders of Khorasan Razavi'), 'migration');
  assert.equal(typeOf("Iran's exports to the conflict-hit country have fallen by more than 85 per cent"), 'trade');
  assert.equal(typeOf('The Taliban are seemingly shifting forces to the Iranian border'), 'border');
  assert.equal(typeOf('مقامات طالبان بیش از ۵۰ تانکر پر از تیل ایران را برگرداندند'), 'trade');
  assert.equal(typeOf("Afganistan'ın pek çok kentinde İran aleyhine gösterilere yol açtı"), 'accusation');
  assert.equal(typeOf('les protestataires dénonçaient les vidéos'), 'accusation');
  assert.equal(typeOf('이란 군 당국은 국경 지대의 경계를 한층 강화했습니다'), 'border');
  assert.equal(
    typeOf('Iran mengundang pemerintahan Imarah Islam Afghanistan, nama yang dipakai Taliban, ke Teheran'),
    'visit',
  );
});
