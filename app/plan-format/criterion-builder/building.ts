import type { CourseType } from "../activity";
import type { Measure } from "../measure";
import type { Clues } from "./clues";
import type { Scope } from "./context";
import { categoryOf, type NewTypes, namesCourse, newCourseType } from "./new-types";
import { isFamilyWord, isPersonWord, type Reading } from "./reading";
import type { Token } from "./text";

/** What the builder had to guess while building the measure. */
export interface Built {
  measure: Measure;
  notes: string[];
  /** False when a key had to be guessed rather than found in the text. */
  sure: boolean;
  /** Types the plan does not have yet, which the measure names and the caller offers to create. */
  creates?: NewTypes;
}

/** One measure being built: what was read, the plan around it, and the notes and guesses so far. */
export interface Building {
  reading: Reading;
  scope: Scope;
  clues: Clues;
  notes: string[];
  /** Turned false when a key had to be guessed. */
  sure: boolean;
  creates: NewTypes;
  /** The counted phrase ("100 henvendelser fra beboere"), empty when none was found. */
  head: Token[];
  /** The text names persons anywhere. */
  people: boolean;
  /** The text names families or households anywhere. */
  families: boolean;
}

/** Starts building a measure from a reading. */
export function startBuilding(reading: Reading, scope: Scope, clues: Clues): Building {
  return {
    reading,
    scope,
    clues,
    notes: [],
    sure: true,
    creates: {},
    head: reading.head ? reading.tokens.slice(reading.head.from, reading.head.to) : [],
    people: reading.tokens.some(isPersonWord) || reading.subject === "persons",
    families: reading.tokens.some(isFamilyWord),
  };
}

/** What records are counted as: the counted phrase first ("100 henvendelser fra beboere" counts contacts). */
export function countOf(b: Building): "households" | "persons" | "records" {
  const { head } = b;
  if (head.length > 0) return head.some(isFamilyWord) ? "households" : head.some(isPersonWord) ? "persons" : "records";
  return b.families ? "households" : b.people ? "persons" : "records";
}

/**
 * What a course measure counts: the counted phrase's noun says it ("12 mentorforløb" counts courses,
 * "20 beboere kommer i beskæftigelse" persons, "10 familier" households).
 */
export function courseCount(b: Building): "courses" | "persons" | "households" {
  const { head } = b;
  const ofAt = head.findIndex((t) => t.lower === "af");
  const counted = ofAt >= 0 ? head.slice(0, ofAt) : head;
  if (counted.some((t) => t.kind === "word" && /forløb|handleplan|vejledning|kursus|kurser$/.test(t.lower)))
    return "courses";
  if (counted.some(isFamilyWord) || (head.length === 0 && b.families)) return "households";
  return "persons";
}

/** The course type the text means: found, the plan's only one, a new one to create, or a guess (noted). */
export function guessCourseType(b: Building): CourseType | undefined {
  const { clues, reading, scope, notes } = b;
  const own = scope.ownCourseTypes;
  if (clues.courseType) return clues.courseType;
  if (own.length === 0 && !clues.courseType) {
    // the plan has no course type here: propose one named from the text, to be created
    b.creates.courseType = newCourseType(reading, scope);
    notes.push(
      `Planen har ingen forløbstype, der passer; forløbstypen "${b.creates.courseType.name}" foreslås oprettet.`,
    );
    return b.creates.courseType;
  }
  const named = categoryOf(reading.flat);
  const category = named === "other" ? undefined : named;
  const byCategory = own.filter((c) => c.category === category);
  if (byCategory.length === 1) return byCategory[0];
  if (category && byCategory.length === 0 && namesCourse(reading)) {
    // "mentorforløb" where the plan has course types, none of them mentoring: a new one
    b.creates.courseType = newCourseType(reading, scope);
    notes.push(`Ingen af planens forløbstyper passer; forløbstypen "${b.creates.courseType.name}" foreslås oprettet.`);
    return b.creates.courseType;
  }
  if (own.length === 1) return own[0];
  b.sure = false;
  const guess = own[0] ?? scope.courseTypes[0];
  if (guess) notes.push(`Forløbstypen er gættet (${guess.name}); vælg den rigtige.`);
  return guess;
}
