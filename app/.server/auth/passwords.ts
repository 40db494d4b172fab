import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

/** OWASP's argon2id settings: 19 MiB memory, 2 iterations, 1 lane. */
const argon2id = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2id);
}

/** Checks a password against its argon2id hash; a malformed hash is a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Danish words people reach for; the common list (about 49.000 passwords) covers the rest.
const danishCommon = [
  "kodeord",
  "adgangskode",
  "hemmelig",
  "sommerfugl",
  "velkommen",
  "danmark",
  "kobenhavn",
  "helhed",
];
let zxcvbn: ZxcvbnFactory | undefined;

export const passwordRules = { minLength: 12, maxLength: 256 };

/**
 * Checks a new password the NIST 800-63B way: at least 12 characters, not a common or easily
 * guessed password, not built from the user's own name or email. No composition rules, no
 * forced rotation. Returns Danish messages; an empty list means the password is fine.
 */
export async function passwordProblems(
  password: string,
  user: { email?: string; name?: string } = {},
): Promise<string[]> {
  if (password.length < passwordRules.minLength)
    return [`Adgangskoden skal have mindst ${passwordRules.minLength} tegn. En sætning af flere ord er let at huske.`];
  if (password.length > passwordRules.maxLength) return [`Adgangskoden må højst have ${passwordRules.maxLength} tegn.`];
  zxcvbn ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  const personal = [user.email?.split("@")[0], ...(user.name?.split(/\s+/) ?? [])].filter(
    (w): w is string => !!w && w.length >= 3,
  );
  const lower = password
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae");
  if (personal.some((w) => lower.includes(w.toLowerCase())))
    return ["Adgangskoden må ikke indeholde dit navn eller din e-mailadresse."];
  const result = await zxcvbn.check(password, [...personal, ...danishCommon]);
  const wholeIsCommon = result.sequence.length === 1 && result.sequence[0].pattern === "dictionary";
  if (wholeIsCommon || result.score < 3)
    return ["Adgangskoden er for almindelig eller let at gætte. Brug fx flere tilfældige ord i en sætning."];
  return [];
}
