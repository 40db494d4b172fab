import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Encrypts sensitive fields (Article 9 data, free-text notes) with AES-256-GCM. The key is held
 * outside the database: in HELHED_ENCRYPTION_KEY (base64, 32 bytes) or in a key file that only
 * the server's user can read. A stolen database dump therefore reveals no sensitive text.
 */
export class FieldCipher {
  private readonly key: Buffer;
  /** A short fingerprint of the key, stored with each value so a wrong key is detected. */
  readonly keyId: string;

  constructor(key: Buffer) {
    if (key.length !== 32)
      throw new Error("Krypteringsnøglen skal være 32 bytes (base64-kodet i HELHED_ENCRYPTION_KEY).");
    this.key = key;
    this.keyId = createHash("sha256").update(key).digest("hex").slice(0, 8);
  }

  /** Encrypts a text; the result starts with "enc:v1:" and names the key. */
  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return `enc:v1:${this.keyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
  }

  /** Decrypts a value made by `encrypt`; fails loudly on a wrong key or a tampered value. */
  decrypt(value: string): string {
    const [prefix, version, keyId, data] = value.split(":");
    if (prefix !== "enc" || version !== "v1") throw new Error("Værdien er ikke krypteret med Helheds feltkryptering.");
    if (keyId !== this.keyId) throw new Error(`Værdien er krypteret med en anden nøgle (${keyId}).`);
    const raw = Buffer.from(data, "base64");
    const decipher = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  }

  /** Encrypts an optional value. */
  encryptOptional(plain: string | null | undefined): string | null {
    return plain === null || plain === undefined || plain === "" ? null : this.encrypt(plain);
  }

  /** Decrypts an optional value. */
  decryptOptional(value: string | null | undefined): string | null {
    return value ? this.decrypt(value) : null;
  }
}

/**
 * Loads the key from HELHED_ENCRYPTION_KEY, or from the key file (created with a new random key,
 * readable only by its owner, the first time the server starts).
 */
export function loadFieldCipher(options: { envKey?: string; keyFile: string }): FieldCipher {
  if (options.envKey) return new FieldCipher(Buffer.from(options.envKey, "base64"));
  if (!existsSync(options.keyFile)) {
    mkdirSync(dirname(options.keyFile), { recursive: true });
    writeFileSync(options.keyFile, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  chmodSync(options.keyFile, 0o600);
  return new FieldCipher(Buffer.from(readFileSync(options.keyFile, "utf8").trim(), "base64"));
}
