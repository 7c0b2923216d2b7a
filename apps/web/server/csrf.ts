/**
 * The per-session CSRF token of the one write route (Train now). A session is a random id in an HttpOnly,
 * SameSite=Strict cookie; its token is an HMAC of that id under a key made at server start, handed to the
 * page by `GET /api/session` (which a page of another origin cannot read: no CORS, Host and Origin checked).
 * A write needs the cookie and the token in a custom header, which no form and no simple cross-origin
 * request can send.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'fntasks_session';
export const CSRF_HEADER = 'x-fntasks-csrf';

/** Issues and checks session tokens under one key (one per server process). */
export interface CsrfTokens {
  /** The token of the request's session, creating the session (cookie) when there is none. */
  issue(c: Context): string;
  /** True when the request carries its session cookie and that session's token in the header. */
  verify(c: Context): boolean;
}

export function createCsrfTokens(): CsrfTokens {
  const key = randomBytes(32);
  const tokenOf = (session: string) => createHmac('sha256', key).update(session).digest('base64url');
  return {
    issue(c) {
      let session = getCookie(c, SESSION_COOKIE);
      if (!session || !/^[\w-]{22,64}$/.test(session)) {
        session = randomBytes(24).toString('base64url');
        setCookie(c, SESSION_COOKIE, session, { httpOnly: true, sameSite: 'Strict', path: '/' });
      }
      return tokenOf(session);
    },
    verify(c) {
      const session = getCookie(c, SESSION_COOKIE);
      const sent = c.req.header(CSRF_HEADER);
      if (!session || !sent) return false;
      const expected = Buffer.from(tokenOf(session));
      const given = Buffer.from(sent);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
