# language: zh-CN
功能: 积分评价（中文步骤） Points roll-up, in Chinese
  运行：cmm features run catalogues/service-points/features --catalogue catalogues/service-points

  背景:
    假如评估日期为 2026-11-01

  场景: 重大安全责任事故一票否决
    假如样例证据包“incident-vetoed.yaml”
    当评估该证据包
    那么总分落在 5 星区间
    而且评级被 GV-CP-1-02 一票否决

  场景: 证照过期，评级最高二星，加权总分恰在五星区间下限
    假如样例证据包“lapsed-licence.yaml”
    当评估该证据包
    那么加权总分为 90
    而且评级被 GV-CP-1-01 限定为最高 2 星

  场景: 评审员评分写明理由才计入
    假如证据如下：
      | 编号 | 主题        | 类型 | 签发日期   |
      | R1   | plan_review | 记录 | 2026-07-15 |
    而且评审员给准则 GV-PL-2-01 评 8 分，理由是“回顾覆盖计划全部事项，逐项分析了偏差原因并提出整改措施”
    当评估该证据包
    那么准则 GV-PL-2-01 得 8 分，满分 10 分

  场景: 评审员评分未写理由不计入
    假如证据如下：
      | 编号 | 主题        | 类型 | 签发日期   |
      | R1   | plan_review | 记录 | 2026-07-15 |
    而且评审员给准则 GV-PL-2-01 评 8 分，未写理由
    当评估该证据包
    那么准则 GV-PL-2-01 得 0 分，满分 10 分
    而且准则 GV-PL-2-01 的得分说明：“not counted”
