# language: zh-CN
功能: 服务转化 Service transition (TR)
  参考准则库第 7 章的每一条准则：在评估人员认可的证据上通过，并因明确的理由不通过；
  以及服务转化各子领域如何汇总成等级。
  上线和变更是稳定的机构可能在期内没有发生的事件：依赖事件的准则先看程序文件，再看期内
  登记台账列出的每一次事件；台账是最新的、覆盖整个期间、与逐项列出的事件一致且为零时，
  即证明“期内未发生”。

  背景:
    假如评估日期为 2026-11-01

  # ----------------------------------------------- LP 上线规划、试点与验收 launch planning, pilot and acceptance

  场景: TR-LP-1-01 通过：登记的上线有计划，计划有责任人和上线日期
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                                                                        | 引用 |
      | R    | service_launch_register | 记录 | 2026-10-20 | launches=1; covers_from=2024-09-01                                          |      |
      | L1   | service_launch          | 记录 | 2025-11-03 | service=出口退税辅导                                                        |      |
      | E1   | transition_plan         | 文件 | 2025-09-10 | service=出口退税辅导; tasks=8; unowned_tasks=0; go_live_date=2025-11-03     | L1   |
    当评估该证据包
    那么准则 TR-LP-1-01 通过
    而且准则 TR-LP-1-01 引用 R

  场景: TR-LP-1-01 通过：台账表明近两年没有上线（期内未发生）
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                               |
      | R    | service_launch_register | 记录 | 2026-10-20 | launches=0; covers_from=2024-09-01 |
    当评估该证据包
    那么准则 TR-LP-1-01 通过
    而且准则 TR-LP-1-01 引用 R

  场景: TR-LP-1-01 不通过：计划未定上线日期
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                                                    | 引用 |
      | R    | service_launch_register | 记录 | 2026-10-20 | launches=1; covers_from=2024-09-01                      |      |
      | L1   | service_launch          | 记录 | 2025-11-03 | service=出口退税辅导                                    |      |
      | E1   | transition_plan         | 文件 | 2025-09-10 | service=出口退税辅导; tasks=8; unowned_tasks=0          | L1   |
    当评估该证据包
    那么准则 TR-LP-1-01 不通过
    而且准则 TR-LP-1-01 的评定说明“L1 has no”

  场景: TR-LP-1-01 不通过：第二次上线没有计划
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                                                                    | 引用 |
      | R    | service_launch_register | 记录 | 2026-10-20 | launches=2; covers_from=2024-09-01                                      |      |
      | L1   | service_launch          | 记录 | 2025-11-03 | service=出口退税辅导                                                    |      |
      | L2   | service_launch          | 记录 | 2026-05-06 | service=创业贷款代办                                                    |      |
      | E1   | transition_plan         | 文件 | 2025-09-10 | service=出口退税辅导; tasks=8; unowned_tasks=0; go_live_date=2025-11-03 | L1   |
    当评估该证据包
    那么准则 TR-LP-1-01 不通过
    而且准则 TR-LP-1-01 的评定说明“L2 has no”

  场景: TR-LP-1-01 不通过：台账称没有上线，却列出了一次上线
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                               |
      | R    | service_launch_register | 记录 | 2026-10-20 | launches=0; covers_from=2024-09-01 |
      | L1   | service_launch          | 记录 | 2026-05-06 | service=创业贷款代办               |
    当评估该证据包
    那么准则 TR-LP-1-01 不通过
    而且准则 TR-LP-1-01 的评定说明“summary_agrees = false”

  场景: TR-LP-1-01 不通过：台账只覆盖近一年，不足以证明两年内未上线
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                               |
      | R    | service_launch_register | 记录 | 2026-10-20 | launches=0; covers_from=2026-01-01 |
    当评估该证据包
    那么准则 TR-LP-1-01 不通过
    而且准则 TR-LP-1-01 的评定说明“covers_from”

  场景: TR-LP-1-01 不通过：台账一年未更新
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                               |
      | R    | service_launch_register | 记录 | 2025-10-20 | launches=0; covers_from=2023-09-01 |
    当评估该证据包
    那么准则 TR-LP-1-01 不通过
    而且准则 TR-LP-1-01 的评定说明“dates from 2025-10-20”

  场景: TR-LP-2-01 通过：附有原件的已批准程序含验收与移交（三星样例）
    假如样例证据包“city-service-platform-3star.yaml”
    当评估该证据包
    那么准则 TR-LP-2-01 通过
    而且准则 TR-LP-2-01 引用 EV-TR-003

  场景: TR-LP-2-01 不通过：程序只是声称，没有附上文件
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 批准 | 属性                                                                     |
      | E1   | transition_procedure | 文件 | 2024-12-02 | 是   | stages=[planning,readiness,pilot,acceptance,handover,early_life_support] |
    当评估该证据包
    那么准则 TR-LP-2-01 不通过
    而且准则 TR-LP-2-01 的评定说明“only claimed: E1 has no attached document”

  场景: TR-LP-2-01 不通过：程序从未将服务移交运营
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 批准 | 属性                                   |
      | E1   | transition_procedure | 文件 | 2024-12-02 | 是   | stages=[planning,readiness,acceptance] |
    当评估该证据包
    那么准则 TR-LP-2-01 不通过
    而且准则 TR-LP-2-01 的评定说明“stages including 'handover'”

  场景: 探查 TR-LP-2-01：验收和移交分别出现在两份不同的文件中，不能合起来满足
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 批准 | 属性                          |
      | E1   | transition_procedure | 文件 | 2024-12-02 | 是   | stages=[planning,acceptance]  |
      | E2   | transition_procedure | 文件 | 2025-03-15 | 是   | stages=[handover]             |
    当评估该证据包
    那么准则 TR-LP-2-01 不通过
    而且准则 TR-LP-2-01 的评定说明“E1 does not count”
    而且准则 TR-LP-2-01 的评定说明“E2 does not count”

  场景: TR-LP-2-02 通过：登记的上线在上线前经有条件验收
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                                          | 引用 |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,acceptance,handover]                                         |      |
      | R    | service_launch_register | 记录 | 2026-10-20 |      | launches=1; covers_from=2024-09-01                                            |      |
      | L1   | service_launch          | 记录 | 2026-03-25 |      | service=专精特新申报辅导                                                      |      |
      | E1   | transition_acceptance   | 记录 | 2026-03-20 |      | result=conditional; checklist_items=8; open_items=2; go_live_date=2026-03-25  | L1   |
    当评估该证据包
    那么准则 TR-LP-2-02 通过
    而且准则 TR-LP-2-02 引用 P

  场景: TR-LP-2-02 通过：程序已定、台账表明两年内没有上线（期内未发生）
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                  |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,acceptance,handover] |
      | R    | service_launch_register | 系统 | 2026-10-20 |      | launches=0; covers_from=2024-06-01    |
    当评估该证据包
    那么准则 TR-LP-2-02 通过

  场景: TR-LP-2-02 不通过：没有上线也要有规定验收的程序
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                               |
      | R    | service_launch_register | 系统 | 2026-10-20 | launches=0; covers_from=2024-06-01 |
    当评估该证据包
    那么准则 TR-LP-2-02 不通过
    而且准则 TR-LP-2-02 的评定说明“of topic 'transition_procedure'”

  场景: TR-LP-2-02 不通过：唯一的验收未获通过
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                            | 引用 |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,acceptance,handover]                           |      |
      | R    | service_launch_register | 记录 | 2026-10-20 |      | launches=1; covers_from=2024-09-01                              |      |
      | L1   | service_launch          | 记录 | 2026-03-25 |      | service=专精特新申报辅导                                        |      |
      | E1   | transition_acceptance   | 记录 | 2026-03-20 |      | result=rejected; checklist_items=8; go_live_date=2026-03-25     | L1   |
    当评估该证据包
    那么准则 TR-LP-2-02 不通过
    而且准则 TR-LP-2-02 的评定说明“L1 has no”

  场景: TR-LP-2-02 不通过：验收是在上线之后补做的
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                          | 引用 |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,acceptance,handover]                         |      |
      | R    | service_launch_register | 记录 | 2026-10-20 |      | launches=1; covers_from=2024-09-01                            |      |
      | L1   | service_launch          | 记录 | 2026-03-25 |      | service=专精特新申报辅导                                      |      |
      | E1   | transition_acceptance   | 记录 | 2026-04-10 |      | result=passed; checklist_items=8; go_live_date=2026-03-25     | L1   |
    当评估该证据包
    那么准则 TR-LP-2-02 不通过
    而且准则 TR-LP-2-02 的评定说明“L1 has no”

  场景: TR-LP-2-02 不通过：台账只登记了一次上线，证据包列出两次
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                                          | 引用 |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,acceptance,handover]                                         |      |
      | R    | service_launch_register | 记录 | 2026-10-20 |      | launches=1; covers_from=2024-09-01                                            |      |
      | L1   | service_launch          | 记录 | 2026-03-25 |      | service=专精特新申报辅导                                                      |      |
      | L2   | service_launch          | 记录 | 2026-06-30 |      | service=数字化诊断                                                            |      |
      | E1   | transition_acceptance   | 记录 | 2026-03-20 |      | result=conditional; checklist_items=8; open_items=2; go_live_date=2026-03-25  | L1   |
    当评估该证据包
    那么准则 TR-LP-2-02 不通过
    而且准则 TR-LP-2-02 的评定说明“summary_agrees = false”

  场景: TR-LP-3-01 通过：七家企业参与试点并记录了决定
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                                                                                  |
      | E1   | transition_pilot_report | 文件 | 2026-05-18 | service=数字化转型诊断; pilot_enterprises=7; feedback_responses=7; decision=revise    |
    当评估该证据包
    那么准则 TR-LP-3-01 通过

  场景: TR-LP-3-01 不通过：只有三家企业参与
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                                                          |
      | E1   | transition_pilot_report | 文件 | 2026-05-18 | pilot_enterprises=3; feedback_responses=3; decision=launch    |
    当评估该证据包
    那么准则 TR-LP-3-01 不通过
    而且准则 TR-LP-3-01 的评定说明“has pilot_enterprises = 3; needs pilot_enterprises ≥ 5”

  场景: TR-LP-3-01 不通过：八家企业参加，只记录了两家的反馈
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                                                          |
      | E1   | transition_pilot_report | 文件 | 2026-05-18 | pilot_enterprises=8; feedback_responses=2; decision=launch    |
    当评估该证据包
    那么准则 TR-LP-3-01 不通过
    而且准则 TR-LP-3-01 的评定说明“has feedback_responses = 2; needs feedback_responses ≥ 5”

  场景: TR-LP-3-01 不适用：试点已说明理由排除
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 批准 | 属性                                  |
      | E1   | transition_procedure | 文件 | 2024-12-02 | 是   | stages=[planning,acceptance,handover] |
    而且准则 TR-LP-3-01 被排除，理由是“all services launched in the period were statutory programmes with a go-live date set by the county government”
    当评估该证据包
    那么准则 TR-LP-3-01 不适用

  场景: TR-LP-3-01 排除到期后重新不通过
    假如准则 TR-LP-3-01 被排除，理由是“no new service was launched while the centre was being reorganised in 2025”，有效期至 2026-06-30
    当评估该证据包
    那么准则 TR-LP-3-01 不通过

  场景: TR-LP-3-02 通过：三次上线均按标准清单验收且无豁免
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                                                 | 引用 |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,readiness,acceptance,handover]; readiness_checklist_items=14        |      |
      | R    | service_launch_register | 系统 | 2026-10-28 |      | launches=3; covers_from=2024-07-01                                                   |      |
      | L1   | service_launch          | 记录 | 2025-04-15 |      | service=代理记账                                                                     |      |
      | L2   | service_launch          | 记录 | 2025-12-01 |      | service=跨境电商陪跑                                                                 |      |
      | L3   | service_launch          | 记录 | 2026-06-08 |      | service=人力资源共享                                                                 |      |
      | E1   | transition_acceptance   | 记录 | 2025-04-11 |      | result=passed; checklist_items=14; open_items=0; go_live_date=2025-04-15             | L1   |
      | E2   | transition_acceptance   | 记录 | 2025-11-27 |      | result=passed; checklist_items=14; open_items=0; go_live_date=2025-12-01             | L2   |
      | E3   | transition_acceptance   | 记录 | 2026-06-03 |      | result=conditional; checklist_items=14; open_items=1; go_live_date=2026-06-08        | L3   |
    当评估该证据包
    那么准则 TR-LP-3-02 通过
    而且准则 TR-LP-3-02 引用 P

  场景: TR-LP-3-02 通过：标准清单已定、两年内没有上线（期内未发生）
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                                          |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,readiness,acceptance,handover]; readiness_checklist_items=14 |
      | R    | service_launch_register | 系统 | 2026-10-28 |      | launches=0; covers_from=2024-07-01                                            |
    当评估该证据包
    那么准则 TR-LP-3-02 通过

  场景: TR-LP-3-02 不通过：台账称两年内没有上线，证据包却有一次上线
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                                          |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,readiness,acceptance,handover]; readiness_checklist_items=14 |
      | R    | service_launch_register | 系统 | 2026-10-28 |      | launches=0; covers_from=2024-07-01                                            |
      | L1   | service_launch          | 记录 | 2025-04-15 |      | service=代理记账                                                              |
    当评估该证据包
    那么准则 TR-LP-3-02 不通过
    而且准则 TR-LP-3-02 的评定说明“summary_agrees = false”

  场景: TR-LP-3-02 不通过：有一次上线豁免了验收
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                                          | 引用 |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,readiness,acceptance,handover]; readiness_checklist_items=14 |      |
      | R    | service_launch_register | 系统 | 2026-10-28 |      | launches=1; covers_from=2024-07-01                                            |      |
      | L1   | service_launch          | 记录 | 2025-04-15 |      | service=代理记账                                                              |      |
      | E1   | transition_acceptance   | 记录 | 2025-04-11 |      | result=passed; checklist_items=14; go_live_date=2025-04-15                    | L1   |
      | E4   | transition_acceptance   | 记录 | 2026-09-15 |      | result=waived; checklist_items=14; open_items=9                               |      |
    当评估该证据包
    那么准则 TR-LP-3-02 不通过
    而且准则 TR-LP-3-02 的评定说明“must not exist, but E4 does”

  场景: TR-LP-3-02 不通过：一次验收的清单临时拼凑且过短
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                                          | 引用 |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,readiness,acceptance,handover]; readiness_checklist_items=14 |      |
      | R    | service_launch_register | 系统 | 2026-10-28 |      | launches=2; covers_from=2024-07-01                                            |      |
      | L1   | service_launch          | 记录 | 2025-04-15 |      | service=代理记账                                                              |      |
      | L2   | service_launch          | 记录 | 2026-06-08 |      | service=人力资源共享                                                          |      |
      | E1   | transition_acceptance   | 记录 | 2025-04-11 |      | result=passed; checklist_items=14; go_live_date=2025-04-15                    | L1   |
      | E3   | transition_acceptance   | 记录 | 2026-06-03 |      | result=passed; checklist_items=4; go_live_date=2026-06-08                     | L2   |
    当评估该证据包
    那么准则 TR-LP-3-02 不通过
    而且准则 TR-LP-3-02 的评定说明“L2 has no”

  场景: TR-LP-3-02 不通过：程序没有标准就绪检查表
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                            |
      | P    | transition_procedure    | 文件 | 2024-12-02 | 是   | stages=[planning,readiness,acceptance,handover] |
      | R    | service_launch_register | 系统 | 2026-10-28 |      | launches=0; covers_from=2024-07-01              |
    当评估该证据包
    那么准则 TR-LP-3-02 不通过
    而且准则 TR-LP-3-02 的评定说明“records no readiness_checklist_items”

  场景: TR-LP-4-01 通过：上线指标连续四个季度测量，未达标的一季已分析整改
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 批准 | 数值 | 单位 | 期间    | 引用 | 属性                                                                                                              |
      | D    | indicator_definition  | 文件 | 2025-09-01 | 是   |      |      |         |      | subdomain=TR-LP; indicator=上线六个月目标达成率; baseline=60; target=70; direction=higher_better; owner=产品管理部 |
      | M1   | indicator_measurement | 指标 | 2026-01-10 |      | 75   | %    | 2025-Q4 | D    | subdomain=TR-LP; target=70; direction=higher_better                                                               |
      | M2   | indicator_measurement | 指标 | 2026-04-10 |      | 66.7 | %    | 2026-Q1 | D    | subdomain=TR-LP; target=70; direction=higher_better                                                               |
      | M3   | indicator_measurement | 指标 | 2026-07-10 |      | 75   | %    | 2026-Q2 | D    | subdomain=TR-LP; target=70; direction=higher_better                                                               |
      | M4   | indicator_measurement | 指标 | 2026-10-10 |      | 80   | %    | 2026-Q3 | D    | subdomain=TR-LP; target=70; direction=higher_better                                                               |
      | V1   | deviation_analysis    | 记录 | 2026-04-20 |      |      |      |         | M2   | subdomain=TR-LP; cause=一项服务推广期遇春节; action=上线日期避开节假日并延长早期支持; action_status=completed      |
    当评估该证据包
    那么准则 TR-LP-4-01 通过
    而且准则 TR-LP-4-01 引用 M2

  场景: TR-LP-4-01 通过：指标已定义，台账表明近一年没有上线（期内未发生）
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                                                                              |
      | D    | indicator_definition    | 文件 | 2025-09-01 | 是   | subdomain=TR-LP; indicator=上线六个月目标达成率; baseline=60; target=70; direction=higher_better; owner=产品管理部 |
      | R    | service_launch_register | 系统 | 2026-10-20 |      | launches=0; covers_from=2025-06-01                                                                                |
    当评估该证据包
    那么准则 TR-LP-4-01 通过
    而且准则 TR-LP-4-01 引用 R

  场景: TR-LP-4-01 不通过：未达标的季度没有偏差分析
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 批准 | 数值 | 单位 | 期间    | 引用 | 属性                                                                                                              |
      | D    | indicator_definition  | 文件 | 2025-09-01 | 是   |      |      |         |      | subdomain=TR-LP; indicator=上线六个月目标达成率; baseline=60; target=70; direction=higher_better; owner=产品管理部 |
      | M1   | indicator_measurement | 指标 | 2026-01-10 |      | 75   | %    | 2025-Q4 | D    | subdomain=TR-LP; target=70; direction=higher_better                                                               |
      | M2   | indicator_measurement | 指标 | 2026-04-10 |      | 66.7 | %    | 2026-Q1 | D    | subdomain=TR-LP; target=70; direction=higher_better                                                               |
      | M3   | indicator_measurement | 指标 | 2026-07-10 |      | 75   | %    | 2026-Q2 | D    | subdomain=TR-LP; target=70; direction=higher_better                                                               |
      | M4   | indicator_measurement | 指标 | 2026-10-10 |      | 80   | %    | 2026-Q3 | D    | subdomain=TR-LP; target=70; direction=higher_better                                                               |
    当评估该证据包
    那么准则 TR-LP-4-01 不通过
    而且准则 TR-LP-4-01 的评定说明“M2 has no evidence item of topic 'deviation_analysis'”

  场景: TR-LP-4-01 不通过：只报一次好看的达成率
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 批准 | 数值 | 单位 | 期间    | 引用 | 属性                                                                                                              |
      | D    | indicator_definition  | 文件 | 2025-09-01 | 是   |      |      |         |      | subdomain=TR-LP; indicator=上线六个月目标达成率; baseline=60; target=70; direction=higher_better; owner=产品管理部 |
      | M4   | indicator_measurement | 指标 | 2026-10-10 |      | 100  | %    | 2026-Q3 | D    | subdomain=TR-LP; target=70; direction=higher_better                                                               |
    当评估该证据包
    那么准则 TR-LP-4-01 不通过
    而且准则 TR-LP-4-01 的评定说明“found 1 distinct quarter”

  场景: TR-LP-4-01 不通过：台账称没有上线，却列出了一次上线
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 批准 | 属性                                                                                                              |
      | D    | indicator_definition    | 文件 | 2025-09-01 | 是   | subdomain=TR-LP; indicator=上线六个月目标达成率; baseline=60; target=70; direction=higher_better; owner=产品管理部 |
      | R    | service_launch_register | 系统 | 2026-10-20 |      | launches=0; covers_from=2025-06-01                                                                                |
      | L1   | service_launch          | 系统 | 2026-05-06 |      | service=创业贷款代办                                                                                              |
    当评估该证据包
    那么准则 TR-LP-4-01 不通过
    而且准则 TR-LP-4-01 的评定说明“summary_agrees = false”

  场景: TR-LP-4-02 通过：平台上两次按数据测算规模的上线
    假如证据如下：
      | 编号 | 主题            | 类型 | 签发日期   | 批准 | 属性                                                                                                        |
      | E1   | transition_plan | 文件 | 2025-08-01 | 是   | tasks=12; unowned_tasks=0; capacity_basis=demand_forecast; expected_demand=600; platform_listing=SVC-2025-031 |
      | E2   | transition_plan | 文件 | 2026-02-14 | 是   | tasks=9; unowned_tasks=0; capacity_basis=historical_data; expected_demand=240; platform_listing=SVC-2026-007  |
    当评估该证据包
    那么准则 TR-LP-4-02 通过
    而且准则 TR-LP-4-02 引用 E2

  场景: TR-LP-4-02 不通过：有一次上线凭估计配备人员
    假如证据如下：
      | 编号 | 主题            | 类型 | 签发日期   | 批准 | 属性                                                                             |
      | E1   | transition_plan | 文件 | 2025-08-01 | 是   | capacity_basis=demand_forecast; expected_demand=600; platform_listing=SVC-2025-031 |
      | E2   | transition_plan | 文件 | 2026-02-14 | 是   | capacity_basis=judgement; expected_demand=200; platform_listing=SVC-2026-007       |
    当评估该证据包
    那么准则 TR-LP-4-02 不通过
    而且准则 TR-LP-4-02 的评定说明“E2 does not count: it has capacity_basis = 'judgement'”

  场景: TR-LP-4-02 不通过：有一项服务未在平台上架
    假如证据如下：
      | 编号 | 主题            | 类型 | 签发日期   | 批准 | 属性                                                                             |
      | E1   | transition_plan | 文件 | 2025-08-01 | 是   | capacity_basis=demand_forecast; expected_demand=600; platform_listing=SVC-2025-031 |
      | E2   | transition_plan | 文件 | 2026-02-14 | 是   | capacity_basis=historical_data; expected_demand=240                                |
    当评估该证据包
    那么准则 TR-LP-4-02 不通过
    而且准则 TR-LP-4-02 的评定说明“E2 does not count: it records no platform_listing”

  场景: TR-LP-5-01 通过：四家同行机构采用了该模式
    假如证据如下：
      | 编号 | 主题                      | 类型 | 签发日期   | 属性                                   |
      | E1   | service_model_replication | 文件 | 2025-10-09 | adopter_type=peer_provider; adopters=4 |
    当评估该证据包
    那么准则 TR-LP-5-01 通过

  场景: TR-LP-5-01 不通过：模式只推广到本机构的分支
    假如证据如下：
      | 编号 | 主题                      | 类型 | 签发日期   | 属性                                |
      | E1   | service_model_replication | 文件 | 2025-10-09 | adopter_type=own_branch; adopters=6 |
    当评估该证据包
    那么准则 TR-LP-5-01 不通过
    而且准则 TR-LP-5-01 的评定说明“needs adopter_type one of 'peer_provider', 'government_programme'”

  # ------------------------------------------------------------- CM 变更管理 change management

  场景: TR-CM-1-01 通过：变更台账最新、与变更一致，每项变更写明批准人
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                                                         |
      | R    | service_change_register | 记录 | 2026-10-15 | changes=1; client_affecting=1                                |
      | C1   | service_change_record   | 系统 | 2026-04-02 | change_type=schedule; approver=主任; affects_clients=true    |
    当评估该证据包
    那么准则 TR-CM-1-01 通过
    而且准则 TR-CM-1-01 引用 R

  场景: TR-CM-1-01 通过：一年内没有变更，台账照常保存（期内未发生）
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                          |
      | R    | service_change_register | 记录 | 2026-10-15 | changes=0; client_affecting=0 |
    当评估该证据包
    那么准则 TR-CM-1-01 通过

  场景: TR-CM-1-01 不通过：变更日志未写明批准人
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                                 |
      | R    | service_change_register | 记录 | 2026-10-15 | changes=1; client_affecting=1        |
      | C1   | service_change_record   | 记录 | 2026-04-02 | change_type=fee; affects_clients=true |
    当评估该证据包
    那么准则 TR-CM-1-01 不通过
    而且准则 TR-CM-1-01 的评定说明“must not exist, but C1 does”

  场景: TR-CM-1-01 不通过：只有零散的变更通知，没有变更台账
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                          |
      | N1   | service_change_notice | 记录 | 2026-04-02 | effective_date=2026-04-05; channel=wechat     |
    当评估该证据包
    那么准则 TR-CM-1-01 不通过
    而且准则 TR-CM-1-01 的评定说明“of topic 'service_change_register'”

  场景: TR-CM-2-01 通过：附有原件的已批准制度涵盖审批与客户告知（三星样例）
    假如样例证据包“city-service-platform-3star.yaml”
    当评估该证据包
    那么准则 TR-CM-2-01 通过
    而且准则 TR-CM-2-01 引用 EV-TR-010

  场景: TR-CM-2-01 不通过：制度只是声称，没有附上文件
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                                                              |
      | E1   | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[classification,approval,client_notice,rollback,records]; change_classes=3 |
    当评估该证据包
    那么准则 TR-CM-2-01 不通过
    而且准则 TR-CM-2-01 的评定说明“only claimed: E1 has no attached document”

  场景: TR-CM-2-01 不通过：程序未提及告知客户
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                               |
      | E1   | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[classification,approval]; change_classes=3 |
    当评估该证据包
    那么准则 TR-CM-2-01 不通过
    而且准则 TR-CM-2-01 的评定说明“covers including 'client_notice'”

  场景: TR-CM-2-01 不通过：程序只涉及一种变更
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                              |
      | E1   | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval,client_notice]; change_classes=1 |
    当评估该证据包
    那么准则 TR-CM-2-01 不通过
    而且准则 TR-CM-2-01 的评定说明“has change_classes = 1; needs change_classes ≥ 2”

  场景: 探查 TR-CM-2-01：审批规定和告知规定分见两份文件，不能合起来满足
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                       |
      | E1   | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval]; change_classes=3        |
      | E2   | service_change_procedure | 文件 | 2025-06-18 | 是   | covers=[client_notice]; change_classes=1   |
    当评估该证据包
    那么准则 TR-CM-2-01 不通过
    而且准则 TR-CM-2-01 的评定说明“E1 does not count”
    而且准则 TR-CM-2-01 的评定说明“E2 does not count”

  场景: TR-CM-2-02 通过：两项影响客户的变更均提前足够时间告知
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                                                 | 引用 |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval,client_notice]; change_classes=2; client_notice_days=7 |   |
      | R    | service_change_register  | 系统 | 2026-10-15 |      | changes=3; client_affecting=2; covers_from=2025-09-01                |      |
      | C1   | service_change_record    | 系统 | 2026-01-20 |      | change_type=fee; affects_clients=true                                |      |
      | C2   | service_change_record    | 系统 | 2026-08-01 |      | change_type=schedule; affects_clients=true                           |      |
      | C3   | service_change_record    | 系统 | 2026-09-10 |      | change_type=staff; affects_clients=false                             |      |
      | N1   | service_change_notice    | 记录 | 2026-02-10 |      | effective_date=2026-02-24; channel=platform                          | C1   |
      | N2   | service_change_notice    | 记录 | 2026-08-20 |      | effective_date=2026-08-30; channel=sms                               | C2   |
    当评估该证据包
    那么准则 TR-CM-2-02 通过
    而且准则 TR-CM-2-02 引用 R

  场景: TR-CM-2-02 通过：台账表明一年内没有影响客户的变更（期内未发生）
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                                                    |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval,client_notice]; change_classes=2; client_notice_days=7 |
      | R    | service_change_register  | 系统 | 2026-10-15 |      | changes=1; client_affecting=0; covers_from=2025-09-01                   |
      | C3   | service_change_record    | 系统 | 2026-09-10 |      | change_type=staff; affects_clients=false                                |
    当评估该证据包
    那么准则 TR-CM-2-02 通过

  场景: TR-CM-2-02 不通过：有一份通知在变更前一天才发出
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                                                    | 引用 |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval,client_notice]; change_classes=2; client_notice_days=7 |      |
      | R    | service_change_register  | 系统 | 2026-10-15 |      | changes=2; client_affecting=2; covers_from=2025-09-01                   |      |
      | C1   | service_change_record    | 系统 | 2026-01-20 |      | change_type=fee; affects_clients=true                                   |      |
      | C2   | service_change_record    | 系统 | 2026-08-01 |      | change_type=schedule; affects_clients=true                              |      |
      | N1   | service_change_notice    | 记录 | 2026-02-10 |      | effective_date=2026-02-24; channel=platform                             | C1   |
      | N2   | service_change_notice    | 记录 | 2026-08-29 |      | effective_date=2026-08-30; channel=sms                                  | C2   |
    当评估该证据包
    那么准则 TR-CM-2-02 不通过
    而且准则 TR-CM-2-02 的评定说明“C2 has no”

  场景: TR-CM-2-02 不通过：声明的提前天数与日期不符，按日期计算
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                                                    | 引用 |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval,client_notice]; change_classes=2; client_notice_days=7 |      |
      | R    | service_change_register  | 系统 | 2026-10-15 |      | changes=1; client_affecting=1; covers_from=2025-09-01                   |      |
      | C2   | service_change_record    | 系统 | 2026-08-01 |      | change_type=schedule; affects_clients=true                              |      |
      | N2   | service_change_notice    | 记录 | 2026-08-28 |      | effective_date=2026-08-30; notice_days=10; channel=sms                  | C2   |
    当评估该证据包
    那么准则 TR-CM-2-02 不通过
    而且准则 TR-CM-2-02 的评定说明“C2 has no”

  场景: TR-CM-2-02 不通过：台账称没有影响客户的变更，却列出了一项未告知的收费调整
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                                                    |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval,client_notice]; change_classes=2; client_notice_days=7 |
      | R    | service_change_register  | 系统 | 2026-10-15 |      | changes=1; client_affecting=0; covers_from=2025-09-01                   |
      | C1   | service_change_record    | 系统 | 2026-01-20 |      | change_type=fee; affects_clients=true                                   |
    当评估该证据包
    那么准则 TR-CM-2-02 不通过
    而且准则 TR-CM-2-02 的评定说明“summary_agrees = false”

  场景: TR-CM-2-02 不通过：制度只要求变更当天告知
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                                                    |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval,client_notice]; change_classes=2; client_notice_days=0 |
      | R    | service_change_register  | 系统 | 2026-10-15 |      | changes=0; client_affecting=0; covers_from=2025-09-01                   |
    当评估该证据包
    那么准则 TR-CM-2-02 不通过
    而且准则 TR-CM-2-02 的评定说明“has client_notice_days = 0; needs client_notice_days ≥ 7”

  场景: TR-CM-3-01 通过：三项变更均先评估、后批准、再实施，且可回退
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准       | 属性                                                                                              |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是         | covers=[approval,client_notice,impact_assessment,rollback]; change_classes=3                     |
      | R    | service_change_register  | 系统 | 2026-10-15 |            | changes=3; client_affecting=3; covers_from=2025-09-01                                             |
      | C1   | service_change_record    | 记录 | 2026-01-12 | 2026-01-15 | affects_clients=true; impact_assessed_on=2026-01-14; implemented_on=2026-02-01; rollback_plan=恢复原受理时间 |
      | C2   | service_change_record    | 记录 | 2026-05-06 | 2026-05-08 | affects_clients=true; impact_assessed_on=2026-05-08; implemented_on=2026-06-01; rollback_plan=恢复原收费标准 |
      | C3   | service_change_record    | 系统 | 2026-09-22 | 2026-09-25 | affects_clients=true; impact_assessed_on=2026-09-23; implemented_on=2026-10-08; rollback_plan=切回原线上渠道 |
    当评估该证据包
    那么准则 TR-CM-3-01 通过
    而且准则 TR-CM-3-01 引用 R

  场景: TR-CM-3-01 通过：程序已定、台账表明一年内没有变更（期内未发生）
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                                                         |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval,client_notice,impact_assessment,rollback]; change_classes=3 |
      | R    | service_change_register  | 系统 | 2026-10-15 |      | changes=0; client_affecting=0; covers_from=2025-09-01                        |
    当评估该证据包
    那么准则 TR-CM-3-01 通过

  场景: TR-CM-3-01 不通过：台账列出三项变更，证据包只列出两项
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准       | 属性                                                                                              |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是         | covers=[approval,client_notice,impact_assessment,rollback]; change_classes=3                     |
      | R    | service_change_register  | 系统 | 2026-10-15 |            | changes=3; client_affecting=3; covers_from=2025-09-01                                             |
      | C1   | service_change_record    | 记录 | 2026-01-12 | 2026-01-15 | affects_clients=true; impact_assessed_on=2026-01-14; implemented_on=2026-02-01; rollback_plan=恢复原受理时间 |
      | C2   | service_change_record    | 记录 | 2026-05-06 | 2026-05-08 | affects_clients=true; impact_assessed_on=2026-05-08; implemented_on=2026-06-01; rollback_plan=恢复原收费标准 |
    当评估该证据包
    那么准则 TR-CM-3-01 不通过
    而且准则 TR-CM-3-01 的评定说明“summary_agrees = false”

  场景: TR-CM-3-01 不通过：有一项变更先实施后补批
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准       | 属性                                                                                              |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是         | covers=[approval,client_notice,impact_assessment,rollback]; change_classes=3                     |
      | R    | service_change_register  | 系统 | 2026-10-15 |            | changes=2; client_affecting=2; covers_from=2025-09-01                                             |
      | C1   | service_change_record    | 记录 | 2026-01-12 | 2026-01-15 | affects_clients=true; impact_assessed_on=2026-01-14; implemented_on=2026-02-01; rollback_plan=恢复原受理时间 |
      | C4   | service_change_record    | 记录 | 2026-09-28 | 2026-10-06 | affects_clients=true; impact_assessed_on=2026-09-29; implemented_on=2026-10-02; rollback_plan=恢复原值班安排 |
    当评估该证据包
    那么准则 TR-CM-3-01 不通过
    而且准则 TR-CM-3-01 的评定说明“must not exist, but C4 does”

  场景: TR-CM-3-01 不通过：有一项变更从未获批准
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准       | 属性                                                                                              |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是         | covers=[approval,client_notice,impact_assessment,rollback]; change_classes=3                     |
      | R    | service_change_register  | 系统 | 2026-10-15 |            | changes=2; client_affecting=2; covers_from=2025-09-01                                             |
      | C1   | service_change_record    | 记录 | 2026-01-12 | 2026-01-15 | affects_clients=true; impact_assessed_on=2026-01-14; implemented_on=2026-02-01; rollback_plan=恢复原受理时间 |
      | C4   | service_change_record    | 记录 | 2026-10-02 |            | change_type=staff; affects_clients=true; impact_assessed_on=2026-10-01; implemented_on=2026-10-02; rollback_plan=原顾问保留一个月 |
    当评估该证据包
    那么准则 TR-CM-3-01 不通过
    而且准则 TR-CM-3-01 的评定说明“C4”

  场景大纲: TR-CM-3-01 不通过：回退方案写作“<plan>”
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准       | 属性                                                                                              |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是         | covers=[approval,client_notice,impact_assessment,rollback]; change_classes=3                     |
      | R    | service_change_register  | 系统 | 2026-10-15 |            | changes=2; client_affecting=2; covers_from=2025-09-01                                             |
      | C1   | service_change_record    | 记录 | 2026-01-12 | 2026-01-15 | affects_clients=true; impact_assessed_on=2026-01-14; implemented_on=2026-02-01; rollback_plan=恢复原受理时间 |
      | C3   | service_change_record    | 记录 | 2026-09-22 | 2026-09-25 | affects_clients=true; impact_assessed_on=2026-09-23; implemented_on=2026-10-08; rollback_plan=<plan> |
    当评估该证据包
    那么准则 TR-CM-3-01 不通过
    而且准则 TR-CM-3-01 的评定说明“must not exist, but C3 does”

    例子:
      | plan             |
      | 无               |
      | 不适用           |
      | none             |
      | N/A              |
      | -                |
      | 无回退方案       |
      | 系统变更无需回退 |
      | No rollback      |

  场景: TR-CM-3-01 不通过：影响评估是在批准之后补做的
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准       | 属性                                                                                              |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是         | covers=[approval,client_notice,impact_assessment,rollback]; change_classes=3                     |
      | R    | service_change_register  | 系统 | 2026-10-15 |            | changes=2; client_affecting=2; covers_from=2025-09-01                                             |
      | C1   | service_change_record    | 记录 | 2026-01-12 | 2026-01-15 | affects_clients=true; impact_assessed_on=2026-01-14; implemented_on=2026-02-01; rollback_plan=恢复原受理时间 |
      | C2   | service_change_record    | 记录 | 2026-05-06 | 2026-05-08 | affects_clients=true; impact_assessed_on=2026-05-20; implemented_on=2026-06-01; rollback_plan=恢复原收费标准 |
    当评估该证据包
    那么准则 TR-CM-3-01 不通过
    而且准则 TR-CM-3-01 的评定说明“must not exist, but C2 does”

  场景: TR-CM-3-01 不通过：制度没有回退要求
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                                               |
      | P    | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval,client_notice,impact_assessment]; change_classes=3 |
      | R    | service_change_register  | 系统 | 2026-10-15 |      | changes=0; client_affecting=0; covers_from=2025-09-01              |
    当评估该证据包
    那么准则 TR-CM-3-01 不通过
    而且准则 TR-CM-3-01 的评定说明“covers including 'rollback'”

  场景: TR-CM-4-01 通过：变更成功率四个季度有测量，低于目标的一季已分析整改
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 批准 | 数值 | 单位 | 期间    | 引用 | 属性                                                                                                       |
      | D    | indicator_definition  | 文件 | 2025-09-01 | 是   |      |      |         |      | subdomain=TR-CM; indicator=服务变更成功率; baseline=91; target=95; direction=higher_better; owner=运营部   |
      | M1   | indicator_measurement | 指标 | 2026-01-10 |      | 93.8 | %    | 2025-Q4 | D    | subdomain=TR-CM; target=95; direction=higher_better                                                        |
      | M2   | indicator_measurement | 指标 | 2026-04-10 |      | 96.0 | %    | 2026-Q1 | D    | subdomain=TR-CM; target=95; direction=higher_better                                                        |
      | M3   | indicator_measurement | 指标 | 2026-07-10 |      | 95.5 | %    | 2026-Q2 | D    | subdomain=TR-CM; target=95; direction=higher_better                                                        |
      | M4   | indicator_measurement | 指标 | 2026-10-10 |      | 96.3 | %    | 2026-Q3 | D    | subdomain=TR-CM; target=95; direction=higher_better                                                        |
      | V1   | deviation_analysis    | 记录 | 2026-01-20 |      |      |      |         | M1   | subdomain=TR-CM; cause=两项收费调整未做客户影响评估; action=收费类变更一律先做影响评估; action_status=verified |
    当评估该证据包
    那么准则 TR-CM-4-01 通过
    而且准则 TR-CM-4-01 引用 D

  场景: TR-CM-4-01 通过：紧急变更占比越低越好，四季度均在上限以内
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 批准 | 数值 | 单位 | 期间    | 引用 | 属性                                                                                                   |
      | D    | indicator_definition  | 文件 | 2025-09-01 | 是   |      |      |         |      | subdomain=TR-CM; indicator=紧急变更占比; baseline=14; target=10; direction=lower_better; owner=运营部 |
      | M1   | indicator_measurement | 指标 | 2026-01-10 |      | 9.1  | %    | 2025-Q4 | D    | subdomain=TR-CM; target=10; direction=lower_better                                                     |
      | M2   | indicator_measurement | 指标 | 2026-04-10 |      | 8.0  | %    | 2026-Q1 | D    | subdomain=TR-CM; target=10; direction=lower_better                                                     |
      | M3   | indicator_measurement | 指标 | 2026-07-10 |      | 7.9  | %    | 2026-Q2 | D    | subdomain=TR-CM; target=10; direction=lower_better                                                     |
      | M4   | indicator_measurement | 指标 | 2026-10-10 |      | 7.4  | %    | 2026-Q3 | D    | subdomain=TR-CM; target=10; direction=lower_better                                                     |
    当评估该证据包
    那么准则 TR-CM-4-01 通过

  场景: TR-CM-4-01 不通过：紧急变更超出上限却没有分析
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 批准 | 数值 | 单位 | 期间    | 引用 | 属性                                                                                                   |
      | D    | indicator_definition  | 文件 | 2025-09-01 | 是   |      |      |         |      | subdomain=TR-CM; indicator=紧急变更占比; baseline=14; target=10; direction=lower_better; owner=运营部 |
      | M1   | indicator_measurement | 指标 | 2026-01-10 |      | 9.1  | %    | 2025-Q4 | D    | subdomain=TR-CM; target=10; direction=lower_better                                                     |
      | M2   | indicator_measurement | 指标 | 2026-04-10 |      | 18   | %    | 2026-Q1 | D    | subdomain=TR-CM; target=10; direction=lower_better                                                     |
      | M3   | indicator_measurement | 指标 | 2026-07-10 |      | 7.9  | %    | 2026-Q2 | D    | subdomain=TR-CM; target=10; direction=lower_better                                                     |
      | M4   | indicator_measurement | 指标 | 2026-10-10 |      | 7.4  | %    | 2026-Q3 | D    | subdomain=TR-CM; target=10; direction=lower_better                                                     |
    当评估该证据包
    那么准则 TR-CM-4-01 不通过
    而且准则 TR-CM-4-01 的评定说明“M2 has no evidence item of topic 'deviation_analysis'”

  场景: TR-CM-4-01 不通过：指标没有基线
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 批准 | 数值 | 单位 | 期间    | 引用 | 属性                                                                                       |
      | D    | indicator_definition  | 文件 | 2025-09-01 | 是   |      |      |         |      | subdomain=TR-CM; indicator=服务变更成功率; target=95; direction=higher_better; owner=运营部 |
      | M1   | indicator_measurement | 指标 | 2026-01-10 |      | 96.1 | %    | 2025-Q4 | D    | subdomain=TR-CM; target=95; direction=higher_better                                        |
      | M2   | indicator_measurement | 指标 | 2026-04-10 |      | 96.0 | %    | 2026-Q1 | D    | subdomain=TR-CM; target=95; direction=higher_better                                        |
      | M3   | indicator_measurement | 指标 | 2026-07-10 |      | 95.5 | %    | 2026-Q2 | D    | subdomain=TR-CM; target=95; direction=higher_better                                        |
      | M4   | indicator_measurement | 指标 | 2026-10-10 |      | 96.3 | %    | 2026-Q3 | D    | subdomain=TR-CM; target=95; direction=higher_better                                        |
    当评估该证据包
    那么准则 TR-CM-4-01 不通过
    而且准则 TR-CM-4-01 的评定说明“records no baseline”

  场景: TR-CM-5-01 通过：两项服务模式变更均有收益复核记录
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                             | 引用 |
      | C1   | service_change_record | 记录 | 2025-06-30 | change_type=service_model; affects_clients=true  |      |
      | C2   | service_change_record | 记录 | 2026-03-31 | change_type=service_model; affects_clients=true  |      |
      | B1   | change_benefit_review | 记录 | 2026-01-10 | outcome=achieved                                 | C1   |
      | B2   | change_benefit_review | 记录 | 2026-09-30 | outcome=partly                                   | C2   |
    当评估该证据包
    那么准则 TR-CM-5-01 通过
    而且准则 TR-CM-5-01 引用 B2

  场景: TR-CM-5-01 不通过：有一项模式变更从未做收益复核
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                             | 引用 |
      | C1   | service_change_record | 记录 | 2025-06-30 | change_type=service_model; affects_clients=true  |      |
      | C2   | service_change_record | 记录 | 2026-03-31 | change_type=service_model; affects_clients=true  |      |
      | B1   | change_benefit_review | 记录 | 2026-01-10 | outcome=achieved                                 | C1   |
    当评估该证据包
    那么准则 TR-CM-5-01 不通过
    而且准则 TR-CM-5-01 的评定说明“found 1 (C1)”

  # ---------------------------------------------------------- KM 知识管理 knowledge management

  场景: TR-KM-1-01 通过：全员可用的共享知识系统
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 属性                         |
      | E1   | knowledge_repository | 系统 | 2026-10-15 | items=146; staff_access=true |
    当评估该证据包
    那么准则 TR-KM-1-01 通过
    而且准则 TR-KM-1-01 引用 E1

  场景: TR-KM-1-01 不通过：只保存了十来条知识
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 属性                        |
      | E1   | knowledge_repository | 观察 | 2026-10-15 | items=12; staff_access=true |
    当评估该证据包
    那么准则 TR-KM-1-01 不通过
    而且准则 TR-KM-1-01 的评定说明“has items = 12; needs items ≥ 20”

  场景: TR-KM-1-01 不通过：只有一份自述的资料清单，评估人员没有看到资料库
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 属性                         |
      | E1   | knowledge_repository | 文件 | 2026-10-15 | items=146; staff_access=true |
    当评估该证据包
    那么准则 TR-KM-1-01 不通过
    而且准则 TR-KM-1-01 的评定说明“E1 does not count: it is a document”

  场景: TR-KM-2-01 通过：附有原件的已批准制度规定每年评审知识（三星样例）
    假如样例证据包“city-service-platform-3star.yaml”
    当评估该证据包
    那么准则 TR-KM-2-01 通过
    而且准则 TR-KM-2-01 引用 EV-TR-021

  场景: TR-KM-2-01 不通过：制度只是声称，没有附上文件
    假如证据如下：
      | 编号 | 主题                      | 类型 | 签发日期   | 批准 | 属性                                                          |
      | E1   | knowledge_management_rule | 文件 | 2025-05-20 | 是   | covers=[capture,review,update,access]; review_cycle_months=12 |
    当评估该证据包
    那么准则 TR-KM-2-01 不通过
    而且准则 TR-KM-2-01 的评定说明“only claimed: E1 has no attached document”

  场景: TR-KM-2-01 不通过：知识每两年才评审一次
    假如证据如下：
      | 编号 | 主题                      | 类型 | 签发日期   | 批准 | 属性                                                   |
      | E1   | knowledge_management_rule | 文件 | 2025-05-20 | 是   | covers=[capture,review,update]; review_cycle_months=24 |
    当评估该证据包
    那么准则 TR-KM-2-01 不通过
    而且准则 TR-KM-2-01 的评定说明“has review_cycle_months = 24; needs review_cycle_months ≤ 12”

  场景: 探查 TR-KM-2-01：复审和更新分见两份文件，不能合起来满足
    假如证据如下：
      | 编号 | 主题                      | 类型 | 签发日期   | 批准 | 属性                                           |
      | E1   | knowledge_management_rule | 文件 | 2025-05-20 | 是   | covers=[capture,review]; review_cycle_months=12 |
      | E2   | knowledge_management_rule | 文件 | 2025-08-11 | 是   | covers=[update]; review_cycle_months=36         |
    当评估该证据包
    那么准则 TR-KM-2-01 不通过
    而且准则 TR-KM-2-01 的评定说明“E1 does not count”

  场景: TR-KM-2-02 通过：登记的上线前九名交付人员接受了有手册的培训
    假如证据如下：
      | 编号 | 主题                        | 类型 | 签发日期   | 批准 | 属性                                                                   | 引用 |
      | K    | knowledge_management_rule   | 文件 | 2025-05-20 | 是   | covers=[capture,review,update,handover]; review_cycle_months=12        |      |
      | R    | service_launch_register     | 记录 | 2026-10-20 |      | launches=1; covers_from=2024-09-01                                     |      |
      | L1   | service_launch              | 记录 | 2026-03-15 |      | service=专精特新申报辅导                                               |      |
      | E1   | knowledge_transfer_training | 记录 | 2026-03-08 |      | service=专精特新申报辅导; attendees=9; materials=[manual,slides]       | L1   |
    当评估该证据包
    那么准则 TR-KM-2-02 通过
    而且准则 TR-KM-2-02 引用 K

  场景: TR-KM-2-02 通过：制度已定、台账表明两年内没有上线（期内未发生）
    假如证据如下：
      | 编号 | 主题                      | 类型 | 签发日期   | 批准 | 属性                                                            |
      | K    | knowledge_management_rule | 文件 | 2025-05-20 | 是   | covers=[capture,review,update,handover]; review_cycle_months=12 |
      | R    | service_launch_register   | 记录 | 2026-10-20 |      | launches=0; covers_from=2024-09-01                              |
    当评估该证据包
    那么准则 TR-KM-2-02 通过

  场景: TR-KM-2-02 不通过：人员只看了课件，没有手册、话术或问答
    假如证据如下：
      | 编号 | 主题                        | 类型 | 签发日期   | 批准 | 属性                                                            | 引用 |
      | K    | knowledge_management_rule   | 文件 | 2025-05-20 | 是   | covers=[capture,review,update,handover]; review_cycle_months=12 |      |
      | R    | service_launch_register     | 记录 | 2026-10-20 |      | launches=1; covers_from=2024-09-01                              |      |
      | L1   | service_launch              | 记录 | 2026-03-15 |      | service=专精特新申报辅导                                        |      |
      | E1   | knowledge_transfer_training | 记录 | 2026-03-08 |      | attendees=9; materials=[slides]                                 | L1   |
    当评估该证据包
    那么准则 TR-KM-2-02 不通过
    而且准则 TR-KM-2-02 的评定说明“L1 has no”

  场景: TR-KM-2-02 不通过：台账称没有上线，却列出了一次没有移交培训的上线
    假如证据如下：
      | 编号 | 主题                      | 类型 | 签发日期   | 批准 | 属性                                                            |
      | K    | knowledge_management_rule | 文件 | 2025-05-20 | 是   | covers=[capture,review,update,handover]; review_cycle_months=12 |
      | R    | service_launch_register   | 记录 | 2026-10-20 |      | launches=0; covers_from=2024-09-01                              |
      | L1   | service_launch            | 记录 | 2026-03-15 |      | service=专精特新申报辅导                                        |
    当评估该证据包
    那么准则 TR-KM-2-02 不通过
    而且准则 TR-KM-2-02 的评定说明“summary_agrees = false”

  场景: TR-KM-3-01 通过：有负责人、已分类、近三个月每月更新的知识库
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 属性                                       |
      | E1   | knowledge_repository | 系统 | 2026-10-15 | categories=8; categories_without_owner=0   |
      | U8   | knowledge_update_log | 系统 | 2026-08-31 | period=2026-08; items_updated=12           |
      | U9   | knowledge_update_log | 系统 | 2026-09-30 | period=2026-09; items_updated=7            |
      | U10  | knowledge_update_log | 系统 | 2026-10-31 | period=2026-10; items_updated=5            |
    当评估该证据包
    那么准则 TR-KM-3-01 通过
    而且准则 TR-KM-3-01 引用 U10

  场景: TR-KM-3-01 不通过：只在迎检前集中更新了一次
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 属性                                       |
      | E1   | knowledge_repository | 系统 | 2026-10-15 | categories=8; categories_without_owner=0   |
      | U10  | knowledge_update_log | 系统 | 2026-10-31 | period=2026-10; items_updated=160          |
    当评估该证据包
    那么准则 TR-KM-3-01 不通过
    而且准则 TR-KM-3-01 的评定说明“found 1 distinct month among U10”

  场景: TR-KM-3-01 不通过：有两个类别无人负责
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 属性                                       |
      | E1   | knowledge_repository | 系统 | 2026-10-15 | categories=8; categories_without_owner=2   |
      | U8   | knowledge_update_log | 系统 | 2026-08-31 | period=2026-08; items_updated=12           |
      | U9   | knowledge_update_log | 系统 | 2026-09-30 | period=2026-09; items_updated=7            |
      | U10  | knowledge_update_log | 系统 | 2026-10-31 | period=2026-10; items_updated=5            |
    当评估该证据包
    那么准则 TR-KM-3-01 不通过
    而且准则 TR-KM-3-01 的评定说明“has categories_without_owner = 2; needs categories_without_owner = 0”

  场景: TR-KM-3-02 通过：十篇案例总结均写明经验教训
    假如证据如下：
      | 编号 | 主题                   | 类型 | 签发日期   | 属性                                         |
      | E1   | service_case_knowledge | 记录 | 2025-12-02 | lessons_learned=先核对企业资质再报名         |
      | E2   | service_case_knowledge | 记录 | 2025-12-19 | lessons_learned=材料清单提前一周发给企业     |
      | E3   | service_case_knowledge | 记录 | 2026-01-15 | lessons_learned=融资对接前先做财务体检       |
      | E4   | service_case_knowledge | 记录 | 2026-02-26 | lessons_learned=专利布局需律师提前介入       |
      | E5   | service_case_knowledge | 记录 | 2026-03-30 | lessons_learned=出口企业先查原产地规则       |
      | E6   | service_case_knowledge | 记录 | 2026-04-22 | lessons_learned=用工诊断需现场访谈一线员工   |
      | E7   | service_case_knowledge | 记录 | 2026-05-27 | lessons_learned=补贴申报注意截止日前系统拥堵 |
      | E8   | service_case_knowledge | 系统 | 2026-07-08 | lessons_learned=数字化改造分阶段验收         |
      | E9   | service_case_knowledge | 系统 | 2026-08-19 | lessons_learned=质量体系认证前做内审演练     |
      | E10  | service_case_knowledge | 系统 | 2026-09-24 | lessons_learned=品牌服务需企业主亲自参与     |
    当评估该证据包
    那么准则 TR-KM-3-02 通过
    而且准则 TR-KM-3-02 引用 E10

  场景: TR-KM-3-02 不通过：有一篇总结没有经验教训
    假如证据如下：
      | 编号 | 主题                   | 类型 | 签发日期   | 属性                                         |
      | E1   | service_case_knowledge | 记录 | 2025-12-02 | lessons_learned=先核对企业资质再报名         |
      | E2   | service_case_knowledge | 记录 | 2025-12-19 | lessons_learned=材料清单提前一周发给企业     |
      | E3   | service_case_knowledge | 记录 | 2026-01-15 | lessons_learned=融资对接前先做财务体检       |
      | E4   | service_case_knowledge | 记录 | 2026-02-26 | lessons_learned=专利布局需律师提前介入       |
      | E5   | service_case_knowledge | 记录 | 2026-03-30 | lessons_learned=出口企业先查原产地规则       |
      | E6   | service_case_knowledge | 记录 | 2026-04-22 | lessons_learned=用工诊断需现场访谈一线员工   |
      | E7   | service_case_knowledge | 记录 | 2026-05-27 | lessons_learned=补贴申报注意截止日前系统拥堵 |
      | E8   | service_case_knowledge | 系统 | 2026-07-08 | lessons_learned=数字化改造分阶段验收         |
      | E9   | service_case_knowledge | 系统 | 2026-08-19 | lessons_learned=质量体系认证前做内审演练     |
      | E10  | service_case_knowledge | 系统 | 2026-09-24 | enterprise=某食品公司                        |
    当评估该证据包
    那么准则 TR-KM-3-02 不通过
    而且准则 TR-KM-3-02 的评定说明“E10 does not count: it records no lessons_learned”

  场景: TR-KM-4-01 通过：知识库嵌入平台，知识复用率四个季度有测量
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 批准 | 数值 | 单位 | 期间    | 引用 | 属性                                                                                                     |
      | K    | knowledge_repository  | 系统 | 2026-10-15 |      |      |      |         |      | platform_integrated=true                                                                                 |
      | D    | indicator_definition  | 文件 | 2025-09-01 | 是   |      |      |         |      | subdomain=TR-KM; indicator=知识复用率; baseline=28; target=40; direction=higher_better; owner=知识管理岗 |
      | M1   | indicator_measurement | 指标 | 2026-01-10 |      | 36.2 | %    | 2025-Q4 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
      | M2   | indicator_measurement | 指标 | 2026-04-10 |      | 41.0 | %    | 2026-Q1 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
      | M3   | indicator_measurement | 指标 | 2026-07-10 |      | 43.5 | %    | 2026-Q2 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
      | M4   | indicator_measurement | 指标 | 2026-10-10 |      | 46   | %    | 2026-Q3 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
      | V1   | deviation_analysis    | 记录 | 2026-01-25 |      |      |      |         | M1   | subdomain=TR-KM; cause=工单未强制关联知识条目; action=工单关闭时须选择所用知识条目; action_status=verified |
    当评估该证据包
    那么准则 TR-KM-4-01 通过
    而且准则 TR-KM-4-01 引用 K

  场景: TR-KM-4-01 不通过：知识只在平台之外的纸质手册中
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 批准 | 数值 | 单位 | 期间    | 引用 | 属性                                                                                                     |
      | K    | knowledge_repository  | 文件 | 2026-10-15 |      |      |      |         |      | platform_integrated=true                                                                                 |
      | D    | indicator_definition  | 文件 | 2025-09-01 | 是   |      |      |         |      | subdomain=TR-KM; indicator=知识复用率; baseline=28; target=40; direction=higher_better; owner=知识管理岗 |
      | M1   | indicator_measurement | 指标 | 2026-01-10 |      | 41.2 | %    | 2025-Q4 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
      | M2   | indicator_measurement | 指标 | 2026-04-10 |      | 41.0 | %    | 2026-Q1 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
      | M3   | indicator_measurement | 指标 | 2026-07-10 |      | 43.5 | %    | 2026-Q2 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
      | M4   | indicator_measurement | 指标 | 2026-10-10 |      | 46   | %    | 2026-Q3 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
    当评估该证据包
    那么准则 TR-KM-4-01 不通过
    而且准则 TR-KM-4-01 的评定说明“K does not count: it is a document, not a system”

  场景: TR-KM-4-01 不通过：四个测量值都在同一个季度
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 批准 | 数值 | 单位 | 期间    | 引用 | 属性                                                                                                     |
      | K    | knowledge_repository  | 系统 | 2026-10-15 |      |      |      |         |      | platform_integrated=true                                                                                 |
      | D    | indicator_definition  | 文件 | 2025-09-01 | 是   |      |      |         |      | subdomain=TR-KM; indicator=知识复用率; baseline=28; target=40; direction=higher_better; owner=知识管理岗 |
      | M1   | indicator_measurement | 指标 | 2026-07-10 |      | 44   | %    | 2026-07 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
      | M2   | indicator_measurement | 指标 | 2026-08-10 |      | 45   | %    | 2026-08 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
      | M3   | indicator_measurement | 指标 | 2026-09-10 |      | 46   | %    | 2026-09 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
      | M4   | indicator_measurement | 指标 | 2026-10-01 |      | 46   | %    | 2026-Q3 | D    | subdomain=TR-KM; target=40; direction=higher_better                                                      |
    当评估该证据包
    那么准则 TR-KM-4-01 不通过
    而且准则 TR-KM-4-01 的评定说明“found 1 distinct quarter”

  场景大纲: TR-KM-5-01 通过：对外发布知识或培训同行均可（<route>）
    假如证据如下：
      | 编号 | 主题    | 类型   | 签发日期   | 属性          |
      | E1   | <topic> | <kind> | 2025-11-20 | <attributes1> |
      | E2   | <topic> | <kind> | 2026-06-12 | <attributes2> |
    当评估该证据包
    那么准则 TR-KM-5-01 通过

    例子:
      | route         | topic                   | kind     | attributes1                    | attributes2                  |
      | publications  | knowledge_publication   | document | type=casebook; audience=sector | type=course; audience=public |
      | peer training | peer_knowledge_training | record   | organisations=3                | organisations=7              |

  场景: TR-KM-5-01 不通过：案例集只在内部使用
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                             |
      | E1   | knowledge_publication | 文件 | 2025-11-20 | type=casebook; audience=internal |
      | E2   | knowledge_publication | 文件 | 2026-06-12 | type=course; audience=sector     |
    当评估该证据包
    那么准则 TR-KM-5-01 不通过
    而且准则 TR-KM-5-01 的评定说明“E1 does not count: it has audience = 'internal'; needs audience one of 'sector', 'public'”

  # ---------------------------------------------------------------------- 等级汇总 roll-up

  场景: TR-LP-4-01 使满足 1–3 级的机构的上线规划停在 3 级
    假如满足领域 TR 3 级及以下全部准则的证据
    当评估该证据包
    那么领域 TR 为 3 级
    而且子领域 TR-LP 为 3 级
    而且子领域 TR-LP 受 TR-LP-4-01 阻碍

  场景: 缺少 TR-CM-2-02 使变更管理停在 1 级
    假如满足领域 TR 3 级及以下全部准则的证据
    但是去掉为准则 TR-CM-2-02 构建的证据
    当评估该证据包
    那么准则 TR-CM-2-02 不通过
    而且子领域 TR-CM 为 1 级
    而且子领域 TR-KM 为 3 级
    而且领域 TR 为 1 级

  场景: TR-LP-3-01 说明理由排除后不阻碍 3 级
    假如满足领域 TR 3 级及以下全部准则的证据
    但是去掉为准则 TR-LP-3-01 构建的证据
    而且准则 TR-LP-3-01 被排除，理由是“no new service was launched in the assessment period; the catalogue was frozen during the merger”
    当评估该证据包
    那么准则 TR-LP-3-01 不适用
    而且子领域 TR-LP 为 3 级

  场景: TR-CM-3-01 不得排除
    假如准则 TR-CM-3-01 被排除，理由是“we do not think change control applies to a small centre like ours”
    当评估该证据包
    那么评估被拒绝，原因含“may not be excluded”
