// YAML front matter read with the JSON schema: no implicit dates (YAML would turn 2023-02-30 into
// 2 March), no custom types; values stay as written so they can be checked and reported.
import matter from 'gray-matter';
import yaml from 'js-yaml';

const options = {
  engines: {
    yaml: (text: string): object => (yaml.load(text, { schema: yaml.JSON_SCHEMA }) ?? {}) as object,
  },
};

export function parseFrontMatter(text: string): { data: Record<string, unknown>; content: string } {
  const parsed = matter(text, options as never) as unknown as { data: unknown; content: string };
  const data =
    parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data)
      ? (parsed.data as Record<string, unknown>)
      : {};
  return { data, content: parsed.content };
}
