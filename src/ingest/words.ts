// English word lists, one home for each: every date and clause pattern of the pipeline is built from these
// (as chrono's locales/en/constants.ts). Add a spelling here and every finder that uses the list knows it.
import { persianSpelling, withArabicLetters } from '../lib/scripts';

/** Month names and their abbreviations, 1–12. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Kazakh and Tajik month names, January to December, added to each month's names in FOREIGN_MONTHS. */
const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const TAJIK_MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'май',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
/** The case endings a Kazakh date takes, whichever the vowels and last sound choose ('27 мамырда', on 27 May). */
const KAZAKH_DATE_ENDINGS = ['да', 'де', 'та', 'те', 'дағы', 'дегі', 'тағы', 'тегі'];
/** A month as Kazakh and Tajik write it, with its case endings and the Tajik izafat ('15 августи'). */
const kazakhAndTajikMonth = (i: number): string[] => [
  KAZAKH_MONTHS[i]!,
  ...KAZAKH_DATE_ENDINGS.map((ending) => KAZAKH_MONTHS[i]! + ending),
  TAJIK_MONTHS[i]!,
  `${TAJIK_MONTHS[i]!}и`,
];

/** Greek months, as a date writes them ('27 Φεβρουαρίου 2023') and as a heading names them. */
const GREEK_MONTHS = [
  ['ιανουαρίου', 'ιανουάριος'],
  ['φεβρουαρίου', 'φεβρουάριος'],
  ['μαρτίου', 'μάρτιος'],
  ['απριλίου', 'απρίλιος'],
  ['μαΐου', 'μάιος'],
  ['ιουνίου', 'ιούνιος'],
  ['ιουλίου', 'ιούλιος'],
  ['αυγούστου', 'αύγουστος'],
  ['σεπτεμβρίου', 'σεπτέμβριος'],
  ['οκτωβρίου', 'οκτώβριος'],
  ['νοεμβρίου', 'νοέμβριος'],
  ['δεκεμβρίου', 'δεκέμβριος'],
];

/**
 * Month names of the other languages news pages about Iran and Afghanistan are copied in (Russian, Ukrainian,
 * Bulgarian, German, French, Italian, Spanish, Portuguese, Romanian, Polish, Slovak, Czech, Croatian and Serbian
 * (not 'listopad', October in one and November in the other), Turkish, Azerbaijani in Latin and Cyrillic letters,
 * Uzbek, Kazakh, Tajik, Indonesian, Armenian, Hindi, Bengali; the Iranian and Afghan Persian, the Pashto, the Urdu
 * and the Arabic spellings of the Gregorian months, with the Levantine names), read only beside a day number or a
 * year ('23 августа', '12. März 2022', '15 mars 2023', '03 مئ 2024', '12 يناير 2022', '5 آب/أغسطس 2021').
 */
const FOREIGN_MONTHS: Record<string, number> = Object.fromEntries(
  [
    [
      'yanvar',
      'januára',
      'ledna',
      'leden',
      'ocak',
      'ianuarie',
      'januari',
      'января',
      'январе',
      'січня',
      'јанвар',
      'янв',
      'январь',
      'جنوری',
      'جنورۍ',
      'جنوري',
      'janvier',
      'janv',
      'gennaio',
      'enero',
      'janeiro',
      'januar',
      'jänner',
      'ژانویه',
      'ژانویهٔ',
      'يناير',
      'كانون الثاني',
      'հունվար',
      'հունվարի',
      'जनवरी',
      'জানুয়ারি',
      'siječnja',
      'siječanj',
      'januara',
      'януари',
      'stycznia',
    ],
    [
      'fevral',
      'februára',
      'února',
      'únor',
      'şubat',
      'februarie',
      'februari',
      'февраля',
      'феврале',
      'лютого',
      'феврал',
      'фев',
      'февраль',
      'فبروری',
      'فبرورۍ',
      'فبروري',
      'février',
      'févr',
      'fevrier',
      'febbraio',
      'febrero',
      'fevereiro',
      'februar',
      'فوریه',
      'فوریهٔ',
      'فبراير',
      'شباط',
      'փետրվար',
      'փետրվարի',
      'फ़रवरी',
      'ফেব্রুয়ারি',
      'फरवरी',
      'veljače',
      'veljača',
      'februara',
      'февруари',
      'lutego',
    ],
    [
      'mart',
      'marec',
      'března',
      'březen',
      'martie',
      'maret',
      'марта',
      'марте',
      'березня',
      'мар',
      'март',
      'مارچ',
      'mars',
      'marzo',
      'março',
      'märz',
      'mär',
      'maerz',
      'مارس',
      'آذار',
      'մարտ',
      'մարտի',
      'मार्च',
      'মার্চ',
      'ožujka',
      'ožujak',
      'marta',
      'marca',
    ],
    [
      'aprel',
      'apríla',
      'apríl',
      'dubna',
      'duben',
      'nisan',
      'aprilie',
      'апреля',
      'апреле',
      'квітня',
      'апрел',
      'апр',
      'апрель',
      'اپریل',
      'اپرېل',
      'avril',
      'avr',
      'aprile',
      'abril',
      'آوریل',
      'أبريل',
      'ابريل',
      'إبريل',
      'نيسان',
      'ապրիլ',
      'ապրիլի',
      'अप्रैल',
      'এপ্রিল',
      'travnja',
      'travanj',
      'aprila',
      'kwietnia',
    ],
    [
      'mayıs',
      'mája',
      'máj',
      'května',
      'květen',
      'mei',
      'мая',
      'мае',
      'травня',
      'мај',
      'май',
      'mai',
      'maggio',
      'mayo',
      'maio',
      'مه',
      'مهٔ',
      'می',
      'مئی',
      'مئ',
      'مايو',
      'أيار',
      'ايار',
      'մայիս',
      'մայիսի',
      'मई',
      'মে',
      'svibnja',
      'svibanj',
      'maja',
    ],
    [
      'iyun',
      'júna',
      'jún',
      'června',
      'červen',
      'haziran',
      'iunie',
      'июня',
      'июне',
      'червня',
      'ијун',
      'июн',
      'июнь',
      'جون',
      'juin',
      'giugno',
      'junio',
      'junho',
      'juni',
      'ژوئن',
      'يونيو',
      'يونيه',
      'حزيران',
      'հունիս',
      'հունիսի',
      'जून',
      'জুন',
      'lipnja',
      'lipanj',
      'juna',
      'czerwca',
    ],
    [
      'iyul',
      'júla',
      'júl',
      'července',
      'červenec',
      'temmuz',
      'iulie',
      'июля',
      'июле',
      'липня',
      'ијул',
      'июл',
      'июль',
      'جولای',
      'جولائی',
      'juillet',
      'juil',
      'luglio',
      'julio',
      'julho',
      'juli',
      'ژوئیه',
      'ژوئیهٔ',
      'يوليو',
      'يوليه',
      'تموز',
      'հուլիս',
      'հուլիսի',
      'जुलाई',
      'জুলাই',
      'srpnja',
      'srpanj',
      'jula',
      'lipca',
    ],
    [
      'avqust',
      'srpna',
      'srpen',
      'avgust',
      'ağustos',
      'agustus',
      'августа',
      'августе',
      'серпня',
      'авг',
      'август',
      'اگست',
      'août',
      'aout',
      'agosto',
      'اوت',
      'آگوست',
      'أغسطس',
      'اغسطس',
      'آب',
      'օգոստոս',
      'օգոստոսի',
      'अगस्त',
      'আগস্ট',
      'kolovoza',
      'kolovoz',
      'avgusta',
      'augusta',
      'sierpnia',
    ],
    [
      'sentyabr',
      'září',
      'sentabr',
      'eylül',
      'septembrie',
      'сентября',
      'сентябре',
      'вересня',
      'сентјабр',
      'сен',
      'сентябрь',
      'سپتمبر',
      'ستمبر',
      'septembre',
      'settembre',
      'septiembre',
      'setembro',
      'سپتامبر',
      'سبتمبر',
      'أيلول',
      'ايلول',
      'սեպտեմբեր',
      'սեպտեմբերի',
      'सितंबर',
      'সেপ্টেম্বর',
      'सितम्बर',
      'rujna',
      'rujan',
      'septembra',
      'септември',
      'września',
    ],
    [
      'oktyabr',
      'októbra',
      'október',
      'října',
      'říjen',
      'oktabr',
      'ekim',
      'octombrie',
      'октября',
      'октябре',
      'жовтня',
      'октјабр',
      'окт',
      'октябрь',
      'اکتوبر',
      'octobre',
      'ottobre',
      'octubre',
      'outubro',
      'oktober',
      'okt',
      'ott',
      'اکتبر',
      'أكتوبر',
      'اكتوبر',
      'تشرين الأول',
      'հոկտեմբեր',
      'հոկտեմբերի',
      'अक्टूबर',
      'অক্টোবর',
      'अक्तूबर',
      'oktobra',
      'октомври',
      'października',
    ],
    [
      'noyabr',
      'kasım',
      'noiembrie',
      'ноября',
      'ноябре',
      'листопада',
      'нојабр',
      'ноя',
      'ноябрь',
      'نومبر',
      'novembre',
      'noviembre',
      'novembro',
      'نوامبر',
      'نوفمبر',
      'تشرين الثاني',
      'նոյեմբեր',
      'նոյեմբերի',
      'नवंबर',
      'নভেম্বর',
      'नवम्बर',
      'studenoga',
      'studenog',
      'novembra',
      'ноември',
    ],
    [
      'dekabr',
      'prosince',
      'prosinec',
      'aralık',
      'decembrie',
      'desember',
      'декабря',
      'декабре',
      'грудня',
      'дек',
      'декабрь',
      'декабр',
      'دسمبر',
      'décembre',
      'decembre',
      'dicembre',
      'diciembre',
      'dezembro',
      'dezember',
      'dez',
      'déc',
      'dic',
      'دسامبر',
      'ديسمبر',
      'كانون الأول',
      'դեկտեմբեր',
      'դեկտեմբերի',
      'दिसंबर',
      'ডিসেম্বর',
      'दिसम्बर',
      'prosinca',
      'prosinac',
      'decembra',
      'декември',
      'grudnia',
    ],
  ]
    .map((names, i) => [...names, ...kazakhAndTajikMonth(i), ...GREEK_MONTHS[i]!])
    // Arabic names typed with Persian yeh and kaf ('۲۴ أبریل ۲۰۲۲'), as Iranian sites' Arabic pages do.
    .flatMap((names, i) =>
      [...new Set(names.flatMap((name) => [name, persianSpelling(name)]))].map((name) => [name, i + 1] as const),
    ),
);

/** 0 = Sunday … 6 = Saturday, with short forms. */
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};

/** Counting words up to the numbers news text spells out. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  couple: 2,
  few: 3,
  several: 3,
};

/** Ordinals used for weeks of a month; -1 is the last. */
export const WEEK_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/** Ordinal words an anniversary is counted in ('the first anniversary of the takeover'). */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

export type Part = 'early' | 'mid' | 'late';

/** 'early', 'the beginning of', 'mid', 'the end of' … : which third of a month or year. */
const PARTS: Record<string, Part> = {
  early: 'early',
  'early in': 'early',
  'the beginning of': 'early',
  'beginning of': 'early',
  'the start of': 'early',
  'start of': 'early',
  mid: 'mid',
  'middle of': 'mid',
  'the middle of': 'mid',
  'mid-': 'mid',
  late: 'late',
  'late in': 'late',
  'the end of': 'late',
  'end of': 'late',
};

/** Seasons as month spans (northern hemisphere; winter spans two years and is left out). */
export const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
};

/** Verbs that report speech: a sentence built on one reports what someone said. */
export const SPEECH_VERBS = [
  'said',
  'says',
  'say',
  'stated',
  'states that',
  'told',
  'tells',
  'noted',
  'notes that',
  'added',
  'adds',
  'warned',
  'warns',
  'voiced',
  'believes',
  'stressed',
  'stresses',
  'emphasised',
  'emphasized',
  'underlined',
  'underscored',
  'pointed out',
  'announced',
  'declared',
  'insisted',
  'argued',
  'claimed',
  'averred',
  'remarked',
  'tweeted',
  'wrote',
  'confirmed',
  'reiterated',
  'reaffirmed',
  // Persian (Dari and Farsi): 'said', 'announced', 'added', 'wrote'
  // 'says', 'say': Dari news reports statements in the present ('مجاهد می‌گوید: …')
  'می‌گوید',
  'می‌گویند',
  'گفته است',
  'گفته',
  'گفت',
  'اعلام کرده است',
  'اعلام کرده',
  'اعلام کرد',
  'افزود',
  'نوشت',
  // Arabic: 'said', 'announced', 'stated', 'added', with the 'and' that joins them to what comes before
  'قال',
  'وقال',
  'قالت',
  'وقالت',
  'أعلن',
  'وأعلن',
  'أعلنت',
  'وأعلنت',
  'صرح',
  'وصرح',
  'أضاف',
  'وأضاف',
  'اعلن',
  'واعلن',
  'اعلنت',
  'واعلنت',
  'اضاف',
  'واضاف',
];

/** Lines of a site's navigation bar ('Main Menu', Persian 'search'). */
export const NAVIGATION_LABELS = [
  'main menu',
  'menu',
  'navigation',
  'search',
  'skip to content',
  'skip to main content',
  'close this search box',
  'جستجو',
  'منو',
  'بحث',
];

/**
 * 'He'/'she' opening a sentence in other languages: Persian, Pashto, Urdu, Russian, German, French (the French 'Il'
 * only before its verb: Italian 'Il ministro' is 'the minister').
 */
export const FOREIGN_PRONOUN_SUBJECTS = [
  'او',
  'وی',
  'هغه',
  'انہوں نے',
  'Он',
  'Она',
  'Er',
  'Il a',
  'Il avait',
  'Il est',
  "Il s'est",
  'Il s’est',
  'Elle',
];

/** 'Related', 'Read also' in other languages: a list of other stories, above the story or closing it. */
export const FOREIGN_RELATED_LABELS = [
  'mavzuga oid',
  'похожие новости',
  'читайте также',
  'по теме',
  'другие новости',
  'ilgili haberler',
  'benzer haberler',
  'əlaqəli xəbərlər',
  'oxşar xəbərlər',
  'mehr zum thema',
  'lesen sie auch',
  'das könnte sie auch interessieren',
  'à lire aussi',
  'lire aussi',
  'sur le même sujet',
  'leggi anche',
  'articoli correlati',
  'noticias relacionadas',
  'lee también',
  'te puede interesar',
  'baca juga',
  'berita terkait',
  'اخبار مرتبط',
  'مطالب مرتبط',
  'خبرهای مرتبط',
  'بیشتر بخوانید',
  'اقرأ أيضا',
  'أخبار ذات صلة',
  'مزید پڑھیں',
  'متعلقہ خبریں',
  'اړوند خبرونه',
];

/** Words of a border trigger that tell of reopening (a crossing, visas, flights) rather than closing, in the
 * languages whose triggers the event types hold. */
export const REOPENING_WORDS = [
  'reopen',
  // 'lifted a ban on fuel exports', 'eased the restrictions on trucks'
  'lifted',
  'lifts',
  'eased',
  'eases',
  'removed',
  'removes',
  're-open',
  'opened again',
  'resum',
  'back in operation',
  'restart',
  'открыл',
  'открыт',
  'возобнов',
  'боз',
  'geöffnet',
  'öffne',
  'rouvert',
  'réouverture',
  'reabrió',
  'reapertura',
  'açtı',
  'açıldı',
  'بازگشایی',
  'فتح',
];

/** A news ticker's label, after which a site shows its clock or its latest item's time, not the story's day. */
export const TICKER_LABELS = [
  'latest news',
  'breaking news',
  'breaking',
  'just in',
  'تازه خبر',
  'تازه خبرونه',
  'آخرین خبر',
  'آخرین اخبار',
  'اخبار فوری',
  'خبر فوری',
  'تازہ ترین',
  'عاجل',
  'آخر الأخبار',
  'son dakika',
  'последние новости',
  'срочно',
  'eilmeldung',
  'dernière minute',
  'dernières nouvelles',
  'ultima ora',
  'ultime notizie',
  'última hora',
];

/** 'last Thursday', 'past Saturday, November 4': a day named as gone by before the day of writing. */
export const LAST_BEFORE = /^(?:last|previous|past)\b/i;
/**
 * A weekday named as gone by in other languages, by a word after it ('الجمعة الماضي', 'جمعه گذشته', 'vendredi
 * dernier', 'el viernes pasado', 'venerdì scorso', 'sábado passado') or before it ('am vergangenen Freitag', 'el
 * pasado viernes', 'lo scorso venerdì', 'в прошлую пятницу', 'geçen cuma').
 */
export const GONE_AFTER_WEEKDAY = [
  'الماضي',
  'الماضية',
  'گذشته',
  'dernier',
  'passé',
  'pasado',
  'scorso',
  'passato',
  'passado',
];
export const GONE_BEFORE_WEEKDAY = [
  'vergangenen',
  'letzten',
  'el pasado',
  'lo scorso',
  'no passado',
  'в прошлую',
  'в прошлый',
  'в прошлое',
  'geçen',
  'geçtiğimiz',
  // Hindi, Bengali
  'पिछले',
  'बीते',
  'গত',
];
/** 'next Wednesday': a day named as still to come in the week after the day of writing. */
export const NEXT_BEFORE = /^next\b/i;

/** 'up 50 per cent compared with last year': the date a figure is measured against, not when anything happened. */
export const COMPARED_WITH_BEFORE =
  /(?<![\p{L}])(?:compared (?:with|to)|in comparison (?:with|to)|than (?:in|during)|versus|vs\.?|as against|en comparación con|comparado con|par rapport à|comparé à|rispetto a(?:l|llo|lla)?|im Vergleich zu(?:m)?|gegenüber|نسبت به|در مقایسه با|مقارنة (?:ب|مع)|по сравнению с|geçen yılın aynı dönemine göre)\s+(?:the\s+)?(?:same\s+(?:period|time)\s+(?:of|in)\s+)?$/iu;

/** 'deport two million by the end of March 2025': a deadline or target just before a date, a time still ahead. */
export const DEADLINE_BEFORE =
  /(?<!\p{L})(?:by|until|till|no later than|deadline(?: of| for| set for)?|jusqu['’]au|échéance(?: fixée)? (?:au|du)|date butoir(?: du| fixée au)?|bis(?: zum)?|hasta el|entro il|fino al|к|до|ко дню|بحلول|sampai(?: dengan)?|hingga|paling lambat|batas waktu)\s+$/iu;

/** 'by the end of this year (': a deadline that the date in the brackets after it explains. */
export const DEADLINE_EXPLAINED =
  /\b(?:by|until|before)\s+the\s+end\s+of\s+(?:this|the|next)\s+(?:\p{L}+\s+)?(?:year|month)\s*\(\s*$/iu;

/** 'elections scheduled for June 28', 'fijadas para el 28 de junio': the day a plan is set for, not one reported. */
export const PLANNED_FOR_BEFORE =
  /(?<!\p{L})(?:scheduled|set|slated|planned|fixed|due)\s+(?:for|on)(?:\s+the)?\s+$|(?<!\p{L})(?:fijad|previst|programad|marcad)[oa]s?\s+para\s+(?:el\s+)?$|(?<!\p{L})prévue?s?\s+(?:pour\s+)?(?:le\s+)?$|(?<!\p{L})(?:geplant|angesetzt|vorgesehen|anberaumt)\s+(?:für\s+)?(?:den\s+)?$|(?<!\p{L})(?:previst|fissat|programmat)[eaio]\s+(?:per\s+)?(?:il\s+)?$|(?<!\p{L})(?:zaplanowan[eay]|wyznaczon[eay])\s+na\s+$|(?<!\p{L})gepland\s+(?:voor|op)\s+$|(?<!\p{L})(?:назначен|запланирован)\p{L}*\s+на\s+$/iu;

/** Words that put a clause in the future: a plan, not (yet) a happening. */
export const FUTURE_MARKERS = [
  'will',
  // Persian: 'is to' (Iranian and Dari), 'will'
  'قرار است',
  // Persian and Arabic 'tomorrow', with a present that stands for the future ('فردا سه‌شنبه انجام می‌شود')
  'فردا',
  'غدا',
  'بنا است',
  'بناست',
  // 'the plan is that … be handed over on Sunday next week'
  'برنامه بر این است',
  'برنامه این است',
  // 'is held', 'hosts': the present of a meeting's verbs stands for the future ('روز چهارشنبه … برگزار می‌شود')
  'برگزار می‌شود',
  // ('is convened': 'نشست … در ۸ جون در تهران تشکیل می‌شود', Dari 'دایر می‌شود'; spellings without the joiner are
  // made from these)
  'تشکیل می‌شود',
  'دایر می‌شود',
  'میزبانی می‌کند',
  'خواهد',
  'خواهند',
  'shall',
  'is to',
  'are to',
  'is due to',
  'are due to',
  // a plan told in a participle ('the third summit, due to take place in Doha')
  'due to take place',
  'due to be held',
  'set to take place',
  'set to be held',
  'scheduled to take place',
  'scheduled to be held',
  'slated to take place',
  'plan to',
  'plans to',
  'planning to',
  'is scheduled',
  'are scheduled',
  'is expected to',
  'are expected to',
  'upcoming',
  'would travel',
  // The future as reported ('told TASS that Kazan would host the talks on September 29').
  'would host',
  'would be held',
  'would hold',
  'would take place',
  'would visit',
  'would attend',
  'is set to',
  'are set to',
  'is slated to',
  'are slated to',
  'is going to',
  'are going to',
  'is preparing to',
  'are preparing to',
  'prepares to',
  'prepare to',
  'intends to',
  'intend to',
  'gets ready to',
  // Arabic 'will' ('سوف'), 'is scheduled' ('من المقرر', 'المزمع'), and the future of the verbs news uses most
  // ('سيكتمل في 31 أغسطس', will be completed on 31 August)
  'سوف',
  'من المقرر',
  'المزمع',
  'سيتم',
  'ستتم',
  'سيكتمل',
  'سيعقد',
  'ستعقد',
  'سيزور',
  'ستزور',
  'سيلتقي',
  'سيبدأ',
  'ستبدأ',
  'سيصل',
  'سيجري',
  'ستجري',
  'سيقوم',
  'ستقوم',
  'سيكون',
  'ستكون',
  // 'is expected to' ('يُنتظر أن ينتهي الانسحاب بحلول 11 سبتمبر', the withdrawal is expected to end by 11 September)
  'ينتظر أن',
  'من المنتظر أن',
  'من المتوقع أن',
  'would be the venue',
  'wants to host',
  'wanted to host',
  // Russian 'will take place', 'will be' ('состоится 27 октября в Тегеране')
  'состоится',
  'состоятся',
  'пройдет',
  'пройдёт',
  'будет',
  'будут',
  // Hindi's future of the verbs news uses most ('हवाले कर देगा', will hand over)
  'करेगा',
  'करेगी',
  'करेंगे',
  'देगा',
  'देगी',
  'देंगे',
  'होगा',
  'होगी',
  'होंगे',
  'जाएगा',
  'जाएगी',
  'जाएंगे',
  'जायेगा',
  'जायेगी',
  'जायेंगे',
  // Italian, Spanish, Portuguese and French: the future of the verbs news uses most ('La riunione si terrà il 27
  // ottobre', 'se celebrará', 'será realizada', 'se tiendra')
  'sarà',
  'saranno',
  'si terrà',
  'si terranno',
  'parteciperà',
  'parteciperanno',
  'prenderà parte',
  'prenderanno parte',
  'visiterà',
  'incontrerà',
  'ospiterà',
  'avrà luogo',
  'si svolgerà',
  'si recherà',
  'firmerà',
  'arriverà',
  'será',
  'serán',
  'se celebrará',
  'se celebrarán',
  'participará',
  'participarán',
  'visitará',
  'se reunirá',
  'se reunirán',
  'tendrá lugar',
  'acogerá',
  'viajará',
  'asistirá',
  'asistirán',
  'firmará',
  'llegará',
  'serão',
  'se realizará',
  'participarão',
  'terá lugar',
  'receberá',
  'acolherá',
  'assinará',
  'chegará',
  'se tiendra',
  'se tiendront',
  'aura lieu',
  'auront lieu',
  'participera',
  'participeront',
  'se rendra',
  'rencontrera',
  'accueillera',
  'recevra',
  'visitera',
  'signera',
  'arrivera',
  // German: a plan's 'is to' and the future of taking part and taking place ('teilnehmen wird', 'stattfinden soll')
  'stattfinden wird',
  'stattfinden soll',
  'teilnehmen wird',
  'teilnehmen werden',
  // Urdu 'is about to be' ('23 دسمبر کو تہران میں منعقد ہونے والی ہے', is to be held in Tehran on 23 December)
  'ہونے والی ہے',
  'ہونے والا ہے',
  'ہونے والے ہیں',
];

/**
 * Turkish and Azerbaijani put the future in a suffix ('düzenleneceğini', will be held): the future stems of the verbs
 * a plan's news uses most, matched with any ending. Not the future at large: a reported 'will' ('… göstereceklerini
 * söyledi') sits in sentences about what already happened.
 */
export const FUTURE_STEMS = [
  'düzenlenece',
  'gerçekleştirilece',
  'gerçekleşece',
  'yapılaca',
  'katılaca',
  'ziyaret edece',
  'görüşece',
  'bir araya gelece',
  'ağırlayaca',
  'keçiriləcə',
  'iştirak edəcə',
  'səfər edəcə',
];

/** Past forms that do not end in -ed: in a sentence about a plan, a date after one of them is of the past. */
export const IRREGULAR_PAST_VERBS = [
  'met',
  'spoke',
  'held',
  'took',
  'left',
  'went',
  'came',
  'said',
  'told',
  'hit',
  'struck',
  'began',
  'sent',
  'gave',
  'made',
  'fled',
  'flew',
  'fell',
  'won',
  'wrote',
  'shook',
  'saw',
  'became',
  'brought',
  'broke',
  'fought',
  'sought',
  'led',
];

/** Participles in -ed that speak of a plan ('scheduled for Sunday'), not of a happening. */
export const PLAN_PARTICIPLES = [
  'scheduled',
  'planned',
  'expected',
  'slated',
  'aimed',
  'intended',
  'proposed',
  'postponed',
  'delayed',
  'rescheduled',
  'invited',
  'needed',
];

/** A plan as it stood in the past ('US troops were to leave by May 2021'): neither a happening nor still to come. */
export const PAST_PLAN_MARKERS = [
  'was to',
  'were to',
  'was due to',
  'were due to',
  'was expected to',
  'were expected to',
  'was scheduled to',
  'were scheduled to',
  'was set to',
  'were set to',
  'was supposed to',
  'were supposed to',
  'was planning to',
  'were planning to',
];

/** The present of a timetable ('the conference ends on Wednesday'): it speaks of what is still to come. */
/** Verbs whose present progressive, with a weekday, tells a plan ('is hosting … on Wednesday'). */
export const PROGRESSIVE_PLAN_VERBS = [
  'hosting',
  'holding',
  'convening',
  'meeting',
  'visiting',
  'travelling',
  'traveling',
  'heading',
  'flying',
  'leaving',
  'opening',
  'signing',
];

export const SCHEDULE_PRESENT = [
  'ends on',
  'begins on',
  'starts on',
  'opens on',
  'closes on',
  'runs until',
  'takes place on',
  'kicks off on',
  'wraps up on',
  'is due on',
  'are due on',
  'ends next',
  'begins next',
  'starts next',
  'opens next',
  'ends tomorrow',
  'begins tomorrow',
  'starts tomorrow',
  'opens tomorrow',
  'being held on',
  'to be held on',
  'to be held in',
  'will be held',
];

/** Times too vague to date anything ('recently', 'earlier'). */
export const VAGUE_TIMES = [
  'recently',
  'earlier',
  'previously',
  'lately',
  'in recent days',
  'in recent weeks',
  'in recent months',
  'in the past',
  'had previously',
  'at the time',
  'in the meantime',
  'for years',
  'for decades',
  'long',
  'once',
  'has since',
  'have since',
  'had since',
  'ever since',
];

/** A happening spoken of as still ahead: 'the coming Doha meeting', 'in the run-up to the conference'. */
export const AHEAD_MARKERS = [
  'coming',
  'upcoming',
  'forthcoming',
  'ahead of',
  'run-up to',
  'ready for',
  'preparation for',
  'preparations for',
  // 'a curtain-raiser for the third summit …, due to take place in Doha'
  'curtain-raiser for',
  'curtain raiser for',
  'prelude to',
  'due to take place',
  'due to be held',
  'set to take place',
  'scheduled to take place',
];

/** Nouns of a message ('according to a tweet that he posted on Saturday'): a 'that' after one opens a relative clause. */
export const MESSAGE_NOUNS = [
  'tweet',
  'post',
  'statement',
  'message',
  'letter',
  'video',
  'note',
  'interview',
  'speech',
];

/** Nouns of a document a year can name ('a 2012 bilateral agreement', 'the 1973 treaty'): not a happening's year. */
export const DOCUMENT_NOUNS = [
  'agreement',
  'treaty',
  'accord',
  'deal',
  'convention',
  'pact',
  'memorandum',
  'protocol',
  'law',
  'constitution',
  'resolution',
];

export const SPECULATION_MARKERS = [
  'would',
  'could',
  'might',
  'may have',
  'may be',
  'speculation',
  'speculated',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'ruled out',
  'denied',
  'denies',
  'claimed that',
  'claim that',
  'were reports',
  'reports emerged',
  'amid reports',
  // Denials as other languages write them: 'كذّبت وزارة الخارجية … بشأن تسليم السفارة'.
  'كذبت',
  'كذّبت',
  'نفت',
  'نفى',
  'تنفي',
  'ينفي',
  'تکذیب',
  'تكذيب',
  'رد کرد',
  'опроверг',
  'опровергл',
  'опровергает',
  'démenti',
  'dément',
  'desmintió',
  'desmiente',
  'negó',
  'smentito',
  'smentisce',
  'negou',
  'desmentiu',
  'dementiert',
  'dementierte',
  'bestritt',
  'yalanladı',
];

/** Words that report an office-holder leaving or taking office: the term's edge in data/anchors.json is their date. */
export const LEAVING_OFFICE = [
  'relieved',
  'dismissed',
  'removed',
  'replaced',
  'stripped',
  'sacked',
  'stepped down',
  'steps down',
  'resigned',
  'ousted',
];
/** What 'dismissed', 'removed' say when no one leaves office ('dismissed claims that …', 'removed the obstacles'). */
export const NOT_LEAVING_OFFICE = [
  '\\b(?:dismissed|dismisses|rejected) (?:the |these |such |as )?(?:[\\w-]+ ){0,2}(?:claims?|reports?|accounts?|allegations?|accusations?|rumou?rs?|concerns?|criticism|suggestions?|speculation)',
  // 'demands that the minister be dismissed': a call, not a dismissal
  '\\bbe (?:dismissed|removed|sacked|replaced)',
  '\\bremoved (?:the |all )?(?:obstacles?|barriers?|flags?|restrictions?)',
];
/** 'then' joining two happenings in other languages ('… في 8 أكتوبر، ثم ضربها في 11 أكتوبر …'). */
export const THEN_WORDS = [
  'ثم',
  'سپس',
  'بعد از آن',
  'затем',
  'потом',
  'puis',
  'luego',
  'y luego',
  'dann',
  'danach',
  'poi',
  'depois',
  'ardından',
  'sonra',
];

/** 'The day before yesterday' ('پرسوں' is left out: Urdu says it of the day after tomorrow too). */
export const DAY_BEFORE_YESTERDAY = [
  'the day before yesterday',
  'önceki gün',
  'evvelki gün',
  'позавчера',
  'avant-hier',
  'anteayer',
  'antier',
  'vorgestern',
  "l'altro ieri",
  'l’altro ieri',
  "l'altroieri",
  'altroieri',
  'anteontem',
  'przedwczoraj',
  'eergisteren',
  'پریروز',
  'پریروز',
  'أول أمس',
  'أمس الأول',
  'أول من أمس',
  'اول أمس',
  'اول امس',
  'أول امس',
];

/** A number's thousands written as a word ('14 ہزار 480', '14 هزار و 480', '14 ألف و480', '14 тысяч 480', '14 bin 480'). */
export const THOUSAND_WORDS = [
  'ہزار',
  'هزار',
  'ألف',
  'الف',
  'آلاف',
  'тысяч',
  'тысячи',
  'тысяча',
  'bin',
  'mil',
  'Tausend',
];

export const TAKING_OFFICE = [
  // With the space before it: 'the Taliban-appointed foreign minister' is a title, not the appointment.
  ' appointed',
  'sworn in',
  'took office',
  'assumed office',
  'approved as',
  'confirmed as',
  'vote of confidence',
];

/** Words that open a byline, which may carry the stamp ('By Fidel Rahmati …, May 16, 2023', 'Tradução Filipe …, 3 de agosto de 2022'). */
export const BYLINE_OPENERS = [
  'By',
  'Por',
  'Par',
  'Von',
  'Di',
  'Translated by',
  'Translation',
  'Tradução',
  'Traducción',
  'Traduction',
  'Traduzione',
];

/** Labels in front of a site's clock, the day of the copy: 'Today: Saturday, 18 May 2024'. */
export const TODAY_LABELS = ['today', 'امروز', 'сегодня', 'heute', "aujourd'hui", 'aujourd’hui'];
/** Months of the Islamic lunar calendar: a site's bar gives the day in it beside the Solar and the Gregorian one. */
export const LUNAR_HIJRI_MONTHS = [
  ...['محرم', 'صفر', 'ربیع‌الاول', 'ربیع الاول', 'ربيع الأول', 'ربیع‌الثانی', 'ربیع الثانی', 'ربيع الآخر'],
  ...['ربيع الثاني', 'جمادی‌الاول', 'جمادی الاول', 'جمادی الاولی', 'جمادى الأولى', 'جمادی‌الثانی', 'جمادی الثانی'],
  ...['جمادی الآخر', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذی‌القعده', 'ذی القعده', 'ذیقعده'],
  ...['ذو القعدة', 'ذی‌الحجه', 'ذی الحجه', 'ذیحجه', 'ذو الحجة'],
];
/** 'Today is …' before the site's clock, with no colon: '今天是 2025年07月01日 星期二'. */
export const TODAY_IS = ['今天是', '今日は', '오늘은'];

/** 'at' before a clock in a stamp ('13 ثور 1403 ساعت 17:25', '18.08.2021 saat 13:36'). */
export const CLOCK_WORDS = ['at', 'ساعت', 'الساعة', 'saat', 'um', 'à', 'alle', 'a las', 'в', 'o', 'kl.'];
/** Labels of a later edit's stamp: beside the publication date on one line, that date wins. */
export const UPDATE_LABELS = [
  'updated',
  'last updated',
  'last updated on',
  'last modified',
  'modified',
  'обновлено',
  'aktualisiert',
  'mis à jour le',
  'mis à jour',
  'aggiornato',
  'actualizado',
  'güncelleme',
  'son güncelleme',
  'güncellenme',
  'son güncellenme',
];
/** Labels in front of a page's own date stamp. */
export const STAMP_LABELS = [
  ...UPDATE_LABELS,
  'date',
  'published',
  'published on',
  'publish date',
  'posted',
  'posted on',
  'first published',
  'created',
  'release date',
  'dated',
  // Swissinfo's wire pages, and the sites that copy them.
  'this content was published on',
  'this content was released on',
  // Other languages: Persian, Urdu, Russian, German, French, Italian, Spanish, Turkish, Azerbaijani.
  'تاریخ انتشار',
  'زمان انتشار',
  'انتشار',
  'منتشر شده',
  'شائع',
  'опубликовано',
  'дата публикации',
  'veröffentlicht',
  'publié le',
  'publié',
  'pubblicato il',
  'pubblicato',
  'publicado',
  'yayınlanma tarihi',
  'yayınlanma',
  // Turkish and Azerbaijani 'date:' ('Tarix: 23-08-2021, 21:51')
  'tarih',
  'tarix',
];

/** Nouns that name a happening a later sentence can refer back to ('During the meeting, …'). */
export const HAPPENING_NOUNS = [
  'meeting',
  'meetings',
  'talks',
  'visit',
  'trip',
  'call',
  'phone call',
  'conversation',
  'session',
  'ceremony',
  'conference',
  'summit',
  'interview',
  'negotiations',
  'discussions',
  'consultations',
  'gathering',
  'event',
  'clash',
  'clashes',
  'fighting',
  'incident',
  'attack',
  'bombing',
  'explosion',
  'blast',
  'protest',
  'protests',
  'statement',
  'speech',
  'press conference',
  'news conference',
  'briefing',
  'deal',
  'agreement',
];

/** Escapes a word for a regular expression. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of the words, longest first, so 'published on' wins over 'published'. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** 'Jan', 'Sept': the abbreviated month names ('May', 'June' and 'July' are whole). */
const isMonthAbbreviation = (m: string) => m.length <= 4 && m !== 'may' && m !== 'june' && m !== 'july';

/** Month names as a pattern; abbreviations may end in a full stop ('Jan.', 'Sept.'). */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => (isMonthAbbreviation(m) ? `${m}\\.?` : m))
  .join('|');

/** 'Nov', 'Sept': the English abbreviations, which Spanish and Portuguese pages also write ('16 de Nov.'). */
export const ENGLISH_MONTH_ABBREVIATION_PATTERN = alternation(Object.keys(MONTHS).filter(isMonthAbbreviation));

export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));

/** ', who …', ', que …', ', который …': a relative clause opens after a comma, about the name before it. */
export const RELATIVE_PRONOUNS = [
  'who',
  'which',
  'que',
  'qui',
  'quien',
  'quienes',
  'che',
  'который',
  'которая',
  'которое',
  'которые',
  'الذي',
  'التي',
  'الذين',
];

/** Each word as written and with a capital, as it opens a sentence ('Dimanche, le ministre …'). */
function withCapitals<T>(words: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(words).flatMap(([w, v]) => [
      [w, v],
      [w[0]!.toUpperCase() + w.slice(1), v],
    ]),
  );
}

/** A time of day glued to a weekday: German 'Sonntagabend', Dutch 'zondagavond', Persian 'جمعه‌شب' (with the joiner). */
export const WEEKDAY_TIME_SUFFIXES = [
  '\u200cشب',
  '\u200cصبح',
  '\u200cظهر',
  '\u200cعصر',
  'morgen',
  'vormittag',
  'mittag',
  'nachmittag',
  'abend',
  'nacht',
  'ochtend',
  'middag',
  'avond',
];

/** The first words of the Persian and Pashto weekdays that end in 'شنبه' (Saturday), and the weekday each makes. */
const PERSIAN_WEEKDAY_HEADS: Record<string, number> = {
  یک: 0,
  دو: 1,
  دوه: 1,
  سه: 2,
  سې: 2,
  درې: 2,
  چهار: 3,
  څلور: 3,
  پنج: 4,
  پنځ: 4,
};

/**
 * Weekdays of the other languages: Persian script (Dari and Farsi, with and without the zero-width joiner),
 * Arabic, German, Turkish ('Pazar' only as 'Pazar günü': alone it is also a market), Russian (as after 'в': 'в среду'),
 * Hindi, Bengali and the languages of Europe.
 */
const FOREIGN_WEEKDAYS: Record<string, number> = {
  Sonntag: 0,
  Montag: 1,
  Dienstag: 2,
  Mittwoch: 3,
  Donnerstag: 4,
  Freitag: 5,
  Samstag: 6,
  // the north's word for Saturday ('am Sonnabend')
  Sonnabend: 6,
  // French, Italian, Spanish, Dutch, Norwegian, Polish and Romanian ('Domingo' is also a name: lower case only)
  ...withCapitals({
    lundi: 1,
    mardi: 2,
    mercredi: 3,
    jeudi: 4,
    vendredi: 5,
    samedi: 6,
    dimanche: 0,
    lunedì: 1,
    martedì: 2,
    mercoledì: 3,
    giovedì: 4,
    venerdì: 5,
    sabato: 6,
    domenica: 0,
    lunes: 1,
    miércoles: 3,
    jueves: 4,
    viernes: 5,
    sábado: 6,
    maandag: 1,
    dinsdag: 2,
    woensdag: 3,
    donderdag: 4,
    vrijdag: 5,
    zaterdag: 6,
    zondag: 0,
    mandag: 1,
    tirsdag: 2,
    onsdag: 3,
    torsdag: 4,
    fredag: 5,
    lørdag: 6,
    søndag: 0,
    poniedziałek: 1,
    wtorek: 2,
    środę: 3,
    czwartek: 4,
    piątek: 5,
    sobotę: 6,
    niedzielę: 0,
    miercuri: 3,
    vineri: 5,
    sâmbătă: 6,
    sambata: 6,
    duminică: 0,
    duminica: 0,
    // Slovak and Czech, as they follow 'v', 've' and 'vo' ('v sobotu', 've středu')
    pondelok: 1,
    utorok: 2,
    stredu: 3,
    štvrtok: 4,
    piatok: 5,
    sobotu: 6,
    nedeľu: 0,
    pondělí: 1,
    úterý: 2,
    středu: 3,
    čtvrtek: 4,
    pátek: 5,
    neděli: 0,
    // Portuguese
    'segunda-feira': 1,
    'terça-feira': 2,
    'quarta-feira': 3,
    'quinta-feira': 4,
    'sexta-feira': 5,
  }),
  // Romanian's short weekdays, lower case only ('Joi', 'Luni' are also names)
  luni: 1,
  marți: 2,
  marti: 2,
  joi: 4,
  martes: 2,
  domingo: 0,
  // Hindi
  रविवार: 0,
  सोमवार: 1,
  मंगलवार: 2,
  बुधवार: 3,
  गुरुवार: 4,
  बृहस्पतिवार: 4,
  शुक्रवार: 5,
  शनिवार: 6,
  // Bengali
  রবিবার: 0,
  সোমবার: 1,
  মঙ্গলবার: 2,
  বুধবার: 3,
  বৃহস্পতিবার: 4,
  শুক্রবার: 5,
  শনিবার: 6,
  Pazartesi: 1,
  Salı: 2,
  Çarşamba: 3,
  Perşembe: 4,
  Cuma: 5,
  Cumartesi: 6,
  // … and in lower case mid-sentence with 'günü' ('salı günü', on Tuesday)
  ...withCapitals({
    'pazar günü': 0,
    'pazartesi günü': 1,
    'salı günü': 2,
    'çarşamba günü': 3,
    'perşembe günü': 4,
    'cuma günü': 5,
    'cumartesi günü': 6,
  }),
  // Azerbaijani ('bazar', Sunday, is also a market)
  ...withCapitals({
    'bazar ertəsi': 1,
    'çərşənbə axşamı': 2,
    çərşənbə: 3,
    'cümə axşamı': 4,
    cümə: 5,
    şənbə: 6,
  }),
  // Uzbek (Latin; 'Juma' alone is also a name and the Friday prayer) and Tajik (lower case: 'Душанбе' is the capital)
  ...withCapitals({
    yakshanba: 0,
    dushanba: 1,
    seshanba: 2,
    chorshanba: 3,
    payshanba: 4,
    'juma kuni': 5,
    shanba: 6,
  }),
  якшанбе: 0,
  душанбе: 1,
  сешанбе: 2,
  чоршанбе: 3,
  панҷшанбе: 4,
  ҷумъа: 5,
  шанбе: 6,
  // Vietnamese, capitalised as a weekday is ('thứ hai' in lower case is also 'second')
  'chủ nhật': 0,
  'Chủ nhật': 0,
  'thứ Hai': 1,
  'thứ Ba': 2,
  'thứ Tư': 3,
  'thứ Năm': 4,
  'thứ Sáu': 5,
  'thứ Bảy': 6,
  // Pashto after 'د … په ورځ' ('on Thursday') and Urdu ('پیر' and 'ہفتہ' are also 'saint' and 'week': Monday and
  // Saturday only with 'on', 'کو' or 'کے روز').
  'پیر کو': 1,
  'پیر کے روز': 1,
  'پیر کے دن': 1,
  'ہفتہ کو': 6,
  'ہفتے کو': 6,
  'ہفتہ کے روز': 6,
  'ہفتے کے روز': 6,
  چارشنبې: 3,
  جمعې: 5,
  شنبې: 6,
  اتوار: 0,
  منگل: 2,
  بدھ: 3,
  جمعرات: 4,
  جمعہ: 5,
  воскресенье: 0,
  понедельник: 1,
  вторник: 2,
  среду: 3,
  среда: 3,
  четверг: 4,
  пятницу: 5,
  пятница: 5,
  субботу: 6,
  суббота: 6,
  // Ukrainian ('у понеділок', 'в суботу')
  неділю: 0,
  неділя: 0,
  понеділок: 1,
  вівторок: 2,
  середу: 3,
  середа: 3,
  четвер: 4,
  "п'ятницю": 5,
  'п’ятницю': 5,
  "п'ятниця": 5,
  'п’ятниця': 5,
  суботу: 6,
  субота: 6,
  الأحد: 0,
  الاحد: 0,
  الاثنين: 1,
  الإثنين: 1,
  الثلاثاء: 2,
  الأربعاء: 3,
  الاربعاء: 3,
  الخميس: 4,
  الجمعة: 5,
  السبت: 6,
  // Each written whole, with the joiner, or with a space ('چهار شنبه', Wednesday, is not 'شنبه', Saturday); Pashto
  // spells some of them its own way ('سې شنبه', Tuesday; 'څلورشنبه', Wednesday; 'پنځشنبه', Thursday) and says them
  // after 'د' with 'ې' ('د دو شنبې ورځ', Monday).
  ...Object.fromEntries(
    Object.entries(PERSIAN_WEEKDAY_HEADS).flatMap(([head, n]) =>
      ['', '\u200c', ' '].flatMap((joiner) => ['شنبه', 'شنبې'].map((day) => [`${head}${joiner}${day}`, n])),
    ),
  ),
  جمعه: 5,
  شنبه: 6,
  // Greek, capitalised as a weekday is ('την Κυριακή', on Sunday; lower case 'τρίτη' is also 'third')
  Κυριακή: 0,
  Δευτέρα: 1,
  Τρίτη: 2,
  Τετάρτη: 3,
  Πέμπτη: 4,
  Παρασκευή: 5,
  Σάββατο: 6,
  // Armenian ('շաբաթ', Saturday, is also 'week': only with 'օրը', on the day)
  ...withCapitals({
    կիրակի: 0,
    երկուշաբթի: 1,
    երեքշաբթի: 2,
    չորեքշաբթի: 3,
    հինգշաբթի: 4,
    ուրբաթ: 5,
    'շաբաթ օրը': 6,
  }),
  // Turkmen ('Anna', Friday, is also a name: only with 'güni')
  ...withCapitals({
    ýekşenbe: 0,
    duşenbe: 1,
    sişenbe: 2,
    çarşenbe: 3,
    penşenbe: 4,
    'anna güni': 5,
    şenbe: 6,
  }),
  // Hebrew, with 'on' ('ביום רביעי'); 'שבת' alone is also the Sabbath
  'יום ראשון': 0,
  'ביום ראשון': 0,
  'יום שני': 1,
  'ביום שני': 1,
  'יום שלישי': 2,
  'ביום שלישי': 2,
  'יום רביעי': 3,
  'ביום רביעי': 3,
  'יום חמישי': 4,
  'ביום חמישי': 4,
  'יום שישי': 5,
  'ביום שישי': 5,
  'ביום שבת': 6,
  // Georgian, as said ('ოთხშაბათს', on Wednesday) and named ('კვირა', Sunday, is also 'week': only with 'ს')
  კვირას: 0,
  ორშაბათს: 1,
  ორშაბათი: 1,
  სამშაბათს: 2,
  სამშაბათი: 2,
  ოთხშაბათს: 3,
  ოთხშაბათი: 3,
  ხუთშაბათს: 4,
  ხუთშაბათი: 4,
  პარასკევს: 5,
  პარასკევი: 5,
  შაბათს: 6,
  შაბათი: 6,
  // Malayalam, Gujarati, Telugu, Marathi and Nepali; a vowel sign after the word ('બુધવારે', 'बुधवारी', on
  // Wednesday) is no letter, so the bare name finds it, and Marathi needs only its own Tuesday ('मंगळवार')
  ഞായറാഴ്ച: 0,
  തിങ്കളാഴ്ച: 1,
  ചൊവ്വാഴ്ച: 2,
  ബുധനാഴ്ച: 3,
  വ്യാഴാഴ്ച: 4,
  വെള്ളിയാഴ്ച: 5,
  ശനിയാഴ്ച: 6,
  રવિવાર: 0,
  સોમવાર: 1,
  મંગળવાર: 2,
  બુધવાર: 3,
  ગુરુવાર: 4,
  શુક્રવાર: 5,
  શનિવાર: 6,
  ఆదివారం: 0,
  సోమవారం: 1,
  మంగళవారం: 2,
  బుధవారం: 3,
  గురువారం: 4,
  శుక్రవారం: 5,
  శనివారం: 6,
  मंगळवार: 2,
  आइतबार: 0,
  सोमबार: 1,
  मंगलबार: 2,
  बुधबार: 3,
  बिहीबार: 4,
  शुक्रबार: 5,
  शनिबार: 6,
  // Indonesian, capitalised or in capitals on stamps ('Minggu', Sunday, is also 'week': only with its day in
  // brackets, see dates)
  ...Object.fromEntries(
    Object.entries({ Senin: 1, Selasa: 2, Rabu: 3, Kamis: 4, Jumat: 5, "Jum'at": 5, Sabtu: 6 }).flatMap(([w, n]) => [
      [w, n],
      [w.toUpperCase(), n],
    ]),
  ),
};
export const FOREIGN_WEEKDAY_PATTERN = alternation(withArabicLetters(Object.keys(FOREIGN_WEEKDAYS)));
/**
 * 'axşamı' of 'çərşənbə axşamı' (Tuesday): the second word of a weekday whose first word is another weekday. Not
 * 'günü' of 'cuma günü' (Friday, as 'cuma' is), which leaves 'cümə günü' and 'şənbə günü' their own days.
 */
export const FOREIGN_WEEKDAY_TAILS = [
  ...new Set(
    Object.entries(FOREIGN_WEEKDAYS).flatMap(([name, n]) => {
      const [head, ...tail] = name.split(' ');
      return tail.length && head! in FOREIGN_WEEKDAYS && FOREIGN_WEEKDAYS[head!] !== n ? [tail.join(' ')] : [];
    }),
  ),
];

/**
 * Days counted back from the day of writing ('today', 'yesterday', 'last night'; -1 'tomorrow'), in Persian, Arabic,
 * Pashto, Urdu, Russian and the languages of Europe.
 */
export const FOREIGN_RELATIVE_DAYS: Record<string, 0 | 1 | -1> = {
  اليوم: 0,
  أمس: 1,
  امس: 1,
  امروز: 0,
  'صبح امروز': 0,
  // 'minutes ago', 'hours ago': of the day of writing
  'دقایقی پیش': 0,
  'ساعاتی پیش': 0,
  'دقائق قبل': 0,
  'منذ قليل': 0,
  دیروز: 1,
  имрӯз: 0,
  дирӯз: 1,
  'روز گذشته': 1,
  'شب گذشته': 1,
  دیشب: 1,
  // Pashto ('پرون', 'تېره ورځ' yesterday, 'نن' today, 'سبا' tomorrow) and Urdu ('آج' today, 'گزشتہ روز' yesterday)
  پرون: 1,
  'تېره ورځ': 1,
  'تیره ورځ': 1,
  نن: 0,
  سبا: -1,
  آج: 0,
  'گزشتہ روز': 1,
  // Hindi ('आज' today) and Bengali ('আজ' today, 'গতকাল' yesterday, 'গতরাতে' last night, 'আগামীকাল' tomorrow)
  आज: 0,
  আজ: 0,
  গতকাল: 1,
  গতরাতে: 1,
  আগামীকাল: -1,
  // German, French, Italian, Spanish, Dutch, Norwegian, Polish and Turkish ('hier' is also German 'here',
  // 'Morgen' the morning)
  ...withCapitals({
    heute: 0,
    gestern: 1,
    "aujourd'hui": 0,
    oggi: 0,
    ieri: 1,
    hoy: 0,
    ayer: 1,
    vandaag: 0,
    gisteren: 1,
    'i dag': 0,
    'i går': 1,
    dzisiaj: 0,
    wczoraj: 1,
    bugün: 0,
    dün: 1,
    // Russian, Azerbaijani, Romanian, Portuguese, Indonesian
    сегодня: 0,
    вчера: 1,
    // Ukrainian
    сьогодні: 0,
    вчора: 1,
    'bu gün': 0,
    dünən: 1,
    'ötən gün': 1,
    astăzi: 0,
    azi: 0,
    hoje: 0,
    ontem: 1,
    'hari ini': 0,
    kemarin: 1,
    // French 'hier' only where German 'hier' (here) is not: before a comma or a time of day
    'hier,': 1,
    'hier soir': 1,
    'hier matin': 1,
    'hier après-midi': 1,
    // 'this morning', 'last night' in French, Spanish, Italian, Turkish
    'ce matin': 0,
    'cet après-midi': 0,
    'esta mañana': 0,
    'esta tarde': 0,
    anoche: 1,
    stamattina: 0,
    'questa mattina': 0,
    stanotte: 0,
    'bu sabah': 0,
    'bu akşam': 0,
  } as Record<string, 0 | 1 | -1>),
  завтра: -1,
  Завтра: -1,
  'вчерашним утром': 1,
  'вчерашним вечером': 1,
  'вчерашней ночью': 1,
  morgen: -1,
  demain: -1,
  domani: -1,
  yarın: -1,
  // 'tomorrow'
  فردا: -1,
  غدا: -1,
};

/**
 * 'The next day' (1) and 'the day before' (-1) in other languages: a day counted from the happening a sentence or two
 * before ('次日,阿富汗临时政府作出回应', 'Уже на следующий день …').
 */
export const FOREIGN_DAY_AFTER_OR_BEFORE: Record<string, 1 | -1> = {
  次日: 1,
  翌日: 1,
  第二天: 1,
  前一天: -1,
  前日: -1,
  다음날: 1,
  '다음 날': 1,
  이튿날: 1,
  전날: -1,
  'فردای آن روز': 1,
  'یک روز بعد': 1,
  'یک روز پس از آن': 1,
  'یک روز قبل': -1,
  'یک روز پیش از آن': -1,
  'في اليوم التالي': 1,
  'في اليوم السابق': -1,
  'на следующий день': 1,
  'На следующий день': 1,
  'le lendemain': 1,
  'Le lendemain': 1,
  'la veille': -1,
  'La veille': -1,
  'am nächsten Tag': 1,
  'Am nächsten Tag': 1,
  'am folgenden Tag': 1,
  'Am folgenden Tag': 1,
  'am Vortag': -1,
  'Am Vortag': -1,
  'al día siguiente': 1,
  'Al día siguiente': 1,
  'el día anterior': -1,
  'ertesi gün': 1,
  'Ertesi gün': 1,
  'il giorno dopo': 1,
  'Il giorno dopo': 1,
  'il giorno successivo': 1,
  'अगले दिन': 1,
  'اگلے دن': 1,
  'ایک دن بعد': 1,
};

/**
 * Persian and Urdu counts before 'ماه گذشته' / 'سال پیش' that make a span or a distance of them ('در دو ماه گذشته', in
 * the past two months; 'ایک سال قبل', a year ago).
 */
export const PERIOD_COUNT_WORDS = [
  ...['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'چند'],
  ...['ایک', 'تین', 'پانچ', 'چھ', 'سات', 'آٹھ', 'نو', 'دس', 'کئی'],
];
/** 'after', 'since' in the languages copies come in: what follows in the clause is the time of something else. */
export const BACKGROUND_CUE_WORDS = [
  'since',
  'after',
  'following',
  'until',
  'منذ',
  'عقب',
  'بعد',
  'پس از',
  'بعد از',
  'از زمان',
  'seit',
  'nach',
  'depuis',
  'après',
  'desde',
  'tras',
  'dopo',
  'после',
  'sejak',
  'setelah',
  'desde que',
];
/** 'einigen Tagen', 'quelques jours', 'چند روز': 'a few' in other languages. */
const FOREIGN_FEW = ['einigen', 'quelques', 'unos', 'unas', 'qualche', 'birkaç', 'несколько', 'چند'];
/** 'a few days ago', 'il y a quelques jours', 'چند روز پیش': an amount nobody counted; the days it spans are a guess. */
export const VAGUE_AMOUNTS = ['a few', 'a couple of', 'several', ...FOREIGN_FEW];
/** 'vor einer Woche', 'il y a deux jours', 'hace tres días', 'due giorni fa', 'iki gün önce', 'два дня назад',
 * 'دو روز پیش': an amount of time ago in other languages, told by a word before the amount or after its unit. */
/**
 * Arabic 'ago' ('قبل يومين', two days ago; 'منذ ثلاثة أيام', three days ago; 'قبل أسبوع', a week ago): the unit
 * with the count its dual or singular form carries (null: the count is written before it).
 */
export const ARABIC_AGO_UNITS: Record<string, readonly [number | null, 'day' | 'week' | 'month' | 'year']> = {
  يومين: [2, 'day'],
  يومان: [2, 'day'],
  أيام: [null, 'day'],
  ايام: [null, 'day'],
  أسبوع: [1, 'week'],
  اسبوع: [1, 'week'],
  أسبوعين: [2, 'week'],
  اسبوعين: [2, 'week'],
  أسابيع: [null, 'week'],
  اسابيع: [null, 'week'],
  شهر: [1, 'month'],
  شهرين: [2, 'month'],
  أشهر: [null, 'month'],
  اشهر: [null, 'month'],
  عام: [1, 'year'],
  عامين: [2, 'year'],
  سنة: [1, 'year'],
  سنتين: [2, 'year'],
};
export const ARABIC_AGO_OPENERS = ['قبل', 'منذ'];
export const ARABIC_COUNT_WORDS: Record<string, number> = {
  ثلاثة: 3,
  ثلاث: 3,
  أربعة: 4,
  اربعة: 4,
  أربع: 4,
  خمسة: 5,
  خمس: 5,
  ستة: 6,
  ست: 6,
  سبعة: 7,
  سبع: 7,
  عشرة: 10,
  عشر: 10,
};
export const FOREIGN_AGO_OPENERS = ['vor', 'il y a', 'hace'];
export const FOREIGN_AGO_CLOSERS = ['fa', 'önce', 'назад', 'پیش', 'قبل'];
export const FOREIGN_COUNT_WORDS: Record<string, number> = {
  ...Object.fromEntries(['einer', 'einem', 'une', 'un', 'una', 'bir', 'یک'].map((w) => [w, 1])),
  ...Object.fromEntries(['zwei', 'deux', 'dos', 'due', 'iki', 'два', 'две', 'دو'].map((w) => [w, 2])),
  ...Object.fromEntries(['drei', 'trois', 'tres', 'tre', 'üç', 'три', 'سه'].map((w) => [w, 3])),
  ...Object.fromEntries(['vier', 'quatre', 'cuatro', 'quattro', 'dört', 'четыре', 'چهار'].map((w) => [w, 4])),
  // 'a few': about three, as 'a few days ago' is read in English.
  ...Object.fromEntries(FOREIGN_FEW.map((w) => [w, 3])),
};
export const FOREIGN_AGO_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  ...Object.fromEntries(
    ['tag', 'tagen', 'jour', 'jours', 'día', 'días', 'giorno', 'giorni', 'gün', 'дня', 'дней', 'روز'].map((w) => [
      w,
      'day' as const,
    ]),
  ),
  ...Object.fromEntries(
    [
      'woche',
      'wochen',
      'semaine',
      'semaines',
      'semana',
      'semanas',
      'settimana',
      'settimane',
      'hafta',
      'недели',
      'недель',
      'هفته',
    ].map((w) => [w, 'week' as const]),
  ),
  ...Object.fromEntries(
    ['monat', 'monaten', 'mois', 'mes', 'meses', 'mese', 'mesi', 'ay', 'месяца', 'месяцев', 'ماه'].map((w) => [
      w,
      'month' as const,
    ]),
  ),
  ...Object.fromEntries(
    ['jahr', 'jahren', 'an', 'ans', 'año', 'años', 'anno', 'anni', 'yıl', 'года', 'лет', 'سال'].map((w) => [
      w,
      'year' as const,
    ]),
  ),
};

/** 'by the end of' in Persian and Arabic: what follows is a deadline, not a date ('تا پایان سال جاری'). */
export const FOREIGN_DEADLINE_OPENERS = ['تا پایان', 'تا آخر', 'تا انتهای', 'بحلول نهاية', 'حتى نهاية'];

/** Weekdays in Chinese ('周四', '星期四'), Japanese ('木曜日', '木曜') and Korean ('목요일'), by the sign of the day. */
export const CJK_WEEKDAY_SIGNS: Record<string, number> = {
  日: 0,
  天: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  月: 1,
  火: 2,
  水: 3,
  木: 4,
  金: 5,
  土: 6,
  일: 0,
  월: 1,
  화: 2,
  수: 3,
  목: 4,
  금: 5,
  토: 6,
};

/** 'last Saturday' in Chinese ('上周六'), Korean ('지난 토요일'): the weekday of a week gone by. */
export const CJK_LAST_WEEKDAY = ['上', '지난'];

/** Days counted back from the day of writing in Chinese, Japanese and Korean (-1: tomorrow). */
export const CJK_RELATIVE_DAYS: Record<string, 0 | 1 | -1> = {
  今天: 0,
  今日: 0,
  昨天: 1,
  昨日: 1,
  明天: -1,
  明日: -1,
  오늘: 0,
  어제: 1,
  내일: -1,
};

/** 'last year' and 'this year' before a month in Chinese, Japanese and Korean ('去年8月', '작년 8월'). */
export const CJK_YEAR_BEFORE_MONTH: Record<string, 0 | -1> = {
  去年: -1,
  昨年: -1,
  작년: -1,
  지난해: -1,
  今年: 0,
  올해: 0,
};

/** '数日前', '几天前', '3일 전', '两周前': an amount of days, weeks, months or years before 'ago' ('前', '전'). */
export const CJK_AGO_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  日: 'day',
  天: 'day',
  일: 'day',
  週間: 'week',
  周: 'week',
  週: 'week',
  주: 'week',
  个月: 'month',
  個月: 'month',
  か月: 'month',
  ヶ月: 'month',
  カ月: 'month',
  개월: 'month',
  年: 'year',
  년: 'year',
};
/** The counts before them: '数' and '几' ('a few') read as three, as 'a few days ago' is in English. */
export const CJK_COUNT_WORDS: Record<string, number> = {
  数: 3,
  幾: 3,
  几: 3,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  十: 10,
};

/** 'last week', 'this month', 'next year' in Chinese, Japanese and Korean. */
export const CJK_RELATIVE_PERIODS: Record<string, ['last' | 'this' | 'next', 'week' | 'month' | 'year']> = {
  上周: ['last', 'week'],
  上星期: ['last', 'week'],
  上个月: ['last', 'month'],
  去年: ['last', 'year'],
  本周: ['this', 'week'],
  这周: ['this', 'week'],
  本月: ['this', 'month'],
  今年: ['this', 'year'],
  下周: ['next', 'week'],
  下个月: ['next', 'month'],
  明年: ['next', 'year'],
  先週: ['last', 'week'],
  先月: ['last', 'month'],
  昨年: ['last', 'year'],
  今週: ['this', 'week'],
  今月: ['this', 'month'],
  来週: ['next', 'week'],
  来月: ['next', 'month'],
  来年: ['next', 'year'],
  지난주: ['last', 'week'],
  '지난 주': ['last', 'week'],
  지난달: ['last', 'month'],
  '지난 달': ['last', 'month'],
  작년: ['last', 'year'],
  지난해: ['last', 'year'],
  '이번 주': ['this', 'week'],
  '이번 달': ['this', 'month'],
  올해: ['this', 'year'],
  '다음 주': ['next', 'week'],
  '다음 달': ['next', 'month'],
  내년: ['next', 'year'],
};

/** Iran and Afghanistan count the week from Saturday: their 'last week' ('هفته گذشته', 'تېره اونۍ') runs Saturday to Friday. */
export const SATURDAY_WEEK_WORDS = ['هفته', 'اونۍ', 'اونی'];

/** 'last month', 'this year', 'next week' in Persian, Arabic, Urdu, Russian and the languages of Europe. */
export const FOREIGN_RELATIVE_PERIODS: Record<string, ['last' | 'this' | 'next', 'week' | 'month' | 'year']> = {
  'هفته گذشته': ['last', 'week'],
  'ماه گذشته': ['last', 'month'],
  'سال گذشته': ['last', 'year'],
  // 'هفته پیش طالبان … را رها کردند' (last week); not 'دو هفته پیش', a count before it
  'هفته پیش': ['last', 'week'],
  'ماه پیش': ['last', 'month'],
  'سال پیش': ['last', 'year'],
  'هفته قبل': ['last', 'week'],
  'ماه قبل': ['last', 'month'],
  'سال قبل': ['last', 'year'],
  پارسال: ['last', 'year'],
  'هفته جاری': ['this', 'week'],
  'ماه جاری': ['this', 'month'],
  'سال جاری': ['this', 'year'],
  'هفته آینده': ['next', 'week'],
  'ماه آینده': ['next', 'month'],
  'سال آینده': ['next', 'year'],
  'الأسبوع الماضي': ['last', 'week'],
  'الشهر الماضي': ['last', 'month'],
  'العام الماضي': ['last', 'year'],
  'السنة الماضية': ['last', 'year'],
  'الشهر الجاري': ['this', 'month'],
  'العام الجاري': ['this', 'year'],
  'الأسبوع المقبل': ['next', 'week'],
  'الشهر المقبل': ['next', 'month'],
  'العام المقبل': ['next', 'year'],
  // Pashto, also written with the Persian yeh ('تیره اونۍ')
  'تېر کال': ['last', 'year'],
  'تېره اونۍ': ['last', 'week'],
  'تېره میاشت': ['last', 'month'],
  'تیر کال': ['last', 'year'],
  'تیره اونۍ': ['last', 'week'],
  'تیره میاشت': ['last', 'month'],
  'سږ کال': ['this', 'year'],
  'گزشتہ ہفتے': ['last', 'week'],
  'گزشتہ ماہ': ['last', 'month'],
  'گزشتہ سال': ['last', 'year'],
  'на прошлой неделе': ['last', 'week'],
  // Hindi, Bengali, Urdu ('पिछले हफ्ते', 'গত সপ্তাহে', 'پچھلے ہفتے')
  'पिछले हफ्ते': ['last', 'week'],
  'पिछले हफ़्ते': ['last', 'week'],
  'पिछले सप्ताह': ['last', 'week'],
  'पिछले महीने': ['last', 'month'],
  'पिछले माह': ['last', 'month'],
  'पिछले साल': ['last', 'year'],
  'पिछले वर्ष': ['last', 'year'],
  'इस साल': ['this', 'year'],
  'इस महीने': ['this', 'month'],
  'अगले हफ्ते': ['next', 'week'],
  'अगले सप्ताह': ['next', 'week'],
  'अगले महीने': ['next', 'month'],
  'গত সপ্তাহে': ['last', 'week'],
  'গত সপ্তাহ': ['last', 'week'],
  'গত মাসে': ['last', 'month'],
  'গত মাস': ['last', 'month'],
  'গত বছর': ['last', 'year'],
  'চলতি বছর': ['this', 'year'],
  'চলতি মাসে': ['this', 'month'],
  'আগামী সপ্তাহে': ['next', 'week'],
  'আগামী মাসে': ['next', 'month'],
  'پچھلے ہفتے': ['last', 'week'],
  'پچھلے ماہ': ['last', 'month'],
  'پچھلے مہینے': ['last', 'month'],
  'پچھلے سال': ['last', 'year'],
  'اگلے ہفتے': ['next', 'week'],
  'اگلے ماہ': ['next', 'month'],
  // Azerbaijani, Uzbek
  'keçən həftə': ['last', 'week'],
  'ötən həftə': ['last', 'week'],
  'keçən ay': ['last', 'month'],
  'ötən ay': ['last', 'month'],
  'keçən il': ['last', 'year'],
  'ötən il': ['last', 'year'],
  'gələn həftə': ['next', 'week'],
  'o‘tgan hafta': ['last', 'week'],
  "o'tgan hafta": ['last', 'week'],
  'o‘tgan oy': ['last', 'month'],
  "o'tgan oy": ['last', 'month'],
  'o‘tgan yili': ['last', 'year'],
  "o'tgan yili": ['last', 'year'],
  // Vietnamese, Czech, Swedish, Norwegian
  'năm ngoái': ['last', 'year'],
  'minulý týden': ['last', 'week'],
  'minulý měsíc': ['last', 'month'],
  'förra veckan': ['last', 'week'],
  'förra månaden': ['last', 'month'],
  'i fjol': ['last', 'year'],
  'i fjor': ['last', 'year'],
  'forrige uke': ['last', 'week'],
  // Tajik
  'ҳафтаи гузашта': ['last', 'week'],
  'ҳафтаи пеш': ['last', 'week'],
  'моҳи гузашта': ['last', 'month'],
  'соли гузашта': ['last', 'year'],
  'моҳи ҷорӣ': ['this', 'month'],
  'соли ҷорӣ': ['this', 'year'],
  'ҳафтаи оянда': ['next', 'week'],
  // Ukrainian
  'минулого тижня': ['last', 'week'],
  'минулого місяця': ['last', 'month'],
  'минулого року': ['last', 'year'],
  'цього місяця': ['this', 'month'],
  'цього року': ['this', 'year'],
  'наступного тижня': ['next', 'week'],
  'в прошлом месяце': ['last', 'month'],
  'в прошлом году': ['last', 'year'],
  'в этом месяце': ['this', 'month'],
  'в этом году': ['this', 'year'],
  'на следующей неделе': ['next', 'week'],
  'в следующем месяце': ['next', 'month'],
  'в следующем году': ['next', 'year'],
  'letzte woche': ['last', 'week'],
  'vergangene woche': ['last', 'week'],
  'letzten monat': ['last', 'month'],
  'vergangenen monat': ['last', 'month'],
  'letztes jahr': ['last', 'year'],
  'vergangenes jahr': ['last', 'year'],
  'im vergangenen jahr': ['last', 'year'],
  'la semaine dernière': ['last', 'week'],
  'le mois dernier': ['last', 'month'],
  "l'année dernière": ['last', 'year'],
  "l'an dernier": ['last', 'year'],
  'la settimana scorsa': ['last', 'week'],
  'la scorsa settimana': ['last', 'week'],
  'della scorsa settimana': ['last', 'week'],
  'il mese scorso': ['last', 'month'],
  'lo scorso mese': ['last', 'month'],
  "l'anno scorso": ['last', 'year'],
  'lo scorso anno': ['last', 'year'],
  'na semana passada': ['last', 'week'],
  'semana passada': ['last', 'week'],
  'no mês passado': ['last', 'month'],
  'mês passado': ['last', 'month'],
  'no ano passado': ['last', 'year'],
  'ano passado': ['last', 'year'],
  'la semaine passée': ['last', 'week'],
  'le mois passé': ['last', 'month'],
  "l'année passée": ['last', 'year'],
  'la pasada semana': ['last', 'week'],
  'el pasado mes': ['last', 'month'],
  'el pasado año': ['last', 'year'],
  // this, next: French, Spanish, Italian, German, Portuguese, Dutch
  'cette semaine': ['this', 'week'],
  'esta semana': ['this', 'week'],
  'questa settimana': ['this', 'week'],
  'diese woche': ['this', 'week'],
  'in dieser woche': ['this', 'week'],
  // 'Anfang dieser Woche' (early this week), 'en début de semaine': the week of writing, up to its day
  'anfang dieser woche': ['this', 'week'],
  'anfang der woche': ['this', 'week'],
  'ende dieser woche': ['this', 'week'],
  'au début de la semaine': ['this', 'week'],
  'en début de semaine': ['this', 'week'],
  "all'inizio della settimana": ['this', 'week'],
  'all’inizio della settimana': ['this', 'week'],
  'a principios de esta semana': ['this', 'week'],
  'ende letzter woche': ['last', 'week'],
  'ende vergangener woche': ['last', 'week'],
  'anfang letzter woche': ['last', 'week'],
  'anfang vergangener woche': ['last', 'week'],
  'deze week': ['this', 'week'],
  'ce mois-ci': ['this', 'month'],
  'este mes': ['this', 'month'],
  'questo mese': ['this', 'month'],
  'diesen monat': ['this', 'month'],
  'in diesem monat': ['this', 'month'],
  'este mês': ['this', 'month'],
  'deze maand': ['this', 'month'],
  'cette année': ['this', 'year'],
  'este año': ['this', 'year'],
  "quest'anno": ['this', 'year'],
  'dieses jahr': ['this', 'year'],
  'in diesem jahr': ['this', 'year'],
  'este ano': ['this', 'year'],
  'dit jaar': ['this', 'year'],
  'la semaine prochaine': ['next', 'week'],
  'la próxima semana': ['next', 'week'],
  'la semana próxima': ['next', 'week'],
  'la settimana prossima': ['next', 'week'],
  'la prossima settimana': ['next', 'week'],
  'nächste woche': ['next', 'week'],
  'kommende woche': ['next', 'week'],
  'na próxima semana': ['next', 'week'],
  'próxima semana': ['next', 'week'],
  'volgende week': ['next', 'week'],
  'le mois prochain': ['next', 'month'],
  'el próximo mes': ['next', 'month'],
  'el mes próximo': ['next', 'month'],
  'il mese prossimo': ['next', 'month'],
  'il prossimo mese': ['next', 'month'],
  'nächsten monat': ['next', 'month'],
  'no próximo mês': ['next', 'month'],
  'próximo mês': ['next', 'month'],
  // Indonesian and Malay
  'pekan lalu': ['last', 'week'],
  'minggu lalu': ['last', 'week'],
  'bulan lalu': ['last', 'month'],
  'tahun lalu': ['last', 'year'],
  'pekan ini': ['this', 'week'],
  'minggu ini': ['this', 'week'],
  'bulan ini': ['this', 'month'],
  'tahun ini': ['this', 'year'],
  'pekan depan': ['next', 'week'],
  'minggu depan': ['next', 'week'],
  'bulan depan': ['next', 'month'],
  'tahun depan': ['next', 'year'],
  'volgende maand': ['next', 'month'],
  "l'année prochaine": ['next', 'year'],
  "l'an prochain": ['next', 'year'],
  'el próximo año': ['next', 'year'],
  'el año próximo': ['next', 'year'],
  "l'anno prossimo": ['next', 'year'],
  'il prossimo anno': ['next', 'year'],
  'nächstes jahr': ['next', 'year'],
  'im nächsten jahr': ['next', 'year'],
  'no próximo ano': ['next', 'year'],
  'próximo ano': ['next', 'year'],
  'volgend jaar': ['next', 'year'],
  'vorige week': ['last', 'week'],
  'vorige maand': ['last', 'month'],
  'vorig jaar': ['last', 'year'],
  'la semana pasada': ['last', 'week'],
  'el mes pasado': ['last', 'month'],
  'del mes pasado': ['last', 'month'],
  'du mois dernier': ['last', 'month'],
  'del mese scorso': ['last', 'month'],
  'des vergangenen monats': ['last', 'month'],
  'de la semana pasada': ['last', 'week'],
  'de la semaine dernière': ['last', 'week'],
  'del año pasado': ['last', 'year'],
  'el año pasado': ['last', 'year'],
  'w zeszłym tygodniu': ['last', 'week'],
  'w ubiegłym tygodniu': ['last', 'week'],
  'w zeszłym miesiącu': ['last', 'month'],
  'w ubiegłym miesiącu': ['last', 'month'],
  'w zeszłym roku': ['last', 'year'],
  'w ubiegłym roku': ['last', 'year'],
  'geçen hafta': ['last', 'week'],
  'geçen ay': ['last', 'month'],
  'geçen yıl': ['last', 'year'],
};

/** Wire agencies whose datelines ('TEHRAN, Iran (AP) —') mark a story written on the day it reports. */
export const WIRE_AGENCIES = ['AP', 'Reuters', 'AFP', 'dpa', 'Xinhua', 'IANS', 'PTI', 'ANI', 'UPI'];

/** 'late last month' in the languages of Europe: the part of the month, then last month as they write it. */
export const FOREIGN_MONTH_PARTS: Record<string, Part> = {
  'a finales del': 'late',
  'a fines del': 'late',
  'a principios del': 'early',
  'a mediados del': 'mid',
  'à la fin du': 'late',
  'fin du': 'late',
  'au début du': 'early',
  'début du': 'early',
  'alla fine del': 'late',
  "all'inizio del": 'early',
  'all’inizio del': 'early',
  'a metà del': 'mid',
  'ende des': 'late',
  ende: 'late',
  'anfang des': 'early',
  anfang: 'early',
  'mitte des': 'mid',
  mitte: 'mid',
};
/** 'a finales de enero', 'fin janvier', 'mi-janvier', 'Ende Januar', 'no final de janeiro': the part of a named month. */
export const FOREIGN_NAMED_MONTH_PARTS: Record<string, Part> = {
  'a finales de': 'late',
  'a fines de': 'late',
  'a principios de': 'early',
  'a mediados de': 'mid',
  'à la fin de': 'late',
  'à la mi-': 'mid',
  'fin de': 'late',
  fin: 'late',
  'au début de': 'early',
  'début de': 'early',
  début: 'early',
  'mi-': 'mid',
  'alla fine di': 'late',
  "all'inizio di": 'early',
  'all’inizio di': 'early',
  'a metà di': 'mid',
  'a metà': 'mid',
  ende: 'late',
  anfang: 'early',
  mitte: 'mid',
  'no final de': 'late',
  'no fim de': 'late',
  'no início de': 'early',
  'em meados de': 'mid',
};
export const FOREIGN_LAST_MONTH = ['mes pasado', 'mois dernier', 'mese scorso', 'vergangenen monats', 'letzten monats'];

/**
 * Parts of a Solar Hijri month as Persian and Dari write them ('نیمه اول بهمن', the first half of Bahman; 'اواخر
 * حوت', late Hut; 'دهه سوم اسد', Asad's third ten days): the first and last day of the part (0 for the month's end).
 */
export const SOLAR_MONTH_PARTS: Record<string, readonly [number, number]> = {
  'نیمه اول': [1, 15],
  'نیمه نخست': [1, 15],
  'نیمه دوم': [16, 0],
  'نیمه ی دوم': [16, 0],
  'نیمه‌ی دوم': [16, 0],
  'نیمه ی اول': [1, 15],
  'نیمه‌ی اول': [1, 15],
  اوایل: [1, 10],
  اواسط: [11, 20],
  اواخر: [21, 0],
  'دهه اول': [1, 10],
  'دهه نخست': [1, 10],
  'دهه دوم': [11, 20],
  'دهه سوم': [21, 0],
  'دهه آخر': [21, 0],
  'دهه پایانی': [21, 0],
};

/** Persian ordinal day words ('دوازدهم سنبله', the twelfth of Sonbola), 1 to 31. */
const PERSIAN_ORDINAL_UNITS = ['یکم', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم', 'هشتم', 'نهم'];
const PERSIAN_ORDINAL_TEENS = [
  'یازدهم',
  'دوازدهم',
  'سیزدهم',
  'چهاردهم',
  'پانزدهم',
  'شانزدهم',
  'هفدهم',
  'هجدهم',
  'نوزدهم',
];
/**
 * 'بیست و یکم', 'بیست‌ویکم', 'بیست‌و‌یکم': the 'and' of a compound ordinal, spaced or run in with a zero-width
 * non-joiner.
 */
function compoundOrdinals(tens: string, unit: string): string[] {
  return [`${tens} و ${unit}`, `${tens}\u200cو${unit}`, `${tens}\u200cو\u200c${unit}`, `${tens} و${unit}`];
}
export const PERSIAN_ORDINAL_DAYS: Record<string, number> = Object.fromEntries([
  ['اول', 1],
  ...PERSIAN_ORDINAL_UNITS.map((w, i) => [w, i + 1]),
  ['دهم', 10],
  ...PERSIAN_ORDINAL_TEENS.map((w, i) => [w, i + 11]),
  ['هیجدهم', 18],
  // Dari spellings of the eighteenth and nineteenth
  ['هژدهم', 18],
  ['نزدهم', 19],
  ['بیستم', 20],
  ...PERSIAN_ORDINAL_UNITS.flatMap((w, i) => compoundOrdinals('بیست', w).map((word) => [word, i + 21])),
  ['سی‌ام', 30],
  ['سی ام', 30],
  ...compoundOrdinals('سی', 'یکم').map((word) => [word, 31]),
]);
export const PERSIAN_ORDINAL_DAY_PATTERN = alternation(withArabicLetters(Object.keys(PERSIAN_ORDINAL_DAYS)));

/** A weekday's number (Sunday 0) from its English or Persian name. */
export function anyWeekdayNumber(word: string): number | null {
  return weekdayNumber(word) ?? FOREIGN_WEEKDAYS[word] ?? FOREIGN_WEEKDAYS[persianSpelling(word)] ?? null;
}

export const FOREIGN_MONTH_PATTERN = alternation(Object.keys(FOREIGN_MONTHS));

/** '۲۰ اکتبر سال ۲۰۲۱', 'أكتوبر من عام 2021': the word 'year' Persian and Arabic may put before a month's year. */
export const YEAR_WORD_PATTERN = alternation(['سال', 'عام', 'العام', 'من عام', 'من العام']);

/** '30-31 марта', '30 y 31 de marzo', '30. bis 31. März', '۳۰ تا ۳۱ مارس', '30 و31 مارس': words joining two days. */
export const DAY_RANGE_JOINER_PATTERN = alternation([
  ...['и', 'по', 'до', 've', 'ile', 'et', 'au', 'y', 'al', 'a', 'e', 'und', 'bis', 'en', 'tot', 'dan', 'hingga'],
  ...['تا', 'و', 'إلى', 'الى', 'حتى', 'اور', 'से'],
]);

/** A month's number from its name in English or another language. */
export function anyMonthNumber(word: string): number | null {
  return monthNumber(word) ?? FOREIGN_MONTHS[word.toLowerCase()] ?? null;
}

export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

export function partOf(words: string): Part {
  const w = words
    .toLowerCase()
    .trim()
    .replace(/[\s-]+$/, '');
  return (
    PARTS[w] ??
    PARTS[w.replace(/^the\s+/, '')] ??
    (/^(early|beginning|start)/.test(w) ? 'early' : /^(late|end)/.test(w) ? 'late' : 'mid')
  );
}

/** The parts-of-a-period words as one pattern: 'early', 'mid', 'the end of', … */
export const PART_PATTERN = alternation(Object.keys(PARTS).filter((p) => !p.endsWith('-') && !p.endsWith(' in')));

export const NUMBER_PATTERN = alternation(Object.keys(NUMBER_WORDS));

export function countOf(word: string): number | null {
  const w = word.toLowerCase().replace(/^a\s+(couple of|few)$/, '$1');
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

/** The notice Russian-language media print beside a banned group ('запрещенного в России', 'запрещено в Казахстане'). */
export const BAN_NOTICE =
  /(?<!\p{L})(?:запрещ[её]нн?\p{L}*|признан\p{L}* террористическ\p{L}*)(?:\s+\p{L}+){0,3}\s+(?:в|на территории)\s+\p{Lu}\p{L}*(?:\s+Федерации)?/gu;

/** Words of a speaker about themselves: a quotation without them tells what happened. */
export const FIRST_PERSON = /\b(?:I|we|our|us|my|me)\b/i;

/** 'Permanent link:', 'Постоянный адрес новости:': a line that prints the page's own address. */
export const PERMALINK_LABELS = [
  'Permalink',
  'Permanent link',
  'Permanent address',
  'Short link',
  'Shortlink',
  'Short URL',
  'Page address',
  'Постоянный адрес новости',
  'Постоянный адрес',
  'Короткая ссылка',
  'لینک کوتاه',
  'نشانی کوتاه',
  'آدرس خبر',
  'الرابط المختصر',
  'رابط مختصر',
  'Kısa link',
  'Kısa bağlantı',
];

/** 'هفتم شهریور ماه سال جاری', '5 марта этого года': a year counted from now, after a day (0 this year, -1 last). */
export const YEAR_AFTER_DAY: Record<string, 0 | -1> = {
  'this year': 0,
  'سال جاری': 0,
  'العام الجاري': 0,
  'العام الحالي': 0,
  'هذا العام': 0,
  'этого года': 0,
  'текущего года': 0,
  'este año': 0,
  'cette année': 0,
  "quest'anno": 0,
  'dieses jahres': 0,
  'deste ano': 0,
  'este ano': 0,
  'tahun ini': 0,
  'last year': -1,
  'سال گذشته': -1,
  'العام الماضي': -1,
};

/** 'from 8 Mordad to 7 Shahrivar', 'del 5 al 9 de marzo': what joins the two ends of a span of days. */
export const RANGE_JOINERS = [
  'and',
  'or',
  'to',
  'through',
  'till',
  'until',
  'تا',
  'و',
  'إلى',
  'الى',
  'al',
  'au',
  'bis',
  'до',
  'по',
  'и',
];

/** 'since January', 'until March' in the languages copies come in: the edge of a span, not when anything happened. */
export const SPAN_EDGE_WORDS = [
  'since',
  'until',
  'till',
  'by',
  'sejak',
  'hingga',
  'sampai',
  'seit',
  'bis',
  'depuis',
  "jusqu'en",
  'jusqu’en',
  "jusqu'au",
  'jusqu’au',
  'desde',
  'hasta',
  'fino a',
  'dal',
  'dalla',
  'منذ',
  'حتى',
];

/**
 * The Taliban named as the ones ruling ('the Taliban administration', 'Taliban authorities', 'the Taliban Ministry of
 * Water and Energy', 'the de facto authorities'): the story is written after their takeover.
 */
export const TALIBAN_IN_POWER =
  /(?<![\p{L}])(?:Taliban(?:['’]s)?[-\s]+(?:(?:led|run|appointed|interim|caretaker|de facto)[-\s]+)?(?:administration|authorities|rulers|interim government|caretaker government)|(?:de facto|Taliban-led|Taliban-run)\s+(?:authorities|government|administration)|Taliban(?:['’]s)?[-\s]+(?:(?:led|run)\s+)?(?:\p{L}+\s+){0,2}?ministry)(?![\p{L}])/iu;

/** A print edition's masthead beside its date ('Number Seven Thousand Two Hundred and Fifty Two', 'No. 7252', 'Page 2'). */
export const ISSUE_LABELS = ['No.', 'No', 'Number', 'Issue', 'Vol.', 'Volume', 'Page', 'Edition'];
/** The words a number is spelt out in ('seven thousand two hundred and fifty two'). */
export const SPELLED_NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'and',
];

/** The words a yes-or-no question opens with ('آیا …؟', 'هل …؟', 'Will …?'). */
export const QUESTION_OPENERS = [
  'آیا',
  'آيا',
  'هل',
  'Will',
  'Would',
  'Is',
  'Are',
  'Was',
  'Were',
  'Did',
  'Does',
  'Do',
  'Can',
  'Could',
  'Has',
  'Have',
];

/** A crossing named after its place ('the Dogharoun crossing'), and before it in other languages ('گذرگاه دوغارون'). */
export const CROSSING_NOUNS = [
  'crossing',
  'crossing point',
  'checkpoint',
  'border post',
  'customs post',
  'port of entry',
  'terminal',
  'gate',
  // 'the Milak border was shut': a border named after its town is its crossing
  'border',
];
export const FOREIGN_CROSSING_NOUNS = [
  'گذرگاه',
  'گذرگاه مرزی',
  'مرز',
  'معبر',
  'المعبر',
  'منفذ',
  'المنفذ',
  'پایانه',
  'КПП',
  'пункт',
  'пункта',
  'пункте',
  'переход',
  'перехода',
  'переходе',
];

/**
 * Prepositions before the place where something happened ('in Herat', 'im Westen', 'dans la ville de Hérat', 'en la
 * ciudad de Herat', 'nella città di Herat').
 */
export const PLACE_PREPOSITIONS = [
  'in',
  'at',
  'to',
  'into',
  'near',
  'through',
  // German, French, Spanish, Portuguese, Italian
  'im',
  'bei',
  'nahe',
  'dans',
  'près de',
  'à',
  'au',
  'en',
  'cerca de',
  'em',
  'na',
  'no',
  'nel',
  'nella',
  'presso',
];
/** What may stand between such a preposition and the place, besides capitalised words ('the western city of'). */
export const PLACE_LEAD_WORDS = [
  'of',
  'city',
  'province',
  'capital',
  'town',
  'district',
  'region',
  'port',
  'crossing',
  'border',
  'downtown',
  'outskirts',
  'suburb',
  'suburbs',
  'the',
  // articles and 'of' in German, French, Spanish, Portuguese, Italian
  'der',
  'dem',
  'den',
  'des',
  'la',
  'le',
  'les',
  'el',
  'los',
  'de',
  'del',
  'di',
  'della',
  'du',
  'da',
  'do',
  'ville',
  'ciudad',
  'cidade',
  'città',
  'provincia',
  'província',
];
