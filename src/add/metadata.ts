// What a page says about itself: JSON-LD NewsArticle, Open Graph and article meta tags, the canonical link and
// <time datetime>. These are the publisher's own words for the date, outlet and headline, and beat any guess
// from the text.
import { isIsoDay } from '../lib/event-schema';

export interface PageMetadata {
  title?: string;
  outlet?: string;
  canonical?: string;
  published?: { date: string; how: string };
}

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

const ARTICLE_TYPE =
  /(?:^|\b)(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report)$/;

/** Every object in JSON-LD blocks, through arrays and @graph. */
function jsonLdNodes(document: Document): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  const walk = (value: Json) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      out.push(value);
      if (value['@graph']) walk(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A broken block is skipped; the meta tags may still say it.
    }
  }
  return out;
}

function typesOf(node: Record<string, Json>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text(value.name ?? value['@id'] ?? value.url);
  return undefined;
}

/** The calendar day a machine-readable date names: as written in the page's own time zone when ISO. */
function dayOf(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(trimmed)?.[1];
  if (iso) return isIsoDay(iso) ? iso : undefined;
  const parsed = Date.parse(trimmed);
  if (Number.isNaN(parsed)) return undefined;
  const day = new Date(parsed).toISOString().slice(0, 10);
  return isIsoDay(day) ? day : undefined;
}

function meta(document: Document, ...names: string[]): { value: string; name: string } | undefined {
  for (const name of names) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = document.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content')?.trim();
      if (value) return { value, name };
    }
  }
  return undefined;
}

function absolute(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** 'Iran and Taliban hold talks | Tehran Times' → the headline without the site's name. */
function withoutSiteName(title: string, outlet: string | undefined): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && outlet && parts[parts.length - 1]!.toLowerCase() === outlet.toLowerCase())
    return parts.slice(0, -1).join(' - ');
  return title;
}

/** A site's name from its address: 'www.tehrantimes.com' → 'tehrantimes.com'. */
function hostName(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

const SOON_AFTER_TODAY = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

export function pageMetadata(document: Document, pageUrl: string): PageMetadata {
  const nodes = jsonLdNodes(document);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ?? nodes.find((n) => n.datePublished);
  const result: PageMetadata = {};

  const outlet =
    text(article?.publisher) ??
    meta(document, 'og:site_name')?.value ??
    text(
      nodes.find((n) => typesOf(n).includes('NewsMediaOrganization') || typesOf(n).includes('Organization'))?.name,
    ) ??
    meta(document, 'application-name')?.value;
  result.outlet = outlet ?? hostName(pageUrl);

  const title =
    text(article?.headline) ??
    meta(document, 'og:title', 'twitter:title')?.value ??
    document.querySelector('title')?.textContent?.trim() ??
    document.querySelector('h1')?.textContent?.trim();
  if (title) result.title = withoutSiteName(title.replace(/\s+/g, ' '), outlet);

  result.canonical =
    absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), pageUrl) ??
    absolute(meta(document, 'og:url')?.value, pageUrl) ??
    absolute(text(article?.url) ?? text(article?.mainEntityOfPage), pageUrl) ??
    pageUrl;

  // The first date that is a real day and not in the future, in the order publishers mean them.
  const candidates: Array<[string | undefined, string]> = [[text(article?.datePublished), 'JSON-LD datePublished']];
  for (const name of [
    'article:published_time',
    'datePublished',
    'og:published_time',
    'pubdate',
    'publishdate',
    'publish-date',
    'parsely-pub-date',
    'sailthru.date',
    'dc.date.issued',
    'dc.date',
    'DC.date.issued',
    'date',
  ]) {
    const found = meta(document, name);
    if (found) candidates.push([found.value, `meta ${found.name}`]);
  }
  const time =
    document.querySelector('time[itemprop="datePublished"]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  if (time)
    candidates.push([time.getAttribute('datetime') ?? time.getAttribute('content') ?? undefined, '<time datetime>']);
  const latest = SOON_AFTER_TODAY();
  for (const [value, how] of candidates) {
    const day = dayOf(value);
    if (day && day >= '1990-01-01' && day <= latest) {
      result.published = { date: day, how: `${how} ${JSON.stringify(value)}` };
      break;
    }
  }
  return result;
}
