import { and, asc, eq, isNotNull } from "drizzle-orm";
import * as oidc from "openid-client";
import { recordAudit } from "../../audit/record-audit";
import { createSession, type SessionRules } from "../../auth/sessions";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { memberships, organisations, users } from "../../db/schema";
import { userError } from "../../errors";

/** Organisations that offer sign-in through their own identity provider. */
export async function ssoOrganisations(db: Database) {
  return db
    .select({ slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(and(isNotNull(organisations.oidcIssuer), isNotNull(organisations.oidcClientId)))
    .orderBy(asc(organisations.name));
}

const discovered = new Map<string, Promise<oidc.Configuration>>();

/** The provider's configuration (discovered once per issuer and client). Plain http only on this machine. */
function providerConfig(org: typeof organisations.$inferSelect, cipher: FieldCipher): Promise<oidc.Configuration> {
  const issuer = new URL(org.oidcIssuer as string);
  const key = `${issuer.href}|${org.oidcClientId}`;
  let found = discovered.get(key);
  if (!found) {
    const local = ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname);
    found = oidc.discovery(
      issuer,
      org.oidcClientId as string,
      cipher.decryptOptional(org.oidcClientSecret) ?? undefined,
      undefined,
      {
        execute: local ? [oidc.allowInsecureRequests] : [],
      },
    );
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

async function ssoOrganisation(db: Database, slug: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  if (!org?.oidcIssuer || !org.oidcClientId) throw userError("not-found", "noSso");
  return org;
}

/** Where the identity provider sends the browser back. */
export const callbackPath = "/logind/sso/callback";

/**
 * Starts SSO sign-in: the address of the organisation's identity provider (authorization code
 * flow with PKCE, state and nonce) and the encrypted cookie value that remembers the flow.
 */
export async function startOidcSignIn(
  db: Database,
  cipher: FieldCipher,
  publicUrl: string,
  slug: string,
  next: string,
) {
  const org = await ssoOrganisation(db, slug);
  const config = await providerConfig(org, cipher);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: publicUrl + callbackPath,
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  const flow = cipher.encrypt(
    JSON.stringify({ slug, verifier, state, nonce, next, expires: Date.now() + 10 * 60_000 }),
  );
  return { url: url.href, flow };
}

/**
 * Finishes SSO sign-in: checks the answer (state, nonce, PKCE, ID token), then signs in the
 * member of the organisation with that verified e-mail address. Users are not created here:
 * an administrator adds members first. The identity provider stands for the second factor.
 */
export async function finishOidcSignIn(
  db: Database,
  cipher: FieldCipher,
  rules: SessionRules,
  input: { publicUrl: string; callbackUrl: URL; flow: string | undefined; ip: string; userAgent: string },
): Promise<{ token: string; next: string }> {
  const saved = input.flow
    ? (JSON.parse(cipher.decrypt(input.flow)) as {
        slug: string;
        verifier: string;
        state: string;
        nonce: string;
        next: string;
        expires: number;
      })
    : undefined;
  if (!saved || saved.expires < Date.now()) throw userError("sso-expired", "ssoExpired");
  const org = await ssoOrganisation(db, saved.slug);
  const config = await providerConfig(org, cipher);
  const current = new URL(input.publicUrl + callbackPath + input.callbackUrl.search);
  let claims: { email?: unknown; email_verified?: unknown } | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: saved.verifier,
      expectedState: saved.state,
      expectedNonce: saved.nonce,
    });
    const idToken = tokens.claims();
    // Providers may keep the e-mail out of the ID token; then ask the userinfo endpoint.
    claims = (
      idToken?.email
        ? idToken
        : await oidc.fetchUserInfo(config, tokens.access_token, idToken?.sub ?? oidc.skipSubjectCheck)
    ) as typeof claims;
  } catch {
    throw userError("sso-failed", "idpRefused");
  }
  const email = typeof claims?.email === "string" ? claims.email.toLowerCase() : undefined;
  const domainOk = !org.oidcEmailDomain || email?.endsWith(`@${org.oidcEmailDomain.toLowerCase()}`);
  if (!email || claims?.email_verified === false || !domainOk) throw userError("sso-no-email", "idpNoVerifiedEmail");
  const [row] = await db
    .select({ user: users })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organisationId, org.id)))
    .where(eq(users.email, email));
  const system = { kind: "system" as const, reason: "sso" };
  if (!row || row.user.disabledAt) {
    await recordAudit(db, system, {
      action: "auth.signIn",
      resourceType: "user",
      organisationId: org.id,
      outcome: "denied",
      details: { method: "oidc", reason: row ? "disabled" : "not-member" },
    });
    throw userError("sso-not-member", "ssoNotMember", { params: { organisation: org.name } });
  }
  const token = await createSession(db, rules, {
    userId: row.user.id,
    method: "oidc",
    secondFactorDone: true,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  await db.update(users).set({ lastSignInAt: new Date(), failedSignIns: 0 }).where(eq(users.id, row.user.id));
  await recordAudit(db, system, {
    action: "auth.signIn",
    resourceType: "user",
    resourceId: row.user.id,
    organisationId: org.id,
    outcome: "allowed",
    details: { method: "oidc" },
  });
  return { token, next: saved.next };
}
