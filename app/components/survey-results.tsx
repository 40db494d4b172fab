import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import type { Question } from "~/surveys/questionnaire";
import type { QuestionResult, Share } from "~/surveys/survey-results";

const shareText = (s: Share, lang: Language) =>
  `${formatNumber(s.percent, lang)} % (${formatNumber(s.low, lang)}–${formatNumber(s.high, lang)} %)`;

/** A round's results: every question for all respondents, then per group; small groups say so. */
export function RoundResults({
  label,
  questions,
  results,
}: {
  label: string;
  questions: Question[];
  results: QuestionResult[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const groupLabel = (g: string | null) => {
    if (g === null) return t("surveys.results.everyone");
    const [qk, ok] = g.split(":");
    const q = questions.find((x) => x.key === qk);
    return `${q?.text ?? qk}: ${q?.options.find((o) => o.key === ok)?.label ?? ok}`;
  };
  return (
    <>
      {questions.map((q) => (
        <table key={q.key} className="table table--compact table--responsive-headers">
          <caption>{`${label}: ${q.text}`}</caption>
          <thead>
            <tr>
              <th scope="col">{t("surveys.results.group")}</th>
              <th scope="col">{t("surveys.results.n")}</th>
              <th scope="col">{t("surveys.results.answer")}</th>
            </tr>
          </thead>
          <tbody>
            {results
              .filter((r) => r.question === q.key)
              .map((r) => (
                <tr key={`${r.group}`}>
                  <th scope="row" data-title={t("surveys.results.group")}>
                    {groupLabel(r.group)}
                  </th>
                  <td data-title={t("surveys.results.n")}>{r.n}</td>
                  <td data-title={t("surveys.results.answer")}>
                    {r.suppressed ? (
                      t("surveys.results.suppressed")
                    ) : r.options ? (
                      <ul className="nobullet-list">
                        {r.options.map((o) => (
                          <li key={o.key}>{`${o.label}: ${o.share.count} · ${shareText(o.share, lang)}`}</li>
                        ))}
                      </ul>
                    ) : r.mean !== undefined ? (
                      t("surveys.results.mean", { mean: formatNumber(r.mean, lang) })
                    ) : (
                      <ul>
                        {(r.texts ?? []).map((x, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: texts may repeat
                          <li key={i}>{x}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

type Comparison = {
  round: string;
  baseline: string;
  questions: {
    question: string;
    option: string;
    label: string;
    before: Share;
    after: Share;
    diff: { points: number; low: number; high: number; clear: boolean };
  }[];
};

/** A round against the baseline: every share before and after, the change with its 95 % interval, and whether it is clear. */
export function RoundComparison({ c, questions }: { c: Comparison; questions: Question[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const signed = (x: number) => (x > 0 ? `+${formatNumber(x, lang)}` : formatNumber(x, lang));
  return (
    <table className="table table--compact table--responsive-headers">
      <caption>{t("surveys.compare.caption", { round: c.round, baseline: c.baseline })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("surveys.compare.answer")}</th>
          <th scope="col">{c.baseline}</th>
          <th scope="col">{c.round}</th>
          <th scope="col">{t("surveys.compare.change")}</th>
        </tr>
      </thead>
      <tbody>
        {c.questions.map((r) => (
          <tr key={`${r.question}-${r.option}`}>
            <th scope="row" data-title={t("surveys.compare.answer")}>
              {`${questions.find((q) => q.key === r.question)?.text ?? r.question}: ${r.label}`}
            </th>
            <td data-title={c.baseline}>{shareText(r.before, lang)}</td>
            <td data-title={c.round}>{shareText(r.after, lang)}</td>
            <td data-title={t("surveys.compare.change")}>
              {t("surveys.compare.points", {
                points: signed(r.diff.points),
                low: signed(r.diff.low),
                high: signed(r.diff.high),
              })}
              {r.diff.clear ? ` · ${t("surveys.compare.clear")}` : ` · ${t("surveys.compare.unclear")}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
