// A request path with a broken percent-escape ("/%zz", "/abc%") cannot name anything here. Next.js's router throws
// on it while matching a dynamic segment and then answers a plain-text 500, so the proxy refuses it first with 400.
export function hasMalformedEscape(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
