import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import type { ErrorKey, MessageParams } from "~/i18n/error-text";
import { userError } from "../errors";
import { danishWords } from "./danish-words";

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

let zxcvbn: ZxcvbnFactory | undefined;

export const passwordRules = { minLength: 12, maxLength: 256 };

/** Folds a word or password the same way: lower case, no accents, æ/ø/å spelt out, no leetspeak digits. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

const leet: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };

/** The words a password may be built on: its letters with the digits and symbols at its ends cut, and all its letters with leetspeak undone. */
function cores(password: string): string[] {
  const folded = fold(password);
  return [
    folded.replace(/^[^a-z]+|[^a-z]+$/g, "").replace(/[^a-z]/g, ""),
    folded.replace(/[0-9@$]/g, (c) => leet[c] ?? c).replace(/[^a-z]/g, ""),
  ];
}

/** What is wrong with a new password: a message key and its values. */
export type PasswordProblem = { key: ErrorKey; params?: MessageParams };

/** The refusal of a weak password, at the form field `path`. */
export function weakPassword({ key, params }: PasswordProblem, path: string) {
  return userError("weak-password", key, { params, details: [{ path, key, params }] });
}

/**
 * Checks a new password the NIST 800-63B way: at least 12 characters, not a common or easily
 * guessed password, not built from the user's own name or e-mail, nor from the words around
 * them (`context`: their organisations, plans and areas — "Lejerbo2026!!"), nor from a common
 * Danish word ("Sommer2024!!"). No composition rules, no forced rotation. Returns messages by
 * key (app/i18n/errors.*.json); an empty list means the password is fine.
 */
export async function passwordProblems(
  password: string,
  user: { email?: string; name?: string } = {},
  context: string[] = [],
): Promise<PasswordProblem[]> {
  if (password.length < passwordRules.minLength)
    return [{ key: "passwordTooShort", params: { min: passwordRules.minLength } }];
  if (password.length > passwordRules.maxLength)
    return [{ key: "passwordTooLong", params: { max: passwordRules.maxLength } }];
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, danish: danishWords },
    graphs: common.adjacencyGraphs,
  });
  const words = (list: (string | undefined)[]) =>
    list.flatMap((w) => fold(w ?? "").split(/[^a-z0-9]+/)).filter((w) => w.length >= 3);
  const personal = words([user.email?.split("@")[0], user.name]);
  const around = words([...context, user.email?.split("@")[1]?.split(".")[0]]);
  const folded = fold(password);
  if (personal.some((w) => folded.includes(w))) return [{ key: "passwordHasName" }];
  const base = cores(password);
  if (around.some((w) => base.some((b) => b === w || (w.length >= 5 && b.startsWith(w) && b.length - w.length < 4))))
    return [{ key: "passwordHasContext" }];
  const result = await zxcvbn.check(password, [...personal, ...around]);
  const wholeIsCommon = result.sequence.length === 1 && result.sequence[0].pattern === "dictionary";
  if (wholeIsCommon || result.score < 3 || danishWords.some((w) => base.includes(w)))
    return [{ key: "passwordTooCommon" }];
  return [];
}
