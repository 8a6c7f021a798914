/**
 * The sentences national reports quote, per annex, as templates over the
 * national figures. Placeholders:
 * - `{r01.c1}`: the figure (a percentage cell prints with its % sign);
 * - `{r01.c2/r01.c1}`: part / whole × 100, one decimal (`:2` for two), with %;
 * - `{r01.c1|change:tổ chức}`: `, tăng 46 tổ chức so với năm 2021` when the
 *   previous period is known, nothing otherwise;
 * - `{behind:r03.c1:chi bộ}`: units with a figure > 0, largest first:
 *   `An Giang (900 chi bộ), Bình Thuận (08 chi bộ)`.
 * A sentence whose figure is missing, or whose list is empty, is left out.
 */
export const SENTENCE_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  PL01: [
    "Phê duyệt quy hoạch ủy viên Ban Chấp hành đảng bộ tỉnh đối với {r01.c1} lượt cán bộ. Trong đó cán bộ nữ {r01.c2} đồng chí (chiếm {r01.c2/r01.c1}), cán bộ trẻ {r01.c4} đồng chí (chiếm {r01.c4/r01.c1}), cán bộ người dân tộc thiểu số {r01.c6} đồng chí (chiếm {r01.c6/r01.c1}).",
    "Quy hoạch ủy viên Ban Thường vụ tỉnh ủy {r02.c1} lượt cán bộ, trong đó cán bộ nữ {r02.c2} đồng chí (chiếm {r02.c2/r02.c1}); quy hoạch bí thư, phó bí thư tỉnh ủy {r03.c1} lượt cán bộ, trong đó cán bộ nữ {r03.c2} đồng chí (chiếm {r03.c2/r03.c1}).",
  ],
  PL02: [
    "Luân chuyển, bổ nhiệm, giới thiệu ứng cử {r01.c1} lượt nhân sự; trong đó, luân chuyển {r02.c1} lượt (từ tỉnh về Trung ương {r03.c1} lượt, từ tỉnh về huyện {r04.c1} lượt, từ huyện về tỉnh {r05.c1} lượt, từ huyện này sang huyện khác {r06.c1} lượt, từ ngành này sang ngành khác {r07.c1} lượt, từ tỉnh về xã {r08.c1} lượt); bổ nhiệm {r09.c1} lượt; giới thiệu ứng cử {r10.c1} lượt.",
    "Miễn nhiệm {r11.c1} lượt; cho từ chức {r12.c1} lượt; bố trí công tác sau kỷ luật {r13.c1} lượt (nghỉ hưu trước tuổi hoặc xin nghỉ công tác {r14.c1} lượt, bố trí giảm một cấp {r15.c1} lượt, bố trí làm chuyên môn {r16.c1} lượt, trường hợp khác {r17.c1} lượt).",
  ],
  PL03: [
    "Cử {r01.c1} lượt cán bộ đi đào tạo, bồi dưỡng; trong đó, đào tạo chuyên môn {r02.c1} lượt; đào tạo cao cấp lý luận chính trị {r03.c1} lượt; bồi dưỡng quản lý nhà nước, công tác đảng, đoàn thể {r04.c1} lượt.",
    "Tuyển sinh cao cấp lý luận chính trị: hệ tập trung {r05.c2}/{r05.c1} học viên, đạt {r05.c3} so với kế hoạch; hệ không tập trung {r06.c2}/{r06.c1} học viên, đạt {r06.c3} so với kế hoạch; hệ hoàn chỉnh {r07.c2}/{r07.c1} học viên, đạt {r07.c3} so với kế hoạch.",
  ],
  PL04: [
    "Tổng số tổ chức cơ sở đảng là {r01.c1}{r01.c1|change:tổ chức}; tổng số đảng viên là {r02.c1} đồng chí{r02.c1|change:đồng chí}.",
    "Kết nạp {r03.c1} đảng viên mới, bằng {r03.c1/r02.c1:2} tổng số đảng viên{r03.c1|change:đồng chí}; {r04.c1} đảng viên giảm trong kỳ, trong đó {r05.c1} đồng chí xin ra khỏi Đảng.",
    "Đưa {r06.c1} đảng viên vào danh sách giáo dục, giúp đỡ; trong đó, được công nhận tiến bộ {r07.c1} đồng chí; cần tiếp tục giáo dục, giúp đỡ {r08.c1} đồng chí; bị đưa ra khỏi Đảng {r09.c1} đồng chí (khai trừ {r10.c1} đồng chí, xóa tên {r11.c1} đồng chí).",
  ],
  PL05: [
    "Có {r02.c1}/{r01.c1} chi bộ trực thuộc đảng ủy cơ sở đã tổ chức đại hội, đạt {r04.c1}; còn {r03.c1} chi bộ chưa tổ chức đại hội.",
    "Các đơn vị chưa hoàn thành: {behind:r03.c1:chi bộ}.",
  ],
  PL06: [
    "Biên chế ban tổ chức cấp tỉnh {r01.c1} người (trưởng ban {r02.c1}, phó trưởng ban {r03.c1}, trưởng phòng {r04.c1}, phó trưởng phòng {r05.c1}); biên chế ban tổ chức cấp huyện {r06.c1} người (trưởng ban {r07.c1}, phó trưởng ban {r08.c1}); {r09.c1} người xin ra khỏi biên chế.",
  ],
  PL07: ["Tiến hành {r01.c1} cuộc kiểm tra{r01.c1|change:cuộc} và {r02.c1} cuộc giám sát chuyên đề{r02.c1|change:cuộc}."],
  PL08: [
    "Có {r01.c1} ban cán sự đảng và {r02.c1} đảng đoàn với {r03.c1} thành viên (bí thư {r04.c1}, phó bí thư {r05.c1}, ủy viên {r06.c1} đồng chí); {r07.c1} ban cán sự đảng, đảng đoàn đã ban hành quy chế làm việc.",
  ],
  PL09: [
    "Đánh giá, xếp loại {r01.c1} tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ {r01.c2} (chiếm {r01.c2/r01.c1}), hoàn thành tốt nhiệm vụ {r01.c3} (chiếm {r01.c3/r01.c1}), hoàn thành nhiệm vụ {r01.c4} (chiếm {r01.c4/r01.c1}), không hoàn thành nhiệm vụ {r01.c5} (chiếm {r01.c5/r01.c1}); tỷ lệ hoàn thành tốt nhiệm vụ trở lên {r01.c6}.",
    "Đánh giá, xếp loại {r02.c1} đảng viên: hoàn thành xuất sắc nhiệm vụ {r02.c2} đồng chí (chiếm {r02.c2/r02.c1}), hoàn thành tốt nhiệm vụ {r02.c3} đồng chí (chiếm {r02.c3/r02.c1}), hoàn thành nhiệm vụ {r02.c4} đồng chí (chiếm {r02.c4/r02.c1}), không hoàn thành nhiệm vụ {r02.c5} đồng chí (chiếm {r02.c5/r02.c1}); tỷ lệ hoàn thành tốt nhiệm vụ trở lên {r02.c6}.",
  ],
};
