import { cookie, sessionCookieName } from "./cookies";

/** The Set-Cookie header that signs a browser in (a session cookie: gone when the browser closes). */
export function sessionCookie(token: string, secure: boolean): string {
  return cookie(sessionCookieName, token, { secure });
}

/** The Set-Cookie header that removes the session cookie. */
export function clearSessionCookie(secure: boolean): string {
  return cookie(sessionCookieName, "", { secure, maxAgeSeconds: 0 });
}

/** Only a local path may be returned to after signing in. */
export function safeNext(value: string | null | undefined): string {
  return value?.startsWith("/") && !value.startsWith("//") && !value.startsWith("/logind") ? value : "/";
}
