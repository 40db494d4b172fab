import type { TFunction } from "i18next";
import { useState } from "react";
import { useNavigation } from "react-router";
import { PostForm, Select, SubmitButton } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";

type Step = "side" | "struktur" | "succeskriterier";
interface Progress {
  step: Step;
  done: number;
  of: number;
}

/** What the reading answers: the review, or why the document could not be read. */
export interface ReadAnswer {
  error?: string;
  review?: unknown;
  draft?: string;
  organisationId?: string;
}

/** Reads the streamed answer (JSON lines), telling each progress line; returns the answer. */
async function readLines(response: Response, onProgress: (p: Progress) => void): Promise<ReadAnswer> {
  const reader = response.body?.getReader();
  if (!reader) return {};
  const decoder = new TextDecoder();
  let buffer = "";
  let answer: ReadAnswer = {};
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      const parsed = JSON.parse(line) as { progress?: Progress; answer?: ReadAnswer; error?: string };
      if (parsed.progress) onProgress(parsed.progress);
      if (parsed.answer) answer = parsed.answer;
      if (parsed.error) answer = { error: parsed.error };
    }
    if (done) return answer;
  }
}

/** An answer that is not a stream (a refused file, an old form): its message. */
async function refusal(response: Response, fallback: string): Promise<ReadAnswer> {
  const body = (await response.json().catch(() => undefined)) as { error?: string; message?: string } | undefined;
  return { error: body?.error ?? body?.message ?? fallback };
}

/** The status line: how far the reading is, in the reader's language. */
function statusText(progress: Progress | "sending" | undefined, submitting: boolean, t: TFunction) {
  if (progress === undefined) return submitting ? t("planRead.reading") : undefined;
  if (progress === "sending") return t("planRead.sending");
  if (progress.step === "side")
    return progress.of > 1 ? t("planRead.page", { done: progress.done, of: progress.of }) : t("planRead.reading");
  return progress.step === "struktur" ? t("planRead.structure") : t("planRead.criteriaStep", { n: progress.of });
}

/**
 * The plan import form. With JavaScript the document is sent to the reading stream and the page
 * shows how far it is ("Læser side 37 af 100", "Finder succeskriterier …"); without it the form is
 * sent the ordinary way and the page answers when the reading is done.
 */
export function PlanReadForm({
  organisations,
  onAnswer,
}: {
  organisations: { id: string; name: string }[];
  onAnswer: (answer: ReadAnswer) => void;
}) {
  const { t } = useTranslation();
  const submitting = useNavigation().state === "submitting";
  const [progress, setProgress] = useState<Progress | "sending">();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    if (typeof ReadableStream === "undefined") return; // an old browser: the ordinary way
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    setProgress("sending");
    try {
      const response = await fetch("/planer/indlaes/laes", { method: "POST", body });
      const streamed = (response.headers.get("Content-Type") ?? "").includes("ndjson");
      onAnswer(streamed ? await readLines(response, setProgress) : await refusal(response, t("planRead.failed")));
    } catch {
      onAnswer({ error: t("planRead.failed") });
    } finally {
      setProgress(undefined);
    }
  }

  const status = statusText(progress, submitting, t);
  return (
    <PostForm encType="multipart/form-data" onSubmit={submit}>
      <div className="form-group">
        <label className="form-label" htmlFor="plan-file">
          {t("planRead.file")}
        </label>
        <span className="form-hint" id="plan-file-hint">
          {t("planRead.fileHint")}
        </span>
        <input
          className="form-file-input"
          type="file"
          id="plan-file"
          name="file"
          aria-describedby="plan-file-hint"
          accept=".docx,.pdf,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="plan-text">
          {t("planRead.text")}
        </label>
        <textarea className="form-input" id="plan-text" name="text" rows={6} />
      </div>
      <Select
        name="organisationId"
        label={t("newPlan.organisation")}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <p role="status" aria-live="polite" className="read-progress">
        {status}
        {typeof progress === "object" && progress.step === "side" && progress.of > 1 ? (
          <progress max={progress.of} value={progress.done} aria-hidden="true" />
        ) : null}
      </p>
      <SubmitButton name="intent" value="read">
        {t("planRead.read")}
      </SubmitButton>
    </PostForm>
  );
}
