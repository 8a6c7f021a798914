// A short look at the core on one unit's sample figures with two planted
// mistakes: a wrong stated percentage and a total that does not add up.
import { catalogue2022, formatFinding, sampleSubmission, validate } from "../dist/index.js";

const catalogue = catalogue2022();
const submission = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
submission.annexes.PL01.cells["01.3"].value = 45.6;
submission.annexes.PL02.cells["01.1"].value = Number(submission.annexes.PL02.cells["01.1"].value) + 1;

const result = validate(submission, catalogue, { unitKind: "province" });
console.log(`Tỉnh ủy Quảng Ngãi, năm 2022: ${result.errors} lỗi, ${result.warnings} cảnh báo`);
for (const finding of result.findings) console.log(`- ${formatFinding(finding, { catalogue })}`);
