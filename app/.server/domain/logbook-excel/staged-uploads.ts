import { randomUUID } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { importUploads } from "../../db/schema";
import { userError } from "../../errors";
import type { LogbookContext } from "../logbook/logbook-context";

/** How long a checked file waits for the import. */
const lifetimeMs = 60 * 60 * 1000;
/** The largest file the page takes. */
export const maxUploadBytes = 20 * 1024 * 1024;

/** Who uploads for which plan: a logbook context, or any use case that has checked the plan. */
type UploadContext = Pick<LogbookContext, "actor" | "planId"> & { resource: { organisationId: string } };

function uploader(ctx: UploadContext): string {
  if (ctx.actor.kind !== "user") throw userError("forbidden", "onlyUserUploads");
  return ctx.actor.userId;
}

/**
 * Keeps an uploaded workbook (encrypted) between the check and the import, so the page works
 * without JavaScript; returns its id. Files older than an hour are removed on the way.
 */
export async function stageUpload(
  db: Database,
  cipher: FieldCipher,
  ctx: UploadContext,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  const userId = uploader(ctx);
  await db.delete(importUploads).where(lt(importUploads.createdAt, new Date(Date.now() - lifetimeMs)));
  const id = randomUUID();
  await db.insert(importUploads).values({
    id,
    organisationId: ctx.resource.organisationId,
    planId: ctx.planId,
    userId,
    fileName: fileName.slice(0, 200),
    contentEnc: cipher.encrypt(Buffer.from(bytes).toString("base64")),
  });
  return id;
}

/** A file this user uploaded for this plan within the hour. */
export async function stagedUpload(db: Database, cipher: FieldCipher, ctx: UploadContext, id: string) {
  const userId = uploader(ctx);
  const gone = userError("upload-expired", "uploadExpired");
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw gone;
  const [row] = await db
    .select()
    .from(importUploads)
    .where(and(eq(importUploads.id, id), eq(importUploads.userId, userId), eq(importUploads.planId, ctx.planId)));
  if (!row || row.createdAt.getTime() < Date.now() - lifetimeMs) throw gone;
  return { id: row.id, fileName: row.fileName, bytes: Buffer.from(cipher.decrypt(row.contentEnc), "base64") };
}

/** Removes a staged file (after the import). */
export async function dropUpload(db: Database, id: string) {
  await db.delete(importUploads).where(eq(importUploads.id, id));
}
