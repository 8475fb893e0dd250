/** Table 三 — 收到和处理政府信息公开申请情况: 25 rows x 7 columns, three label columns. */
import { type CellDef, cellDef, type LayoutCell, type LayoutRow, label, type TableLayout } from "./layout";

export const T3_COLUMNS = [
  { key: "natural", label: "自然人" },
  { key: "commercial", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "publicInterest", label: "社会公益组织" },
  { key: "legalService", label: "法律服务机构" },
  { key: "otherOrg", label: "其他" },
  { key: "total", label: "总计" },
] as const;
export type T3ColumnKey = (typeof T3_COLUMNS)[number]["key"];
/** The six applicant columns a clerk enters; `total` is derived. */
export const T3_INPUT_COLUMNS = T3_COLUMNS.filter((c) => c.key !== "total");

export const T3_BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
export const T3_APPLICANT_HEADER = "申请人情况";
export const T3_ORG_HEADER = "法人或其他组织";

type Node =
  | { key: string; label: string; derived?: boolean }
  | { group: string; label: string; children: readonly Node[] };

/** The row hierarchy as the template nests its label columns. */
export const T3_TREE: readonly Node[] = [
  { key: "received", label: "一、本年新收政府信息公开申请数量" },
  { key: "carriedOver", label: "二、上年结转政府信息公开申请数量" },
  {
    group: "",
    label: "三、本年度办理结果",
    children: [
      { key: "granted", label: "（一）予以公开" },
      { key: "partial", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）" },
      {
        group: "denied",
        label: "（三）不予公开",
        children: [
          { key: "stateSecret", label: "1.属于国家秘密" },
          { key: "lawProhibited", label: "2.其他法律行政法规禁止公开" },
          { key: "threeSafetyOneStability", label: "3.危及“三安全一稳定”" },
          { key: "thirdParty", label: "4.保护第三方合法权益" },
          { key: "internalAffairs", label: "5.属于三类内部事务信息" },
          { key: "processInfo", label: "6.属于四类过程性信息" },
          { key: "enforcementFile", label: "7.属于行政执法案卷" },
          { key: "adminQuery", label: "8.属于行政查询事项" },
        ],
      },
      {
        group: "unavailable",
        label: "（四）无法提供",
        children: [
          { key: "notHeld", label: "1.本机关不掌握相关政府信息" },
          { key: "needsCreation", label: "2.没有现成信息需要另行制作" },
          { key: "unclear", label: "3.补正后申请内容仍不明确" },
        ],
      },
      {
        group: "notProcessed",
        label: "（五）不予处理",
        children: [
          { key: "petition", label: "1.信访举报投诉类申请" },
          { key: "repeat", label: "2.重复申请" },
          { key: "publication", label: "3.要求提供公开出版物" },
          { key: "massRepeat", label: "4.无正当理由大量反复申请" },
          { key: "confirmOrReissue", label: "5.要求行政机关确认或重新出具已获取信息" },
        ],
      },
      {
        group: "otherHandling",
        label: "（六）其他处理",
        children: [
          {
            key: "noCorrection",
            label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          },
          {
            key: "feeUnpaid",
            label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          },
          { key: "other", label: "3.其他" },
        ],
      },
      { key: "total", label: "（七）总计", derived: true },
    ],
  },
  { key: "carriedForward", label: "四、结转下年度继续办理" },
];

export interface T3Row {
  /** Row key path inside t3, e.g. `denied.stateSecret`. */
  key: string;
  /** Labels from the outermost group to the row itself. */
  labels: readonly string[];
  /** `（七）总计`: every cell is computed. */
  derived: boolean;
  /** Rows that are summed into （七）总计 (the 三、本年度办理结果 outcomes). */
  outcome: boolean;
}

const LABEL_COLUMNS = 3;

function leafCount(node: Node): number {
  return "children" in node ? node.children.reduce((n, c) => n + leafCount(c), 0) : 1;
}

function flatten(nodes: readonly Node[], prefix: string[], labels: string[], inOutcomes: boolean): T3Row[] {
  return nodes.flatMap((node): T3Row[] => {
    if ("children" in node) {
      const keyPrefix = node.group ? [...prefix, node.group] : prefix;
      return flatten(node.children, keyPrefix, [...labels, node.label], true);
    }
    const derived = node.derived ?? false;
    return [
      {
        key: [...prefix, node.key].join("."),
        labels: [...labels, node.label],
        derived,
        outcome: inOutcomes && !derived,
      },
    ];
  });
}

export const T3_ROWS: readonly T3Row[] = flatten(T3_TREE, [], [], false);
export const T3_OUTCOME_ROWS = T3_ROWS.filter((r) => r.outcome);

export function t3Path(row: string, column: T3ColumnKey): string {
  return `t3.${row}.${column}`;
}

export const T3_CELLS: readonly CellDef[] = T3_ROWS.flatMap((row) =>
  T3_COLUMNS.map((col) =>
    cellDef("t3", t3Path(row.key, col.key), row.labels.slice(1).join(" ") || row.labels[0], col.label, {
      derived: row.derived || col.key === "total",
    }),
  ),
);

function bodyRows(nodes: readonly Node[], prefix: readonly string[]): LayoutCell[][] {
  // Each enclosing group takes one label column (the outcome group's key segment is empty).
  const depth = prefix.length;
  return nodes.flatMap((node) => {
    if ("children" in node) {
      const rows = bodyRows(node.children, [...prefix, node.group]);
      rows[0].unshift(label(node.label, 1, leafCount(node)));
      return rows;
    }
    const key = [...prefix, node.key].filter(Boolean).join(".");
    return [
      [
        label(node.label, LABEL_COLUMNS - depth),
        ...T3_COLUMNS.map(
          (col): LayoutCell => ({
            kind: node.derived || col.key === "total" ? "derived" : "input",
            path: t3Path(key, col.key),
            colspan: 1,
          }),
        ),
      ],
    ];
  });
}

const HEADER: LayoutRow[] = [
  [label(T3_BALANCE_NOTE, LABEL_COLUMNS, 3), label(T3_APPLICANT_HEADER, T3_COLUMNS.length)],
  [label(T3_COLUMNS[0].label, 1, 2), label(T3_ORG_HEADER, 5), label(T3_COLUMNS[6].label, 1, 2)],
  T3_INPUT_COLUMNS.slice(1).map((c) => label(c.label)),
];

export const T3_LAYOUT: TableLayout = {
  table: "t3",
  columns: LABEL_COLUMNS + T3_COLUMNS.length,
  header: HEADER,
  body: bodyRows(T3_TREE, []),
};
