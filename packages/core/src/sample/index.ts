export { sampleSubmission, type SampleOptions } from "./sample-submission.js";
