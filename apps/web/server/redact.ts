/**
 * URLs in messages the browser receives: cut to origin and path. Credentials are core's `redactSecrets`;
 * this is the dashboard's own rule that no URL with user, password, query or fragment reaches the page.
 */

/** Shortens every URL in a message to its origin and path (where signatures and tokens do not travel). */
export function stripUrlDetails(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s"'<>]+/gi, (found) => {
    try {
      const url = new URL(found);
      return `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
    } catch {
      return '[url]';
    }
  });
}
