import { Secret, TOTP } from "otpauth";

/** A new random TOTP secret (base32), for an authenticator app. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = "Helhed") {
  return new TOTP({
    issuer: "Helhed",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

/** The otpauth:// address an authenticator app scans. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/**
 * Checks a 6-digit code, accepting the neighbouring 30-second steps. Returns the time step
 * used, so the caller can refuse the same code twice; undefined when the code is wrong.
 */
export function verifyTotp(secret: string, code: string, now = Date.now()): number | undefined {
  const cleaned = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(cleaned)) return undefined;
  const delta = totp(secret).validate({ token: cleaned, timestamp: now, window: 1 });
  return delta === null ? undefined : Math.floor(now / 30_000) + delta;
}

/** The current code, for tests and for showing in a local demo. */
export function currentTotp(secret: string, now = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}
