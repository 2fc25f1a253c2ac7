// robots.txt: a site's wish not to be fetched is respected. One fetch per host; a missing file allows all.

export interface RobotsRules {
  allow: string[];
  disallow: string[];
}

/** The rules of the group for our agent token, else of the '*' group (the most specific group wins). */
export function parseRobots(text: string, agentToken: string): RobotsRules {
  const groups: Array<{ agents: string[]; rules: RobotsRules }> = [];
  let current: { agents: string[]; rules: RobotsRules } | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const field = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: { allow: [], disallow: [] } };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'disallow' && value) current.rules.disallow.push(value);
    if (field === 'allow' && value) current.rules.allow.push(value);
  }
  const token = agentToken.toLowerCase();
  const ours = groups.filter((g) => g.agents.some((a) => a !== '*' && token.includes(a)));
  const chosen = ours.length > 0 ? ours : groups.filter((g) => g.agents.includes('*'));
  return { allow: chosen.flatMap((g) => g.rules.allow), disallow: chosen.flatMap((g) => g.rules.disallow) };
}

function matchLength(rule: string, path: string): number {
  // '*' matches any run of characters; a final '$' anchors the end.
  const anchored = rule.endsWith('$');
  const body = anchored ? rule.slice(0, -1) : rule;
  const pattern = new RegExp(
    `^${body
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}${anchored ? '$' : ''}`,
  );
  return pattern.test(path) ? body.length : -1;
}

/** Whether a path (with its query) may be fetched: the longest matching rule wins, Allow on a tie. */
export function allowedByRobots(rules: RobotsRules, path: string): boolean {
  const allow = Math.max(-1, ...rules.allow.map((r) => matchLength(r, path)));
  const disallow = Math.max(-1, ...rules.disallow.map((r) => matchLength(r, path)));
  return disallow < 0 || allow >= disallow;
}
