/** Resolving links against the page, fast for the common shapes. Read by the page walk. */

/** The path of a URL's remainder (after the host), lower-case, without query or fragment. */
function pathPart(rest: string): string {
  const end = rest.search(/[?#]/);
  return (end < 0 ? rest : rest.slice(0, end)).toLowerCase() || '/';
}

/** Parses a URL; undefined when it is not one. */
export function parseUrl(raw: string, base?: string): URL | undefined {
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
}

/**
 * Resolves hrefs against the page. Parsing every link with `new URL` costs more than the rest
 * of the walk on a page of thousands of links, so the common shapes take a short path.
 */
export interface ResolvedHref {
  href: string;
  host: string;
  path: string;
}

export function hrefResolver(base: string): (raw: string) => ResolvedHref {
  const baseUrl = parseUrl(base);
  const baseHost = baseUrl?.protocol.startsWith('http') ? baseUrl.hostname.toLowerCase() : '';
  const origin = baseUrl?.origin ?? '';
  const withoutHash = baseUrl ? baseUrl.href.replace(/#.*$/, '') : '';
  const directory = baseUrl ? baseUrl.pathname.replace(/[^/]*$/, '') : '/';
  return (raw) => {
    const href = raw.trim();
    const absolute = /^https?:\/\/([^/?#:@\s]+)(?::\d+)?([/?#][^\s]*)?$/i.exec(href);
    if (absolute) {
      const host = absolute[1]!.toLowerCase();
      return { href, host, path: host + pathPart(absolute[2] ?? '') };
    }
    if (baseUrl && href.startsWith('/') && !href.startsWith('//') && !/[\s\\]/.test(href)) {
      return { href: origin + href, host: baseHost, path: baseHost + pathPart(href) };
    }
    // A relative path ("about-us.html", "news/2023/"), as static sites and demo pages write them.
    if (baseUrl && /^[\w~%-][^:\s\\]*$/.test(href)) {
      const full = directory + href.replace(/^\.\//, '');
      return { href: origin + full, host: baseHost, path: baseHost + pathPart(full) };
    }
    if (baseUrl && href.startsWith('#')) {
      return {
        href: withoutHash + href,
        host: baseHost,
        path: baseHost + baseUrl.pathname.toLowerCase(),
      };
    }
    const url = parseUrl(href, base);
    if (!url?.protocol.startsWith('http')) return { href: url?.href ?? raw, host: '', path: '' };
    const host = url.hostname.toLowerCase();
    return { href: url.href, host, path: host + url.pathname.toLowerCase() };
  };
}
