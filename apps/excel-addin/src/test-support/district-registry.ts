/** A user's registry file of two district committees and one grouping, as the pane's tests give it. */
export const districtRegistry = {
  id: "qn-huyen",
  title: "Danh mục huyện ủy Quảng Ngãi",
  validFrom: null,
  validTo: null,
  units: [
    { code: "51-BS", name: "Bình Sơn", officialName: "Huyện ủy Bình Sơn", kind: "province" },
    { code: "51-SH", name: "Sơn Hà", officialName: "Huyện ủy Sơn Hà", kind: "province" },
  ],
  groupings: [
    {
      id: "vung",
      name: "Vùng",
      groups: [
        { code: "DB", name: "Đồng bằng", units: ["51-BS"] },
        { code: "MN", name: "Miền núi", units: ["51-SH"] },
      ],
    },
  ],
};
