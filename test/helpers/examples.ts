/** Examples in rule and cue data mark the expected excerpt(s) with [[...]]. */
export { unmark } from "../../src/engine/rulebook/examples";
