/** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns) as regular expressions. */

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Converts one match pattern to a RegExp over full URLs; throws on an invalid pattern. */
export function matchPatternToRegExp(pattern: string): RegExp {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):\/\//;
  const m = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Invalid match pattern: ${pattern}`);
  const [, scheme = '', host = '', path = ''] = m;
  const schemeRe = scheme === '*' ? 'https?' : escape(scheme);
  let hostRe: string;
  if (host === '*') hostRe = '[^/]+';
  else if (host.startsWith('*.')) hostRe = `(?:[^/]+\\.)?${escape(host.slice(2))}`;
  else hostRe = escape(host);
  const pathRe = path.split('*').map(escape).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

/** True when the URL matches any of the patterns. */
export function urlMatches(url: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchPatternToRegExp(p).test(url));
}

/** The origin pattern ("https://host/*") of a match pattern, for web-accessible resources. */
export function originPattern(pattern: string): string {
  const i = pattern.indexOf('://');
  const slash = pattern.indexOf('/', i + 3);
  return `${pattern.slice(0, slash)}/*`;
}
