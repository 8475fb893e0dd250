import { type FormEvent, useCallback, useEffect, useState } from "react";
import type { CollectionListing, CollectionRepository } from "../../drafts";
import { Banner } from "../drafts/Banner";

/** The collections kept in this browser, and 新建汇总. */
export function CollectionList({ repo, onOpen }: { repo: CollectionRepository; onOpen: (id: string | null) => void }) {
  const [listing, setListing] = useState<CollectionListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  /** The collection whose 删除 was clicked, waiting for 确定删除 (no browser confirm). */
  const [removing, setRemoving] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setListing(await repo.list());
    } catch {
      setError("无法从浏览器读取汇总列表。请刷新页面重试。");
    }
  }, [repo]);
  useEffect(() => void load(), [load]);

  const remove = async (id: string) => {
    setRemoving(null);
    try {
      await repo.remove(id);
      await load();
    } catch {
      setError("删除没有完成，汇总仍保留在浏览器中。请稍后重试。");
    }
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const y = Number(year);
    if (!/^\d{4}$/.test(year.trim()) || y < 2000) {
      setError("请填写四位数的报告年度，如 2023。");
      return;
    }
    try {
      const collection = await repo.create(name.trim() || `${y}年度各单位年度报告汇总`, y);
      onOpen(collection.id);
    } catch {
      setError("新建汇总没有保存到浏览器。请稍后重试；如仍失败，请检查浏览器存储空间。");
    }
  };

  return (
    <div className="drafts-screen collect-screen">
      <header className="drafts-header">
        <span className="app-name">年报编制</span>
        <h1>汇总各单位报告</h1>
        <div className="drafts-header-actions">
          <button type="button" onClick={() => onOpen(null)}>
            返回草稿列表
          </button>
        </div>
      </header>
      {error && <Banner tone="error">{error}</Banner>}
      <main className="drafts-main">
        <form className="collect-new" onSubmit={(e) => void create(e)}>
          <h2>新建汇总</h2>
          <label>
            汇总名称
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder="如：西工区2023年度汇总" />
          </label>
          <label>
            报告年度
            <input value={year} inputMode="numeric" onChange={(e) => setYear(e.target.value)} size={6} />
          </label>
          <button type="submit">新建汇总</button>
        </form>
        {listing && (
          <section aria-label="已有的汇总">
            <h2>已有的汇总</h2>
            {listing.collections.length === 0 && <p>还没有汇总。填写名称和年度后点击“新建汇总”。</p>}
            <ul className="collect-list">
              {listing.collections.map((c) => (
                <li key={c.id}>
                  <button type="button" onClick={() => onOpen(c.id)}>
                    打开“{c.name}”
                  </button>
                  <span>
                    {c.year ?? "未填"}年度 · 名单{c.roster.length}个单位 · 收到{c.files.length}个文件
                  </span>
                  {removing === c.id ? (
                    <span className="collect-confirm">
                      删除后名单和收到的文件都不能恢复（各单位的原文件不受影响）。
                      <button type="button" onClick={() => void remove(c.id)}>
                        确定删除
                      </button>
                      <button type="button" onClick={() => setRemoving(null)}>
                        取消
                      </button>
                    </span>
                  ) : (
                    <button type="button" onClick={() => setRemoving(c.id)} aria-label={`删除“${c.name}”`}>
                      删除
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {listing.unreadable.length > 0 && (
              <>
                <h3>无法打开的汇总记录</h3>
                <ul>
                  {listing.unreadable.map((u) => (
                    <li key={u.id}>
                      {u.id}：{u.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </main>
    </div>
  );
}
