import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "../breadcrumbs";

/** The logbook's breadcrumbs for a page inside an activity: Log › the activity › this page. */
export function ActivityCrumbs({
  slug,
  activity,
  here,
}: {
  slug: string;
  activity: { key: string; title: string };
  here: string;
}) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs
      items={[
        { label: t("log.title"), to: "/log" },
        { label: activity.title, to: `/log/${slug}/${activity.key}` },
        { label: here },
      ]}
    />
  );
}
