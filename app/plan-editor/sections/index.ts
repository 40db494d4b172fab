import { activitySection } from "./activity";
import { areaSection } from "./area";
import { basicsSection } from "./basics";
import { budgetSection } from "./budget";
import { courseTypeSection } from "./course-type";
import { criterionSection } from "./criterion";
import { focusAreaSection } from "./focus-area";
import { governanceSection } from "./governance";
import { milestonesSection } from "./milestones";
import { partnerSection } from "./partner";
import { rolesSection } from "./roles";
import type { EditorSection } from "./section";
import { theoryOfChangeSection } from "./theory-of-change";
import { vocabularySection } from "./vocabulary";

/** Every part of the plan editor, in the order the editor's overview lists them. */
export const editorSections: EditorSection[] = [
  basicsSection,
  areaSection,
  focusAreaSection,
  activitySection,
  criterionSection,
  courseTypeSection,
  partnerSection,
  budgetSection,
  milestonesSection,
  governanceSection,
  rolesSection,
  theoryOfChangeSection,
  vocabularySection,
];

/** The section with this URL segment. */
export const sectionById = (id: string) => editorSections.find((s) => s.id === id);
