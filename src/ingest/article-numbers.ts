// Known pages of numbered sites (data/article-numbers.json): adds pages whose number and day are known, keeping
// each site's points in order, so that a page with no date of its own can be placed between them.
import { articleNumber, hostAndPath } from './publication';

export interface NumberedSiteData {
  host: string;
  sameAs?: string[];
  pattern?: string;
  dated?: string;
  points?: Array<[number, string]>;
}

export interface KnownPage {
  url: string;
  date: string;
}

export interface PointsReport {
  added: Map<string, number>;
  /** Pages whose day breaks their site's order (a stamp misread, or a number that is not the site's sequence). */
  outOfOrder: KnownPage[];
  /** Pages of sites not in the list, too few to make a new entry. */
  unknownSite: KnownPage[];
  /** New sites, with their points. */
  newSites: string[];
}

/** The fewest pages, in order, that make a new site worth listing … */
export const MIN_NEW_SITE_POINTS = 5;
/** … and the share of its pages they must be: numbers that are not a sequence fall in order only by chance. */
const MIN_NEW_SITE_IN_ORDER = 0.8;

function siteFor(host: string, sites: readonly NumberedSiteData[]): NumberedSiteData | undefined {
  const names = (s: NumberedSiteData) => [s.host, ...(s.sameAs ?? [])];
  return sites.find((s) => names(s).some((n) => host === n || host.endsWith(`.${n}`)));
}

/**
 * The most points, old ones first, whose days never go back as their numbers grow: the longest such chain, an old
 * point counting for more than any number of new ones that contradict it.
 */
export function inOrder(points: ReadonlyArray<{ point: [number, string]; old: boolean }>): Array<[number, string]> {
  const sorted = [...points].sort((a, b) => a.point[0] - b.point[0] || a.point[1].localeCompare(b.point[1]));
  const weight = (p: { old: boolean }) => (p.old ? points.length + 1 : 1);
  const best: number[] = [];
  const back: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    best[i] = weight(sorted[i]!);
    back[i] = -1;
    for (let j = 0; j < i; j++)
      if (sorted[j]!.point[0] < sorted[i]!.point[0] && sorted[j]!.point[1] <= sorted[i]!.point[1])
        if (best[j]! + weight(sorted[i]!) > best[i]!) {
          best[i] = best[j]! + weight(sorted[i]!);
          back[i] = j;
        }
  }
  let end = best.indexOf(Math.max(...best));
  const chain: Array<[number, string]> = [];
  for (; end >= 0; end = back[end]!) chain.unshift(sorted[end]!.point);
  return chain;
}

/** Adds known pages to the sites they belong to, and lists new sites with enough pages in order. */
export function addKnownPages(
  sites: readonly NumberedSiteData[],
  pages: readonly KnownPage[],
): { sites: NumberedSiteData[]; report: PointsReport } {
  const report: PointsReport = { added: new Map(), outOfOrder: [], unknownSite: [], newSites: [] };
  const fresh = new Map<string, Array<{ page: KnownPage; id: number }>>();
  const found = new Map<NumberedSiteData, Array<{ page: KnownPage; id: number }>>();
  for (const page of pages) {
    const at = hostAndPath(page.url);
    if (!at) continue;
    const site = siteFor(at.host, sites);
    if (site?.dated) continue;
    const id = articleNumber(at.rest, { pattern: site?.pattern ? new RegExp(site.pattern) : null });
    if (id === null) continue;
    if (site) found.set(site, [...(found.get(site) ?? []), { page, id }]);
    else fresh.set(at.host, [...(fresh.get(at.host) ?? []), { page, id }]);
  }
  const merge = (old: ReadonlyArray<[number, string]>, added: ReadonlyArray<{ page: KnownPage; id: number }>) => {
    const known = new Set(old.map((p) => p[0]));
    const candidates = [
      ...old.map((point) => ({ point, old: true })),
      ...added
        .filter((a) => !known.has(a.id))
        .map((a) => ({ point: [a.id, a.page.date] as [number, string], old: false })),
    ];
    const chain = inOrder(candidates);
    const kept = new Set(chain.map((p) => `${p[0]} ${p[1]}`));
    const dropped = added.filter((a) => !known.has(a.id) && !kept.has(`${a.id} ${a.page.date}`)).map((a) => a.page);
    return { chain, dropped, count: chain.length - old.length };
  };
  const out = sites.map((site) => {
    const added = found.get(site);
    if (!added) return site;
    const { chain, dropped, count } = merge(site.points ?? [], added);
    report.outOfOrder.push(...dropped);
    if (count > 0) report.added.set(site.host, count);
    return { ...site, points: chain };
  });
  for (const [host, added] of [...fresh].sort((a, b) => a[0].localeCompare(b[0]))) {
    const { chain, dropped } = merge([], added);
    if (chain.length < MIN_NEW_SITE_POINTS || chain.length < MIN_NEW_SITE_IN_ORDER * added.length) {
      report.unknownSite.push(...added.map((a) => a.page));
      continue;
    }
    report.outOfOrder.push(...dropped);
    report.added.set(host, chain.length);
    report.newSites.push(host);
    out.push({ host, points: chain });
  }
  return { sites: out, report };
}
