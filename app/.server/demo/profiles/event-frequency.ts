import { fold } from "./words";

export type Frequency = "output" | "meeting" | "weekly" | "monthly" | "yearly" | "occasional";

/** How often an event type happens, read from its key and name. */
export function frequencyOf(type: string, name = ""): Frequency {
  const t = fold(`${type} ${name}`);
  if (/blad|nyhedsbrev|historie|udgivelse|informationsmateriale|pressemeddelelse|hjemmeside/.test(t)) return "output";
  if (/koordinering|samarbejdspartner|planlaegningsmoede|styregruppe|netvaerksmoede/.test(t)) return "meeting";
  if (/ugentlig|lektiecafe|madklub|cafe|faellesspisning|ungeaktivitet|gadeplan|street/.test(t)) return "weekly";
  if (/fastelavn|jul|sommerfest|aabent.hus|festival|lejr|hoejskole|rengoeringsdag|lysfest|eidfest/.test(t))
    return "yearly";
  if (/moede|temaaften|oplaeg|undervisning|gaard|arbejdsdag|homeparty|tur|intro|vandring|beplantning|vaerksted/.test(t))
    return "monthly";
  return "occasional";
}
