import { useState } from "react";
import type { ConflictChoice, RestorePlan } from "../../drafts";
import { Dialog } from "../common/Dialog";
import { draftTitle, savedTime } from "./draftLabels";

const CHOICES: { value: ConflictChoice; label: string }[] = [
  { value: "keep-both", label: "两份都保留（备份中的版本另存为新草稿）" },
  { value: "keep-local", label: "只保留本机版本" },
  { value: "use-backup", label: "用备份中的版本（本机版本移到回收站）" },
];

interface RestoreDialogProps {
  plan: RestorePlan;
  onConfirm: (choices: Map<string, ConflictChoice>) => void;
  onClose: () => void;
}

/** Asks, for each draft that exists here and differs in the backup, which version to keep. */
export function RestoreDialog({ plan, onConfirm, onClose }: RestoreDialogProps) {
  const files = plan.collections.reduce((n, c) => n + c.files.length, 0);
  const extras = plan.collections.length + Object.keys(plan.submissions).length;
  const [choices, setChoices] = useState(
    () => new Map(plan.conflicts.map((c) => [c.incoming.id, "keep-both" as ConflictChoice])),
  );
  return (
    <Dialog
      title="备份中有与本机不同的草稿"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={() => onConfirm(choices)}>
            按所选恢复
          </button>
          <button type="button" onClick={onClose}>
            取消恢复
          </button>
        </>
      }
    >
      <p>
        备份中有 {plan.add.length} 份本机没有的草稿，将直接加入；另有 {plan.conflicts.length}{" "}
        份草稿本机也有，但内容不同。请逐份选择保留哪个版本。取消则本机草稿不做任何改动。
        {extras &&
          `备份中还有 ${plan.collections.length} 个汇总（共 ${files} 个文件）和 ${extras - plan.collections.length} 份草稿的定稿记录，将并入本机，不替换本机已有的任何内容。`}
      </p>
      {plan.conflicts.map(({ local, incoming }) => {
        const title = draftTitle(local);
        return (
          <fieldset key={incoming.id} className="restore-choice">
            <legend>
              {title}：本机版本保存于 {savedTime(local.savedAt)}（第 {local.revision} 版），备份中的版本保存于{" "}
              {savedTime(incoming.savedAt)}（第 {incoming.revision} 版）
            </legend>
            {CHOICES.map((choice) => (
              <label key={choice.value}>
                <input
                  type="radio"
                  name={`restore-${incoming.id}`}
                  value={choice.value}
                  checked={choices.get(incoming.id) === choice.value}
                  onChange={() => setChoices(new Map(choices).set(incoming.id, choice.value))}
                />
                {choice.label}
              </label>
            ))}
          </fieldset>
        );
      })}
    </Dialog>
  );
}
