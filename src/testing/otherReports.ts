/**
 * Realistic report texts besides the seed, written for the checks' tests: a county government's own report and
 * last year's report of 红山街道 (as a clerk who copies it would find it, and as one who rewrote it).
 */
import { type Report, setAt } from "../report";
import { hongshan2023 } from "./hongshan2023";

/** 2022's report of 红山街道, figures of its own: the text the 2023 seed was (mostly) copied from. */
export function hongshan2022(): Report {
  let report = hongshan2023();
  report.meta = { ...report.meta, year: 2022 };
  for (const [key, item] of Object.entries(report.s1)) {
    report.s1[key] = { ...item, body: item.body.replaceAll("2023", "2022") };
  }
  report.s1.onRequest.body = "2022 年度红山街道办事处共受理依申请公开信息申请 1 条。";
  report = setAt(report, "t2.penalty.decisions", 3);
  report = setAt(setAt(report, "t3.received.natural", 1), "t3.granted.natural", 1);
  return report;
}

/** 红山街道's 2023 report as a clerk who rewrote 一 and 五 from scratch would have written it. */
export function hongshan2023Rewritten(): Report {
  const report = hongshan2023();
  const s1: Record<string, string> = {
    proactive:
      "2023年，红山街道围绕辖区老旧小区改造、就业帮扶和养老服务等群众关注事项，通过区政府网站街道专栏主动公开工作动态、通知公告和惠民政策共计86条，" +
      "其中政策解读12条，并在社区公开栏同步张贴。对涉及居民切身利益的低保、临时救助审批结果，按月在社区进行公示。",
    onRequest:
      "全年共受理依申请公开信息申请 2 条，均为自然人通过信函方式提出，内容涉及房屋征收补偿和社区设施建设，已全部在法定期限内答复并予以公开，无行政复议和行政诉讼。",
    management:
      "街道党工委副书记分管政务公开工作，党政办公室配备一名专职人员。年内对2019年以来发布的信息进行了全面梳理，撤下过时信息23条，" +
      "修订政府信息公开指南，严格执行“先审后发”和保密审查制度，全年未发生泄密事件。",
    platform:
      "依托西工区人民政府门户网站街道专栏和“魅力红山”微信公众号发布信息，在街道便民服务中心设置政府信息查阅点，" +
      "各社区党群服务中心设立公开栏，方便不会使用网络的老年居民查阅。",
    oversight:
      "将政务公开纳入对各社区和科室的年度目标考核，聘请两名社区居民代表担任政务公开监督员，每季度对公开内容抽查一次，" +
      "对发现的错别字、链接失效等问题限期整改。全年未发生责任追究事项。",
  };
  for (const [key, body] of Object.entries(s1)) report.s1[key] = { ...report.s1[key], body };
  report.s5.problems.body =
    "一是部分社区公开栏内容更新不及时，个别栏目超过三个月未更新；二是政策解读形式单一，以文字解读为主，图解和视频解读较少。";
  report.s5.improvements.body =
    "针对上年报告指出的稿件质量问题，2023年已实行专人审校。下一步，建立社区公开栏月度检查台账，" +
    "由党政办公室每月通报更新情况；学习兄弟街道经验，尝试以图解、短视频等形式解读惠民政策。";
  return report;
}

/** A county government's own report (县级以上人民政府), with the items 条例第五十条 asks of governments. */
export function countyGovernment2023(): Report {
  const report = hongshan2023();
  report.meta = {
    ...report.meta,
    organ: "宜阳县人民政府",
    organType: "县级以上人民政府",
    preamble:
      "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。" +
      "本报告所列数据的统计期限为2023年1月1日至12月31日。",
    publishDate: "2024-03-20",
  };
  report.s1.oversight.body =
    "县政府将政务公开工作纳入全县年度目标考核，分值占比4%；开展政务公开社会评议，邀请人大代表、政协委员和群众代表参与评议；" +
    "全年未发生因政务公开工作不到位被责任追究的情况。";
  report.s6.body =
    "（一）信息处理费收取情况：本年度未收取信息处理费。（二）2023年政务公开工作要点落实情况：按照工作要点逐项分解任务，均已完成。" +
    "（三）人大代表建议和政协提案办理结果公开情况：全年办理人大代表建议56件、政协提案72件，办理结果全部公开。" +
    "（四）工作创新情况：在各乡镇便民服务中心设立政务公开专区。";
  return report;
}
