/**
 * The criterion builder: proposes the measure binding of a success criterion from its Danish
 * wording. Pure functions; nothing is read or written.
 */
export { numberWord, quantities as readNumbers } from "./numbers";
export { yearPeriods } from "./periods";
export {
  addNewTypes,
  criterionFromProposal,
  type Proposal,
  type ProposeContext,
  proposeCriterion,
} from "./propose";
