import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { userError } from "../../errors";
import type { LogbookContext } from "./logbook-context";
import { createRecord } from "./write-record";

/** A contact as the form gives it, with the referral made at it, if any. */
export interface ContactInput {
  activityKey: string;
  participantId: string;
  date: string;
  topic: string;
  notes?: string;
  /** The "Henvist videre" box is ticked. */
  referred: boolean;
  receivingBody: string;
  result: string;
}

/**
 * Logs a contact (henvendelse) and, when the person was referred on, the referral with it, in one
 * transaction: both or neither. A referral's result written without the box ticked is not dropped
 * in silence: the form says to tick the box or clear the result, and nothing is saved.
 */
export async function logContact(db: Database, cipher: FieldCipher, ctx: LogbookContext, input: ContactInput) {
  if (!input.referred && input.result.trim() !== "")
    throw userError("invalid-contact", "checkFields", {
      details: [{ path: "result", key: "referralResultWithoutReferral" }],
    });
  const { activityKey, participantId, date, topic, notes } = input;
  return db.transaction(async (tx) => {
    const contact = await createRecord(tx, cipher, ctx, "contact", { activityKey, participantId, date, topic, notes });
    if (input.referred)
      await createRecord(tx, cipher, ctx, "referral", {
        activityKey,
        contactId: contact.id,
        participantId,
        date,
        receivingBody: input.receivingBody,
        result: input.result,
      });
    return contact;
  });
}
