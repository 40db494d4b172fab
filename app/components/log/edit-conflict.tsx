import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { fieldValueText } from "./field-value";

/** An event's fields as its form sends them, in the order of the form. */
export type EventFormValues = Record<string, string>;

const fieldOrder = ["type", "title", "date", "startTime", "endTime", "place", "headcount"];
const labelKey = (field: string) =>
  field.startsWith("breakdown.")
    ? `log.breakdown.${field.slice(10)}`
    : ({ type: "log.eventType", title: "log.eventTitle", headcount: "log.headcountLabel" }[field] ?? `log.${field}`);

/** A stored event in the shape its form sends, so the two versions compare field by field. */
export function eventAsForm(event: {
  type: string;
  title: string | null;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  headcount: number | null;
  breakdown: Record<string, number>;
  notes: string | null;
}): EventFormValues {
  const values: EventFormValues = {
    type: event.type,
    title: event.title ?? "",
    date: event.date,
    startTime: event.startTime ?? "",
    endTime: event.endTime ?? "",
    place: event.place ?? "",
    headcount: event.headcount?.toString() ?? "",
    notes: event.notes ?? "",
  };
  for (const [part, n] of Object.entries(event.breakdown)) values[`breakdown.${part}`] = String(n);
  return values;
}

/** The fields the person edited (those their form sent), in the form's order, notes last. */
function comparedFields(mine: EventFormValues): string[] {
  const sent = Object.keys(mine);
  const breakdown = sent.filter((f) => f.startsWith("breakdown.")).sort();
  return [...fieldOrder.filter((f) => sent.includes(f)), ...breakdown, ...(sent.includes("notes") ? ["notes"] : [])];
}

/**
 * An edit that met a newer saved version: both versions side by side, field by field (differing
 * fields marked). The table carries the saved version and the fields as data attributes, so the
 * phone's outbox reads the same answer when it sends an edit made offline.
 */
export function EditConflictTable({
  version,
  mine,
  saved,
  eventTypes,
}: {
  version: number;
  mine: EventFormValues;
  saved: EventFormValues;
  eventTypes: { key: string; name: string }[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const names = { type: Object.fromEntries(eventTypes.map((e) => [e.key, e.name])) };
  const show = (field: string, value: string | undefined) => fieldValueText(field, value, names, t, lang);
  const fields = comparedFields(mine);
  const rows = fields
    .filter((f) => (mine[f] ?? "") !== (saved[f] ?? ""))
    .map((field) => ({
      field,
      label: t(labelKey(field)),
      mine: show(field, mine[field]),
      saved: show(field, saved[field]),
    }));
  return (
    <>
      <VersionsTable rows={rows} version={version} />
      <p className="form-hint">{t("conflict.same", { count: fields.length - rows.length })}</p>
    </>
  );
}

/** A field that differs between the person's version and the saved one, as shown. */
export interface DifferingField {
  field: string;
  label: string;
  mine: string;
  saved: string;
}

/**
 * The differing fields side by side. With the saved version given, it carries it and the fields as
 * data attributes: the phone's outbox reads the conflict from the page the server answers with.
 */
export function VersionsTable({ rows, version }: { rows: DifferingField[]; version?: number }) {
  const { t } = useTranslation();
  return (
    <table className="table table--compact edit-conflict" data-version={version}>
      <caption className={version === undefined ? "sr-only" : undefined}>{t("conflict.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("conflict.field")}</th>
          <th scope="col">{t("conflict.mine")}</th>
          <th scope="col">{t("conflict.saved")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} data-field={row.field}>
            <th scope="row">{row.label}</th>
            <td data-mine>{row.mine}</td>
            <td data-saved>{row.saved}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the person typed, back in the shape of the event form's values (kept in the form after a conflict). */
export function formAsEvent(mine: EventFormValues) {
  const breakdown: Record<string, number> = {};
  for (const [field, value] of Object.entries(mine))
    if (field.startsWith("breakdown.") && value !== "") breakdown[field.slice(10)] = Number(value);
  return {
    type: mine.type,
    title: mine.title ?? null,
    date: mine.date,
    startTime: mine.startTime ?? null,
    endTime: mine.endTime ?? null,
    place: mine.place ?? null,
    headcount: mine.headcount ? Number(mine.headcount) : null,
    breakdown,
    notes: mine.notes ?? null,
  };
}
