/**
 * Code the first screen does not need is loaded on first use (docs/architecture.md, "What the first page loads").
 * Such a load can fail (offline after a redeploy, a slow intranet): the person is told so and can retry; the page
 * is never left blank.
 */
import { type ComponentType, type ReactNode, useCallback, useEffect, useState } from "react";
import { Dialog } from "./Dialog";
import "./firstUse.css";

function LoadFailure({ onRetry, onClose }: { onRetry: () => void; onClose: () => void }) {
  return (
    <Dialog
      title="功能加载失败"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="primary" onClick={onRetry}>
            重试
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </>
      }
    >
      <p role="alert">
        功能加载失败，请检查网络后重试：这项功能的程序没能从服务器下载（网络中断、连接太慢，或本工具刚刚更新）。
        您正在填写的内容不受影响。多次重试仍不成功时，请刷新页面。
      </p>
    </Dialog>
  );
}

/**
 * `load(importer, retry)` runs a dynamic `import()`; when it fails it resolves to null and `failure` (to be rendered)
 * says so, with 重试 calling `retry` (normally the action that needed the code, once more). `onDismiss` runs on 取消.
 */
export type LoadOnFirstUse = <M>(importer: () => Promise<M>, retry: () => void) => Promise<M | null>;

export function useOnFirstUse(onDismiss?: () => void): { load: LoadOnFirstUse; failure: ReactNode } {
  const [retry, setRetry] = useState<(() => void) | null>(null);
  const load = useCallback(async <M,>(importer: () => Promise<M>, again: () => void): Promise<M | null> => {
    setRetry(null);
    try {
      return await importer();
    } catch (error) {
      console.error("loading a feature failed", error);
      setRetry(() => again);
      return null;
    }
  }, []);
  const failure = retry && (
    <LoadFailure
      onRetry={() => {
        setRetry(null);
        retry();
      }}
      onClose={() => {
        setRetry(null);
        onDismiss?.();
      }}
    />
  );
  return { load, failure };
}

/**
 * A component (a dialog, an overlay, a panel: something with `onClose`) whose code is loaded when it is first shown.
 * Until then “正在加载…”; if the load fails, the failure notice, whose 取消 closes it.
 */
export function lazyView<P extends { onClose: () => void }>(
  importer: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  // biome-ignore lint/correctness/noComponentHookFactories: made once per feature at module level, like React.lazy
  return function OnFirstUse(props: P) {
    const [View, setView] = useState(() => loaded);
    const { load, failure } = useOnFirstUse(props.onClose);
    useEffect(() => {
      const attempt = () =>
        void load(importer, attempt).then((component) => {
          if (!component) return;
          loaded = component;
          setView(() => component);
        });
      if (!loaded) attempt();
    }, [load]);
    if (View) return <View {...props} />;
    return (
      failure ?? (
        <p className="feature-loading" role="status">
          正在加载…
        </p>
      )
    );
  };
}
