import { useEffect, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { keepPagesOffline } from "~/offline/offline-links";

/**
 * Keeps today's and tomorrow's session pages (with their rosters) on the phone while it is online,
 * so a session not opened before can be taken in a basement without connection; says when done.
 */
export function OfflineWarmUp({ paths }: { paths: string[] }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState<number | null>(null);
  const key = paths.join("\n");
  useEffect(() => {
    if (!navigator.onLine || !key) return;
    let live = true;
    keepPagesOffline(key.split("\n"))
      .then((n) => live && setKept(n))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]);
  return kept ? (
    <p className="form-hint" role="status">
      {t("outbox.pagesKept", { count: kept })}
    </p>
  ) : null;
}
