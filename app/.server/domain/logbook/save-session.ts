import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { isUuid } from "../../ids";
import { addToRoster } from "./attendance";
import { type AttendanceChange, changeAttendance } from "./change-attendance";
import { createParticipant } from "./create-participant";
import { roster } from "./find-participants";
import { type LogbookContext, requireActivity } from "./logbook-context";
import type { ParticipantInput } from "./participant-input";
import { eventOn } from "./session-screen";
import { usualEventType } from "./usual-event-type";
import { createRecord } from "./write-record";

/** One save of the attendance screen. */
export interface SessionInput {
  activityKey: string;
  /** The event the screen was opened on; without it the event of `date` is found or created. */
  eventId?: string;
  date: string;
  type?: string;
  change: AttendanceChange;
  /** "Alle mødt" without JavaScript: everyone on the roster is ticked. */
  everyone?: boolean;
  /** A walk-in typed into "+ ny deltager": added to the roster and ticked. */
  walkIn?: ParticipantInput;
  /** The walk-in is someone already registered (chosen after a duplicate warning). */
  walkInExisting?: string;
  confirmNew?: boolean;
}

/**
 * Saves a session from its attendance screen in one go: the day's event (found or created), the
 * ticks and unticks as changes, and a walk-in added to the roster and ticked. A likely duplicate
 * walk-in is returned for the person to choose; the ticks are saved already.
 * @example await saveSession(db, cipher, ctx, { activityKey: "lektiecafe", date: "2014-03-04", change: { tick: [id], untick: [] } });
 */
export async function saveSession(db: Database, cipher: FieldCipher, ctx: LogbookContext, input: SessionInput) {
  const activity = await requireActivity(db, ctx, input.activityKey, "logbook.write");
  const eventId =
    input.eventId && isUuid(input.eventId)
      ? input.eventId
      : ((await eventOn(db, ctx, activity, input.date))?.id ??
        (
          await createRecord(db, cipher, ctx, "event", {
            activityKey: activity.key,
            type: input.type || (await usualEventType(db, ctx, activity)) || "arrangement",
            date: input.date,
          })
        ).id);
  const tick = input.everyone ? (await roster(db, ctx, activity.id)).map((p) => p.id) : input.change.tick;
  let result = await changeAttendance(db, ctx, eventId, { tick, untick: input.everyone ? [] : input.change.untick });
  let walkIn: { id: string; code: string } | undefined;
  if (input.walkInExisting) {
    await addToRoster(db, ctx, activity.key, [input.walkInExisting]);
    walkIn = { id: input.walkInExisting, code: "" };
  } else if (input.walkIn) {
    const made = await createParticipant(db, cipher, ctx, {
      activityKey: activity.key,
      participant: input.walkIn,
      confirmNew: input.confirmNew,
    });
    if ("duplicates" in made) return { eventId, total: result.total, duplicates: made.duplicates };
    walkIn = made.created;
  }
  if (walkIn) result = await changeAttendance(db, ctx, eventId, { tick: [walkIn.id], untick: [] });
  return { eventId, total: result.total, walkIn };
}
