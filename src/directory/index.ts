export {
  type Audience,
  fitsPerson,
  type PersonSaid,
  personSaid,
  type RecommendationForPerson,
  recommendForPerson,
} from "./audience.js";
export {
  DEFAULT_SPACES_FILE,
  DirectoryError,
  type DirectoryIssue,
  type DirectoryProblem,
  loadDirectory,
  validateDirectory,
} from "./load.js";
export {
  MAX_RECOMMENDED_SPACES,
  type Recommendation,
  type RecommendationNeed,
  type RecommendationNote,
  type RecommendationReason,
  type RecommendedSpace,
  recommend,
} from "./recommend.js";
export {
  type Address,
  type Directory,
  type LinkedPlace,
  type Space,
  type SpaceScope,
  spaceSchema,
  spacesFileSchema,
} from "./schema.js";
