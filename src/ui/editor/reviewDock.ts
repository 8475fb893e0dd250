/** The element of the editor's layout the 审阅意见 panel docks into: the side column, over the findings. */
export const REVIEW_DOCK_ID = "review-dock";
