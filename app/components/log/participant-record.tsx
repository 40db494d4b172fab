import { Link } from "react-router";
import type { ParticipantRecordView as Record } from "~/.server/domain/logbook/open-participant";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { CsrfField } from "../csrf-field";
import { Facts } from "../text";
import { HistoryList } from "./history-list";

/** Sensitive facts, once revealed. */
type Sensitive = { health?: string; addiction?: string; ethnicity?: string; notes: string | null };

/** A participant's record: pseudonymous facts, consents, what they took part in; sensitive data only on request. */
export function ParticipantRecord({
  slug,
  record: r,
  sensitive,
}: {
  slug: string;
  record: Record;
  sensitive?: Sensitive;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Facts
        items={[
          { label: t("log.initials"), value: r.initials ?? undefined },
          { label: t("log.name"), value: r.name ?? undefined },
          { label: t("log.contact"), value: r.contact ?? undefined },
          { label: t("log.birthYear"), value: r.birthYear ?? undefined },
          { label: t("log.gender"), value: t(`log.genders.${r.gender}`) },
          { label: t("log.department"), value: r.departmentNumber ?? undefined },
          { label: t("log.household"), value: r.household ?? undefined },
          { label: t("log.resident"), value: r.resident ? t("log.yes") : t("log.no") },
          { label: t("log.volunteer"), value: r.volunteer ? t("log.yes") : undefined },
          { label: t("log.targetGroups"), value: r.targetGroupTags.join(", ") || undefined },
          { label: t("log.activities"), value: r.activities.map((a) => a.title).join(", ") },
        ]}
      />
      {r.consents.length > 0 ? <Consents consents={r.consents} /> : null}
      {r.hasSensitive ? <SensitiveFacts sensitive={sensitive} /> : null}
      <Participation slug={slug} record={r} />
      <HistoryList history={r.history as never} />
    </>
  );
}

/** The consents given, by whom, for what, and when any was withdrawn. */
function Consents({ consents }: { consents: Record["consents"] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="plan-section">
      <h2>{t("log.consents")}</h2>
      <ul>
        {consents.map((c) => (
          <li key={`${c.givenOn}${c.givenBy}`}>
            {formatDate(c.givenOn, lang)}:{" "}
            {t(c.givenBy === "parent" ? "log.consentByParent" : "log.consentByParticipant")} –{" "}
            {c.purposes.map((p) => t(`log.purposes.${p}`, { defaultValue: p })).join(", ")}
            {c.withdrawnOn ? ` (${t("log.withdrawn", { date: formatDate(c.withdrawnOn, lang) })})` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Sensitive facts: shown once revealed, else a button that reveals them. */
function SensitiveFacts({ sensitive }: { sensitive: Sensitive | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section">
      <h2>{t("log.sensitiveTitle")}</h2>
      {sensitive ? (
        <Facts
          items={[
            { label: t("log.health"), value: sensitive.health },
            { label: t("log.addiction"), value: sensitive.addiction },
            { label: t("log.ethnicity"), value: sensitive.ethnicity },
            { label: t("log.notes"), value: sensitive.notes ?? undefined },
          ]}
        />
      ) : (
        <form method="post">
          <CsrfField />
          <p className="form-hint">{t("log.revealHint")}</p>
          <button type="submit" name="intent" value="reveal" className="button button-secondary">
            {t("log.reveal")}
          </button>
        </form>
      )}
    </section>
  );
}

/** What the participant took part in: events, courses with their stages, contacts, referrals, assessments, hours. */
function Participation({ slug, record: r }: { slug: string; record: Record }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="plan-section">
      <h2>{t("log.participation")}</h2>
      <p>{t("log.attendedCount", { count: r.attendance.count })}</p>
      <ul>
        {r.attendance.last.map((e) => (
          <li key={e.id}>
            <Link to={`/log/${slug}/arrangement/${e.id}`}>
              {formatDate(e.date, lang)} · {e.activity}
            </Link>
          </li>
        ))}
      </ul>
      {r.courses.length > 0 ? <h3>{t("log.courses")}</h3> : null}
      <ul>
        {r.courses.map((c) => (
          <li key={c.id}>
            <Link to={`/log/${slug}/forloeb/${c.id}`}>
              {c.courseType} · {formatDate(c.startDate, lang)}
            </Link>{" "}
            <span className="form-hint">
              {c.stages.map((s) => s.stage).join(" → ")}
              {c.outcome ? ` · ${c.outcome}` : ""}
            </span>
          </li>
        ))}
      </ul>
      {r.contacts.length + r.referrals.length + r.assessments.length + r.volunteerHours.length > 0 ? (
        <ul>
          {r.contacts.map((c) => (
            <li key={c.id}>
              {t("log.contactLine", { date: formatDate(c.date, lang), topic: c.topic ?? "", activity: c.activity })}
            </li>
          ))}
          {r.referrals.map((c) => (
            <li key={c.id}>
              {t("log.referralLine", { date: formatDate(c.date, lang), body: c.receivingBody, activity: c.activity })}
            </li>
          ))}
          {r.assessments.map((c) => (
            <li key={c.id}>{t("log.assessmentLine", { date: formatDate(c.date, lang), assessment: c.assessment })}</li>
          ))}
          {r.volunteerHours.map((c) => (
            <li key={c.id}>
              {t("log.hoursLine", { date: formatDate(c.date, lang), hours: c.hours, activity: c.activity })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
