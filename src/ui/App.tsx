import { useState } from "react";
import { blankReport } from "../report";
import { ReportEditor } from "./editor/ReportEditor";
import { PublishMenu } from "./publish/PublishMenu";

/** The app shell: decides which report is open. */
export function App() {
  const [initial] = useState(blankReport);
  return <ReportEditor initialReport={initial} toolbar={<PublishMenu />} />;
}
