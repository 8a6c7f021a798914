/**
 * Every text the officer reads in the task pane, in Vietnamese (NFC).
 * Finding messages themselves come from @phuluc/core, the same as the command line.
 */
export const T = {
  appTitle: "Phụ lục thống kê",
  appSubtitle: "Kiểm tra số liệu báo cáo tổ chức xây dựng Đảng",
  loading: "Đang mở sổ làm việc…",

  notExcel:
    "Phần bổ trợ này chỉ chạy trong Microsoft Excel, không mở trực tiếp trong trình duyệt được. Hãy mở Excel (trên máy tính hoặc Excel trên web), rồi bấm Phụ lục thống kê trên thẻ Trang đầu.",
  apiTooOld:
    "Phiên bản Excel này quá cũ nên không chạy được phần bổ trợ (cần bộ lệnh ExcelApi 1.9). Hãy cập nhật Excel lên Microsoft 365, Excel 2021 trở lên, hoặc dùng Excel trên web.",
  notAnnexWorkbook: (sheets: string) =>
    `Sổ làm việc này không phải sổ phụ lục thống kê (có các trang ${sheets}, không có dấu hiệu do phần mềm tạo). Có thể tạo các phụ lục ngay trong sổ này — các trang hiện có được giữ nguyên — hoặc mở một sổ mới.`,
  lookalikeWorkbook: (sheets: string) =>
    `Sổ có các trang ${sheets} nhưng không do phần mềm tạo, nên không kiểm tra trực tiếp được. Hãy tạo phụ lục trong một sổ mới, hoặc gửi tệp để Ban Tổ chức kiểm tra bằng lệnh phuluc.`,
  otherCatalogue: (stated: string, period: string, expected: string) =>
    `Sổ được tạo theo danh mục biểu mẫu ${stated}, nhưng ${period} dùng danh mục ${expected}; phần bổ trợ không đọc sổ theo danh mục khác nên không kiểm tra sổ này. Hãy tạo sổ mới cho kỳ này (trong một sổ trống) rồi chép số liệu sang.`,
  noCatalogue: (period: string) =>
    `Chưa có danh mục biểu mẫu nào cho ${period}, nên phần bổ trợ chưa tạo hoặc kiểm tra được phụ lục của kỳ này. Hãy chọn kỳ khác, hoặc hỏi Ban Tổ chức cấp trên về mẫu phụ lục của kỳ này.`,
  badMeta: "Thông tin đơn vị hoặc kỳ báo cáo ghi trong sổ không hợp lệ; hãy tạo sổ mới.",

  setupTitle: "Tạo các phụ lục",
  setupIntro: "Chọn kỳ báo cáo và đơn vị; phần bổ trợ tạo các phụ lục phải nộp trong kỳ, có sẵn công thức và ô nhập liệu.",
  periodLabel: "Kỳ báo cáo",
  yearLabel: "Năm",
  kindLabel: "Loại kỳ",
  periodKinds: { H1: "6 tháng đầu năm", Y: "Cả năm", Q: "Quý" } as Record<string, string>,
  cutOffLabel: "Số liệu tính đến ngày (không bắt buộc)",
  badCutOff: (text: string) => `"${text}" không phải ngày hợp lệ; hãy ghi ngày/tháng/năm, ví dụ 05/12/2022.`,
  unitLabel: "Đơn vị báo cáo",
  unitSearchPlaceholder: "Gõ tên hoặc mã, ví dụ: quang ngai, 51",
  unitCount: (shown: number, total: number, registry: string) => `${shown}/${total} đơn vị · ${registry}`,
  noUnitFound: "Không tìm thấy đơn vị nào.",
  registryNotJson: (file: string) =>
    `Tệp ${file} không phải tệp JSON nên không dùng làm danh mục đơn vị được. Hãy chọn tệp danh mục .json mà Ban Tổ chức cấp trên gửi (cùng tệp dùng với lệnh phuluc template --registry).`,
  registryBad: (file: string, why: string) => `Tệp ${file} không dùng làm danh mục đơn vị được. ${why}`,
  registryUnread: (file: string) => `Chưa đọc được tệp ${file}.`,
  createButton: "Tạo các phụ lục",
  creating: "Đang tạo các phụ lục…",
  chooseUnit: "Hãy chọn đơn vị báo cáo trong danh sách.",
  noAnnexDue: "Không có phụ lục nào phải nộp trong kỳ này.",
  created: (n: number) => `Đã tạo ${n} phụ lục. Nhập số liệu vào các ô trắng; các ô tô nền xanh có công thức tự tính.`,
  createFailed: (why: string) =>
    `Không tạo được các phụ lục: ${why}. Sổ đã được đánh dấu là chưa tạo xong; mở lại khung Phụ lục thống kê để phần bổ trợ tạo lại.`,
  redoing: "Lần tạo phụ lục trước trong sổ này bị gián đoạn giữa chừng. Phần bổ trợ đang tạo lại các phụ lục; các trang khác trong sổ được giữ nguyên.",

  checkAll: "Kiểm tra toàn bộ",
  checking: "Đang kiểm tra…",
  export: "Xuất file nộp",
  exporting: "Đang xuất file…",
  summary: (errors: number, warnings: number) => (errors === 0 && warnings === 0 ? "Không có lỗi, không có cảnh báo" : `${errors} lỗi, ${warnings} cảnh báo`),
  summaryOk: "Số liệu khớp các quy tắc kiểm tra.",
  lastChecked: (time: string) => `Kiểm tra lúc ${time}`,
  severity: { error: "Lỗi", warning: "Cảnh báo" } as Record<string, string>,
  countBadge: (errors: number, warnings: number) => [errors ? `${errors} lỗi` : "", warnings ? `${warnings} cảnh báo` : ""].filter(Boolean).join(" · "),
  goTo: (address: string) => `Đến ô ${address}`,
  findingsHint: "Bấm vào một dòng để đến ô cần sửa. Ô lỗi tô đỏ, ô cảnh báo tô vàng.",
  sheetMissing: (sheet: string) => `Không thấy trang ${sheet} (đã bị xóa hoặc đổi tên).`,

  exportBlocked: (errors: number) =>
    `Chưa xuất được file nộp: còn ${errors} lỗi. Đơn vị có lỗi sẽ không được cộng vào số liệu toàn quốc, nên phải sửa hết lỗi (các ô tô đỏ, danh sách bên dưới) rồi bấm lại. Cảnh báo không chặn việc nộp.`,
  exportDone: (file: string, warnings: number) =>
    `Đã xuất ${file}.${warnings ? ` Còn ${warnings} cảnh báo: hãy giải trình trong báo cáo.` : ""} Gửi tệp này cho Ban Tổ chức cấp trên.`,
  exportMac: (file: string) =>
    `Đã đóng dấu kiểm tra vào sổ. Excel trên máy Mac không cho khung bổ trợ tải tệp xuống: hãy dùng Tệp › Lưu bản sao với tên ${file}.`,
  exportFailed: (why: string) => `Không xuất được file: ${why}.`,
  saveCopy: (file: string, why: "web" | "no-api" | "refused") =>
    `Đã đóng dấu kiểm tra vào sổ. ${
      why === "web"
        ? "Excel trên web không cho phần bổ trợ lấy nội dung tệp"
        : why === "refused"
          ? "Excel đã từ chối cho phần bổ trợ lấy nội dung tệp"
          : "Phiên bản Excel này không cho phần bổ trợ lấy nội dung tệp"
    }: hãy dùng Tệp › Lưu bản sao${why === "web" ? " (Tệp › Tạo bản sao › Tải xuống bản sao)" : ""} với tên ${file}, rồi gửi tệp đó cho Ban Tổ chức cấp trên.`,
  exportSaveCopyHint: "Excel này không cho tải tệp trực tiếp: bấm Xuất file nộp để đóng dấu kiểm tra, rồi dùng Tệp › Lưu bản sao.",

  highlightFailed: (sheets: string) =>
    `Không tô màu được các ô lỗi trên trang ${sheets} (trang tính đang được khóa không cho định dạng ô, có thể bằng mật khẩu). Danh sách lỗi vẫn đúng.`,
  marksPending:
    "Excel này xóa lịch sử Hoàn tác (Ctrl+Z) mỗi khi phần bổ trợ tô màu, nên khi đang nhập chỉ danh sách lỗi được cập nhật; bấm Kiểm tra toàn bộ để tô lại các ô.",
  /** A fault of the add-in (a bug, an unexpected answer of Excel): never the officer's or the file's fault. */
  addinFault: (what: string, next: string) =>
    `Lỗi của phần bổ trợ (không phải lỗi của số liệu hay của tệp): ${what}. ${next} Nếu lỗi lặp lại, hãy chép phần chi tiết dưới đây gửi cho bộ phận hỗ trợ kỹ thuật.`,
  /** Where a fault happened: what failed, what the officer can do now. */
  faultAt: {
    open: ["không mở được sổ làm việc", "Hãy đóng rồi mở lại khung Phụ lục thống kê."],
    create: ["không tạo xong các phụ lục", "Sổ đã được đánh dấu là chưa tạo xong; mở lại khung Phụ lục thống kê để phần bổ trợ tạo lại."],
    read: ["không đọc được số liệu trong sổ", "Số liệu trong sổ không bị thay đổi; bấm Kiểm tra toàn bộ để thử lại."],
    paint: ["không tô màu được các ô", "Danh sách lỗi vẫn đúng; bấm Kiểm tra toàn bộ để thử lại."],
    export: ["không xuất được file nộp", "Bấm Xuất file nộp để thử lại."],
    select: ["không đến được ô cần sửa", "Hãy tự mở trang và ô ghi trong danh sách lỗi."],
    registry: ["không tải được phần kiểm tra danh mục đơn vị", "Hãy chọn lại tệp; nếu vẫn lỗi, đóng rồi mở lại khung Phụ lục thống kê."],
    justify: ["không ghi được giải trình", "Bấm Giải trình để thử lại; các giải trình đã ghi được giữ nguyên."],
  } as const satisfies Record<string, readonly [string, string]>,
  /** Why Excel refused, when the officer can act on it (no final full stop). */
  refusal: {
    protection:
      "sổ làm việc hoặc trang tính đang được bảo vệ (có thể bằng mật khẩu). Hãy bỏ bảo vệ (thẻ Xem lại › Bỏ bảo vệ trang tính, hoặc Bảo vệ sổ làm việc) rồi thử lại",
    "cell-edit": "Excel đang ở chế độ sửa ô (con trỏ còn trong một ô). Hãy nhấn Enter hoặc Esc rồi thử lại",
  } as Record<string, string>,
  openFailed: (why: string) => `Không mở được sổ làm việc: ${why}.`,
  paintRefused: (why: string) => `Không tô màu được các ô: ${why}. Danh sách lỗi vẫn đúng.`,
  selectRefused: (why: string) => `Không đến được ô cần sửa: ${why}.`,
  sheetHidden: (sheet: string) =>
    `Trang ${sheet} đang bị ẩn nên Excel không chọn được ô trên đó. Hãy bỏ ẩn trang (bấm chuột phải vào tên một trang › Bỏ ẩn) rồi bấm lại.`,
  faultDetailLabel: "Chi tiết lỗi (chọn và chép để gửi hỗ trợ)",
  readFailed: (why: string) => `Không đọc được số liệu: ${why}.`,

  justify: "Giải trình",
  justifyTitle: (address: string) => `Giải trình cảnh báo tại ô ${address}`,
  justifyLabel: "Lý do số liệu là đúng (ghi vào trang Giải trình)",
  justifySave: "Lưu giải trình",
  justifyCancel: "Hủy",
  justifySaving: "Đang ghi giải trình…",
  justified: "Đã giải trình",
  justifyEmpty: "Hãy ghi nội dung giải trình (lý do số liệu là đúng) trước khi lưu.",
  justifyNoSheet:
    "Sổ này không có trang Giải trình nên không ghi được giải trình. Hãy tạo sổ mới (mở một sổ trống và bấm Tạo các phụ lục, hoặc dùng mẫu phụ lục của kỳ này do Ban Tổ chức cấp trên gửi) rồi chép số liệu sang.",
  justifyNoLine: "Trang Giải trình đã hết dòng trống; hãy xóa các dòng giải trình không còn dùng rồi thử lại.",
  justifyRefused: (why: string) => `Không ghi được giải trình: ${why}.`,
  justifySaved: (address: string) => `Đã ghi giải trình cho ô ${address} vào trang Giải trình.`,
} as const;
