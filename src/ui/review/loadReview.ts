/** What 分享, 退回意见 and opening shared links and files need from src/review (deflate, messages): loaded on first use. */
export const loadReview = () =>
  Promise.all([import("../../review/message"), import("../../review/share")]).then(([message, share]) => ({
    ...message,
    ...share,
  }));
