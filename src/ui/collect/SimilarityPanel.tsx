import { memo, useState, useSyncExternalStore } from "react";
import { ALIKE, alikePairs, comparedText, type Similarity, sharedPassages, type UnitEntry } from "../../collect";
import { percent } from "./statusText";
import type { ProgressSource, SimilarityState } from "./useSimilarity";

const CONTEXT = 20;

interface Compared {
  left: { label: string; text: string };
  right: { label: string; text: string };
}

function Excerpt({ text, at, length }: { text: string; at: number; length: number }) {
  const chars = [...text];
  const before = chars.slice(Math.max(0, at - CONTEXT), at).join("");
  const shared = chars.slice(at, at + length).join("");
  const after = chars.slice(at + length, at + length + CONTEXT).join("");
  return (
    <p>
      {at > CONTEXT && "…"}
      {before}
      <mark>{shared}</mark>
      {after}
      {at + length + CONTEXT < chars.length && "…"}
    </p>
  );
}

function SidePassages({ compared }: { compared: Compared }) {
  const passages = sharedPassages(compared.left.text, compared.right.text);
  return (
    <section className="collect-passages" aria-label={`${compared.left.label}与${compared.right.label}的相同段落`}>
      <h3>
        {compared.left.label}与{compared.right.label}的相同段落（{passages.length}段，比较一、五部分，不计标点，数字记作
        #）
      </h3>
      {passages.length === 0 && <p>没有长于15个字的相同段落。</p>}
      {passages.map((p) => (
        <div className="collect-passage" key={`${p.at[0]}-${p.at[1]}`}>
          <div>
            <h4>{compared.left.label}</h4>
            <Excerpt text={compared.left.text} at={p.at[0]} length={[...p.text].length} />
          </div>
          <div>
            <h4>{compared.right.label}</h4>
            <Excerpt text={compared.right.text} at={p.at[1]} length={[...p.text].length} />
          </div>
        </div>
      ))}
    </section>
  );
}

/** The worker's progress; only this re-renders as it moves. */
function ComparingProgress({ progress }: { progress: ProgressSource }) {
  const { done, total } = useSyncExternalStore(progress.subscribe, progress.get);
  return (
    <label className="collect-progress">
      正在比较文字相似度：已比较 {done} / {total} 对
      <progress value={done} max={total} />
    </label>
  );
}

function AlikePairs({ similarity, onCompare }: { similarity: Similarity; onCompare: (a: string, b: string) => void }) {
  const { listed, more } = alikePairs(similarity.alike);
  return (
    <>
      {listed.length === 0 ? (
        <p>已报送的单位之间没有相似度达到{percent(ALIKE)}的报告。</p>
      ) : (
        <table className="collect-table" aria-label="相似的单位">
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">单位</th>
              <th scope="col">相似度</th>
              <th scope="col">相同段落</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((p) => (
              <tr key={`${p.a}|${p.b}`}>
                <td>{p.a}</td>
                <td>{p.b}</td>
                <td>{percent(p.score)}</td>
                <td>
                  <button type="button" onClick={() => onCompare(p.a, p.b)}>
                    对照{p.a}与{p.b}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more > 0 && (
        <p className="collect-hint">
          另有{more}对单位相似度在{percent(ALIKE)}
          以上，低于上表最后一对；各单位最相似的一家见报送情况表。
        </p>
      )}
    </>
  );
}

/** 文字相似度: units against each other and against their own last year, with the shared passages side by side. */
export const SimilarityPanel = memo(function SimilarityPanel({
  entries,
  state,
}: {
  entries: UnitEntry[];
  state: SimilarityState;
}) {
  const [compared, setCompared] = useState<Compared | null>(null);
  const byName = new Map(entries.map((e) => [e.unit.name, e]));
  const withLastYear = entries.filter((e) => e.current && e.lastYear);
  const textOf = (name: string) => {
    const report = byName.get(name)?.current?.report;
    return report ? comparedText(report) : "";
  };
  return (
    <section className="collect-panel" aria-labelledby="collect-similar">
      <h2 id="collect-similar">文字相似度（一、五部分，3字片段的杰卡德系数）</h2>
      {state.failed ? (
        <p role="alert">{state.failed}</p>
      ) : state.similarity ? (
        <AlikePairs
          similarity={state.similarity}
          onCompare={(a, b) =>
            setCompared({ left: { label: a, text: textOf(a) }, right: { label: b, text: textOf(b) } })
          }
        />
      ) : (
        <ComparingProgress progress={state.progress} />
      )}
      {withLastYear.length > 0 && (
        <ul className="collect-last-year">
          {withLastYear.map((e) => (
            <li key={e.unit.name}>
              <button
                type="button"
                onClick={() =>
                  setCompared({
                    left: { label: `${e.unit.name}本年`, text: textOf(e.unit.name) },
                    right: { label: `${e.unit.name}上年`, text: e.lastYear ? comparedText(e.lastYear.report) : "" },
                  })
                }
              >
                对照{e.unit.name}本年与上年
              </button>
            </li>
          ))}
        </ul>
      )}
      {compared && <SidePassages compared={compared} />}
    </section>
  );
});
