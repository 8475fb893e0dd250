import { Component, type ErrorInfo, type ReactNode } from "react";
import type { DraftRepository } from "../../drafts";
import { downloadBackup } from "../drafts/backupActions";

interface Props {
  /** What failed, for the message: 草稿列表, 编辑器, 检查结果 …. */
  what: string;
  /** Where 导出原始数据 reads from; without it only 重新加载 is offered. */
  repo?: DraftRepository | null;
  children: ReactNode;
}

interface State {
  error: Error | null;
  exported: string;
}

/**
 * A screen or panel that throws while rendering shows what failed and what to do, instead of a blank page:
 * 导出原始数据 saves every stored record as a backup file (nothing is changed), 重试 renders it again.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, exported: "" };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what}显示出错`, error, info.componentStack);
  }

  private exportRaw = async () => {
    const repo = this.props.repo;
    if (!repo) return;
    try {
      const holds = await downloadBackup(repo);
      this.setState({ exported: `已导出原始数据（${holds}）。可在别的浏览器或本页恢复正常后用“恢复备份”导入。` });
    } catch {
      this.setState({ exported: "导出原始数据也失败了。请不要清除浏览器数据，并联系技术支持。" });
    }
  };

  render() {
    const { error, exported } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary" role="alert">
        <p>
          {this.props.what}显示出错（{error.message || "未知错误"}）。已保存的草稿没有改动。
          请先点“导出原始数据”保存一份备份，再点“重试”；仍不行时请重新加载页面。
        </p>
        <p className="error-boundary-actions">
          {this.props.repo && (
            <button type="button" onClick={() => void this.exportRaw()}>
              导出原始数据
            </button>
          )}
          <button type="button" onClick={() => this.setState({ error: null, exported: "" })}>
            重试
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            重新加载页面
          </button>
        </p>
        {exported && <p role="status">{exported}</p>}
      </div>
    );
  }
}
