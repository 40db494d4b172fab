import type { Activity } from "~/plan-format/activity";
import { fold } from "./words";

/** The ages an activity is for, read from its title, target group and name, and whether families come. */
export function agesFromText(a: Activity): { min: number; max: number; family: boolean } {
  // Ages stated in the title or target group ("13-14 år") win; otherwise the activity's own name decides.
  const name = fold(`${a.key} ${a.title}`);
  const stated = /(\d{1,2})\s*[-–]\s*(\d{1,2})\s*aar/.exec(fold(`${a.title} ${a.targetGroup ?? ""}`));
  const family = /famil|foraeld/.test(name);
  if (stated) return { min: Number(stated[1]), max: Number(stated[2]), family };
  if (/voksne/.test(name)) return { min: 18, max: 70, family };
  if (/lommepenge/.test(name)) return { min: 13, max: 15, family };
  if (/fritidsjob|ung.i.job/.test(name)) return { min: 14, max: 18, family };
  if (/lektie|boern|skole/.test(name)) return { min: 6, max: 16, family };
  if (/unge|ungdom|street|gadeplan|ungeengagement/.test(name)) return { min: 12, max: 22, family };
  if (/(^|[^a-z])(senior|aeldre|pensionist)/.test(name)) return { min: 60, max: 85, family };
  if (family) return { min: 24, max: 52, family };
  const group = fold(a.targetGroup ?? "");
  if (/boern|unge/.test(group) && !/voksne|foraeld/.test(group)) return { min: 8, max: 20, family };
  return { min: 20, max: 75, family };
}
