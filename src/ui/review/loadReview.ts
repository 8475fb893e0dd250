/** What 分享, 退回意见 and opening shared links and files need from src/review (deflate, envelopes): loaded on first use. */
export const loadReview = () =>
  Promise.all([import("../../review/envelope"), import("../../review/share")]).then(([envelope, share]) => ({
    ...envelope,
    ...share,
  }));
