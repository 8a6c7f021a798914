import * as z from "zod/mini";
import { cellRefSchema } from "../rule/rule-schema.js";

const id = z
  .string()
  .check(
    z.regex(/^PL\d{2}\.[a-z0-9.-]+$/, "mã kiểm tra dạng PL04.r03-jump"),
    z.describe("Mã kiểm tra, ổn định (đơn vị ghi mã này khi giải trình), bắt đầu bằng mã phụ lục"),
  );

/**
 * Period over period, per figure: a change is flagged when it is more than
 * `relativePercent` AND more than `absolute` (so that 2 → 4 is not a jump);
 * a figure that was 0 and is now more than `absolute`, and one that was more
 * than `absolute` and is now 0 or empty, are flagged too.
 */
export const changeCheckSchema = z.strictObject({
  id,
  kind: z.literal("change"),
  cells: z.array(cellRefSchema).check(z.minLength(1), z.describe("Các ô được so với kỳ trước, ví dụ r03.c1")),
  relativePercent: z._default(z.number().check(z.positive()), 30).check(z.describe("Ngưỡng thay đổi tương đối (%), ví dụ 30: tăng hoặc giảm quá 30%")),
  absolute: z._default(z.number().check(z.minimum(0)), 50).check(z.describe("Ngưỡng thay đổi tuyệt đối (theo đơn vị tính của ô), ví dụ 50 đồng chí")),
  fromZero: z._default(z.boolean(), true).check(z.describe("Báo khi kỳ trước là 0 và nay lớn hơn ngưỡng tuyệt đối")),
  vanished: z._default(z.boolean(), true).check(z.describe("Báo khi kỳ trước lớn hơn ngưỡng tuyệt đối và nay là 0 hoặc bỏ trống")),
});

/**
 * Against peers, at the national step: a unit whose share sum(part) /
 * sum(whole) × 100 lies outside median ± k · MAD of the units' shares (MAD:
 * median absolute deviation, unscaled), when at least `minUnits` units have one.
 */
export const peerCheckSchema = z.strictObject({
  id,
  kind: z.literal("peers"),
  indicator: z.string().check(z.minLength(1), z.describe("Tên tỷ lệ như báo cáo viết, ví dụ tỷ lệ nữ trong quy hoạch ủy viên Ban Chấp hành")),
  part: z.array(cellRefSchema).check(z.minLength(1), z.describe("Tử số: các ô cộng lại")),
  whole: z.array(cellRefSchema).check(z.minLength(1), z.describe("Mẫu số: các ô cộng lại")),
  k: z._default(z.number().check(z.positive()), 5).check(z.describe("Hệ số k của khoảng trung vị ± k · MAD")),
  minUnits: z._default(z.int().check(z.minimum(3)), 10).check(z.describe("Số đơn vị tối thiểu có tỷ lệ để kiểm tra")),
});

export const plausibilityCheckSchema = z.discriminatedUnion("kind", [changeCheckSchema, peerCheckSchema]);

export const plausibilitySchema = z
  ._default(z.array(plausibilityCheckSchema), [])
  .check(z.describe("Kiểm tra tính hợp lý (cảnh báo, đơn vị được giải trình): change so với kỳ trước, peers so với các đơn vị khác"));

export type ChangeCheck = z.output<typeof changeCheckSchema>;
export type PeerCheck = z.output<typeof peerCheckSchema>;
export type PlausibilityCheck = z.output<typeof plausibilityCheckSchema>;
export type PlausibilityCheckInput = z.input<typeof plausibilityCheckSchema>;
