import { memo, useState } from "react";
import { type Collection, parseRoster, type RosterUnit, rosterText } from "../../collect";

/** 名单: the units expected to file, typed or pasted one per line; 机关类型 is read from each name's ending. */
export const RosterPanel = memo(function RosterPanel({
  roster,
  others,
  onSave,
}: {
  roster: RosterUnit[];
  /** Other collections (e.g. last year's), whose roster can be copied in. */
  others: Collection[];
  onSave: (roster: RosterUnit[]) => void;
}) {
  const [text, setText] = useState(() => rosterText(roster));
  const withRoster = others.filter((c) => c.roster.length > 0);
  const parsed = parseRoster(text);
  const changed = rosterText(parsed) !== rosterText(roster);
  const unknownType = parsed.filter((u) => !u.organType).length;
  return (
    <section className="collect-panel" aria-labelledby="collect-roster">
      <h2 id="collect-roster">应报送单位名单</h2>
      <label className="collect-roster-text">
        单位名单（每行一个单位，可从表格中复制粘贴）
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {withRoster.length > 0 && (
        <label>
          从其他汇总复制名单（复制后可修改，点“保存名单”才保存）
          <select
            value=""
            onChange={(e) => {
              const from = withRoster.find((c) => c.id === e.target.value);
              if (from) setText(rosterText(from.roster));
            }}
          >
            <option value="">选择汇总…</option>
            {withRoster.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}（{c.year ?? "未填"}年度，{c.roster.length}个单位）
              </option>
            ))}
          </select>
        </label>
      )}
      <p>
        共{parsed.length}个单位
        {unknownType > 0 && `，其中${unknownType}个从名称看不出机关类型（按报告中填写的类型显示）`}。
      </p>
      <button type="button" disabled={!changed} onClick={() => onSave(parsed)}>
        保存名单
      </button>
    </section>
  );
});
