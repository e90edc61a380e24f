# language: zh-CN
功能: 服务转化 Service transition (TR)
  参考准则库第 7 章的每一条准则：在评估人员认可的证据上通过，并因明确的理由不通过；
  以及服务转化各子领域如何汇总成等级。

  背景:
    假如评估日期为 2026-11-01

  # ----------------------------------------------- LP 上线规划、试点与验收 launch planning, pilot and acceptance

  场景: TR-LP-1-01 通过：上线计划有责任人和上线日期
    假如证据如下：
      | 编号 | 主题            | 类型 | 签发日期   | 属性                                                                        |
      | E1   | transition_plan | 文件 | 2025-09-10 | service=出口退税辅导; tasks=8; owner_assigned=true; go_live_date=2025-11-03 |
    当评估该证据包
    那么准则 TR-LP-1-01 通过
    而且准则 TR-LP-1-01 引用 E1

  场景: TR-LP-1-01 不通过：计划未定上线日期
    假如证据如下：
      | 编号 | 主题            | 类型 | 签发日期   | 属性                                               |
      | E1   | transition_plan | 文件 | 2025-09-10 | service=出口退税辅导; tasks=8; owner_assigned=true |
    当评估该证据包
    那么准则 TR-LP-1-01 不通过
    而且准则 TR-LP-1-01 的评定说明“E1 does not count: it records no go_live_date; needs go_live_date recorded”

  场景: TR-LP-1-01 不通过：计划是三年前制定的
    假如证据如下：
      | 编号 | 主题            | 类型 | 签发日期   | 属性                                                  |
      | E1   | transition_plan | 文件 | 2023-08-15 | tasks=5; owner_assigned=true; go_live_date=2023-10-01 |
    当评估该证据包
    那么准则 TR-LP-1-01 不通过
    而且准则 TR-LP-1-01 的评定说明“dates from 2023-08-15”

  场景: TR-LP-2-01 通过：程序已批准，含验收与移交
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 批准 | 属性                                                                     |
      | E1   | transition_procedure | 文件 | 2024-12-02 | 是   | stages=[planning,readiness,pilot,acceptance,handover,early_life_support] |
    当评估该证据包
    那么准则 TR-LP-2-01 通过
    而且准则 TR-LP-2-01 引用 E1

  场景: TR-LP-2-01 不通过：程序从未将服务移交运营
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 批准 | 属性                                   |
      | E1   | transition_procedure | 文件 | 2024-12-02 | 是   | stages=[planning,readiness,acceptance] |
    当评估该证据包
    那么准则 TR-LP-2-01 不通过
    而且准则 TR-LP-2-01 的评定说明“needs stages including 'handover'”

  场景: TR-LP-2-02 通过：上线前有有条件验收
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                                |
      | E1   | transition_acceptance | 记录 | 2026-03-20 | result=conditional; checklist_items=8; open_items=2 |
    当评估该证据包
    那么准则 TR-LP-2-02 通过
    而且准则 TR-LP-2-02 引用 E1

  场景: TR-LP-2-02 不通过：唯一的验收未获通过
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                               |
      | E1   | transition_acceptance | 记录 | 2026-03-20 | result=rejected; checklist_items=8 |
    当评估该证据包
    那么准则 TR-LP-2-02 不通过
    而且准则 TR-LP-2-02 的评定说明“has result = 'rejected'; needs result one of 'passed', 'conditional'”

  场景: TR-LP-3-01 通过：七家企业参与试点并记录了决定
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                                                                                  |
      | E1   | transition_pilot_report | 文件 | 2026-05-18 | service=数字化转型诊断; pilot_enterprises=7; feedback_collected=true; decision=revise |
    当评估该证据包
    那么准则 TR-LP-3-01 通过

  场景: TR-LP-3-01 不通过：只有三家企业参与
    假如证据如下：
      | 编号 | 主题                    | 类型 | 签发日期   | 属性                                                          |
      | E1   | transition_pilot_report | 文件 | 2026-05-18 | pilot_enterprises=3; feedback_collected=true; decision=launch |
    当评估该证据包
    那么准则 TR-LP-3-01 不通过
    而且准则 TR-LP-3-01 的评定说明“has pilot_enterprises = 3; needs pilot_enterprises ≥ 5”

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

  场景: TR-LP-3-02 通过：三次按标准清单验收且无豁免
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                                 |
      | E1   | transition_acceptance | 记录 | 2025-04-11 | result=passed; checklist_items=14; open_items=0      |
      | E2   | transition_acceptance | 记录 | 2025-11-27 | result=passed; checklist_items=14; open_items=0      |
      | E3   | transition_acceptance | 记录 | 2026-06-03 | result=conditional; checklist_items=14; open_items=1 |
    当评估该证据包
    那么准则 TR-LP-3-02 通过
    而且准则 TR-LP-3-02 引用 E3

  场景: TR-LP-3-02 不通过：有一次上线豁免了验收
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                            |
      | E1   | transition_acceptance | 记录 | 2025-04-11 | result=passed; checklist_items=14; open_items=0 |
      | E2   | transition_acceptance | 记录 | 2025-11-27 | result=passed; checklist_items=14; open_items=0 |
      | E3   | transition_acceptance | 记录 | 2026-06-03 | result=passed; checklist_items=14; open_items=0 |
      | E4   | transition_acceptance | 记录 | 2026-09-15 | result=waived; checklist_items=14; open_items=9 |
    当评估该证据包
    那么准则 TR-LP-3-02 不通过
    而且准则 TR-LP-3-02 的评定说明“must not exist, but E4 does”

  场景: TR-LP-3-02 不通过：清单临时拼凑且过短
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                              |
      | E1   | transition_acceptance | 记录 | 2025-04-11 | result=passed; checklist_items=14 |
      | E2   | transition_acceptance | 记录 | 2025-11-27 | result=passed; checklist_items=14 |
      | E3   | transition_acceptance | 记录 | 2026-06-03 | result=passed; checklist_items=4  |
    当评估该证据包
    那么准则 TR-LP-3-02 不通过
    而且准则 TR-LP-3-02 的评定说明“found 2 (E1, E2)”
    而且准则 TR-LP-3-02 的评定说明“E3 does not count: it has checklist_items = 4; needs checklist_items ≥ 10”

  场景: TR-LP-4-01 通过：四次上线中 75% 达到目标
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 数值 | 单位 | 属性       |
      | E1   | launch_target_attainment | 指标 | 2026-07-01 | 75   | %    | launches=4 |
    当评估该证据包
    那么准则 TR-LP-4-01 通过

  场景: TR-LP-4-01 不通过：比率仅基于两次上线
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 数值 | 单位 | 属性       |
      | E1   | launch_target_attainment | 指标 | 2026-07-01 | 100  | %    | launches=2 |
    当评估该证据包
    那么准则 TR-LP-4-01 不通过
    而且准则 TR-LP-4-01 的评定说明“has launches = 2; needs launches ≥ 3”

  场景: TR-LP-4-01 不通过：多数上线未达目标
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 数值 | 单位 | 属性       |
      | E1   | launch_target_attainment | 指标 | 2026-07-01 | 50   | %    | launches=6 |
    当评估该证据包
    那么准则 TR-LP-4-01 不通过
    而且准则 TR-LP-4-01 的评定说明“has value 50 %; needs ≥ 70”

  场景: TR-LP-4-02 通过：平台上两次按数据测算规模的上线
    假如证据如下：
      | 编号 | 主题            | 类型 | 签发日期   | 批准 | 属性                                                                                |
      | E1   | transition_plan | 文件 | 2025-08-01 | 是   | tasks=12; owner_assigned=true; capacity_basis=demand_forecast; platform_listed=true |
      | E2   | transition_plan | 文件 | 2026-02-14 | 是   | tasks=9; owner_assigned=true; capacity_basis=historical_data; platform_listed=true  |
    当评估该证据包
    那么准则 TR-LP-4-02 通过
    而且准则 TR-LP-4-02 引用 E2

  场景: TR-LP-4-02 不通过：有一次上线凭估计配备人员
    假如证据如下：
      | 编号 | 主题            | 类型 | 签发日期   | 批准 | 属性                                                 |
      | E1   | transition_plan | 文件 | 2025-08-01 | 是   | capacity_basis=demand_forecast; platform_listed=true |
      | E2   | transition_plan | 文件 | 2026-02-14 | 是   | capacity_basis=judgement; platform_listed=true       |
    当评估该证据包
    那么准则 TR-LP-4-02 不通过
    而且准则 TR-LP-4-02 的评定说明“E2 does not count: it has capacity_basis = 'judgement'”

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

  场景大纲: TR-CM-1-01 通过：变更日志或变更通知均可（<source>）
    假如证据如下：
      | 编号 | 主题    | 类型   | 签发日期   | 属性         |
      | E1   | <topic> | <kind> | 2026-04-02 | <attributes> |
    当评估该证据包
    那么准则 TR-CM-1-01 通过
    而且准则 TR-CM-1-01 引用 E1

    例子:
      | source     | topic                 | kind   | attributes                          |
      | change log | service_change_record | system | change_type=schedule; approver=主任; authorised=true |
      | notice     | service_change_notice | record | notice_days=3; channel=platform     |

  场景: TR-CM-1-01 不通过：变更日志未写明批准人
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性            |
      | E1   | service_change_record | 记录 | 2026-04-02 | change_type=fee; authorised=true |
    当评估该证据包
    那么准则 TR-CM-1-01 不通过
    而且准则 TR-CM-1-01 的评定说明“E1 does not count: it records no approver”

  场景: TR-CM-2-01 通过：已批准的程序涵盖审批与客户告知
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                                                              |
      | E1   | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[classification,approval,client_notice,rollback,records]; change_classes=3 |
    当评估该证据包
    那么准则 TR-CM-2-01 通过
    而且准则 TR-CM-2-01 引用 E1

  场景: TR-CM-2-01 不通过：程序未提及告知客户
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                               |
      | E1   | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[classification,approval]; change_classes=3 |
    当评估该证据包
    那么准则 TR-CM-2-01 不通过
    而且准则 TR-CM-2-01 的评定说明“needs covers including 'client_notice'”

  场景: TR-CM-2-01 不通过：程序只涉及一种变更
    假如证据如下：
      | 编号 | 主题                     | 类型 | 签发日期   | 批准 | 属性                                              |
      | E1   | service_change_procedure | 文件 | 2025-03-05 | 是   | covers=[approval,client_notice]; change_classes=1 |
    当评估该证据包
    那么准则 TR-CM-2-01 不通过
    而且准则 TR-CM-2-01 的评定说明“has change_classes = 1; needs change_classes ≥ 2”

  场景: TR-CM-2-02 通过：两份通知均提前足够时间发出
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                             |
      | E1   | service_change_notice | 记录 | 2026-02-10 | notice_days=14; channel=platform |
      | E2   | service_change_notice | 记录 | 2026-08-20 | notice_days=10; channel=sms      |
    当评估该证据包
    那么准则 TR-CM-2-02 通过

  场景: TR-CM-2-02 不通过：有一份通知在变更前一天才发出
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                             |
      | E1   | service_change_notice | 记录 | 2026-02-10 | notice_days=14; channel=platform |
      | E2   | service_change_notice | 记录 | 2026-08-20 | notice_days=1; channel=sms       |
    当评估该证据包
    那么准则 TR-CM-2-02 不通过
    而且准则 TR-CM-2-02 的评定说明“E2 does not count: it has notice_days = 1; needs notice_days ≥ 7”

  场景: TR-CM-3-01 通过：三项变更均经评估、可回退、已授权
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                                                |
      | E1   | service_change_record | 记录 | 2026-01-12 | impact_assessed=true; rollback_plan=恢复原受理时间; authorised=true |
      | E2   | service_change_record | 记录 | 2026-05-06 | impact_assessed=true; rollback_plan=恢复原收费标准; authorised=true |
      | E3   | service_change_record | 系统 | 2026-09-22 | impact_assessed=true; rollback_plan=切回原线上渠道; authorised=true |
    当评估该证据包
    那么准则 TR-CM-3-01 通过
    而且准则 TR-CM-3-01 引用 E3

  场景: TR-CM-3-01 不通过：有一项变更未经授权
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                               |
      | E1   | service_change_record | 记录 | 2026-01-12 | impact_assessed=true; rollback_plan=恢复原受理时间; authorised=true |
      | E2   | service_change_record | 记录 | 2026-05-06 | impact_assessed=true; rollback_plan=恢复原收费标准; authorised=true |
      | E3   | service_change_record | 记录 | 2026-09-22 | impact_assessed=true; rollback_plan=切回原线上渠道; authorised=true |
      | E4   | service_change_record | 记录 | 2026-10-02 | change_type=staff; authorised=false                |
    当评估该证据包
    那么准则 TR-CM-3-01 不通过
    而且准则 TR-CM-3-01 的评定说明“must not exist, but E4 does”

  场景大纲: TR-CM-3-01 不通过：回退方案写作“<plan>”
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                               |
      | E1   | service_change_record | 记录 | 2026-01-12 | impact_assessed=true; rollback_plan=恢复原受理时间; authorised=true |
      | E2   | service_change_record | 记录 | 2026-05-06 | impact_assessed=true; rollback_plan=恢复原收费标准; authorised=true |
      | E3   | service_change_record | 记录 | 2026-09-22 | impact_assessed=true; rollback_plan=<plan>; authorised=true |
    当评估该证据包
    那么准则 TR-CM-3-01 不通过
    而且准则 TR-CM-3-01 的评定说明“must not exist, but E3 does”

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

  场景: TR-CM-3-01 不通过：变更未经影响评估即获批准
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                                |
      | E1   | service_change_record | 记录 | 2026-01-12 | impact_assessed=true; rollback_plan=恢复原受理时间; authorised=true |
      | E2   | service_change_record | 记录 | 2026-05-06 | impact_assessed=false; rollback_plan=恢复原收费标准; authorised=true |
      | E3   | service_change_record | 记录 | 2026-09-22 | impact_assessed=true; rollback_plan=切回原线上渠道; authorised=true |
    当评估该证据包
    那么准则 TR-CM-3-01 不通过
    而且准则 TR-CM-3-01 的评定说明“E2 does not count: it has impact_assessed = false; needs impact_assessed = true”

  场景: TR-CM-4-01 通过：变更成功率 97.5%，紧急变更占 6%
    假如证据如下：
      | 编号 | 主题                   | 类型 | 签发日期   | 数值 | 单位 |
      | E1   | change_success_rate    | 指标 | 2026-07-05 | 97.5 | %    |
      | E2   | emergency_change_share | 指标 | 2026-07-05 | 6    | %    |
    当评估该证据包
    那么准则 TR-CM-4-01 通过
    而且准则 TR-CM-4-01 引用 E2

  场景: TR-CM-4-01 不通过：紧急变更过多
    假如证据如下：
      | 编号 | 主题                   | 类型 | 签发日期   | 数值 | 单位 |
      | E1   | change_success_rate    | 指标 | 2026-07-05 | 97.5 | %    |
      | E2   | emergency_change_share | 指标 | 2026-07-05 | 18   | %    |
    当评估该证据包
    那么准则 TR-CM-4-01 不通过
    而且准则 TR-CM-4-01 的评定说明“has value 18 %; needs ≤ 10”

  场景: TR-CM-4-01 不通过：只测量了成功率
    假如证据如下：
      | 编号 | 主题                | 类型 | 签发日期   | 数值 | 单位 |
      | E1   | change_success_rate | 指标 | 2026-07-05 | 99   | %    |
    当评估该证据包
    那么准则 TR-CM-4-01 不通过
    而且准则 TR-CM-4-01 的评定说明“of topic 'emergency_change_share'”

  场景: TR-CM-5-01 通过：两项服务模式变更均做了效益回顾
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                              |
      | E1   | service_change_record | 记录 | 2025-06-30 | change_type=service_model; benefits_reviewed=true; authorised=true |
      | E2   | service_change_record | 记录 | 2026-03-31 | change_type=service_model; benefits_reviewed=true; authorised=true |
    当评估该证据包
    那么准则 TR-CM-5-01 通过

  场景: TR-CM-5-01 不通过：有一项模式变更从未做效益回顾
    假如证据如下：
      | 编号 | 主题                  | 类型 | 签发日期   | 属性                                               |
      | E1   | service_change_record | 记录 | 2025-06-30 | change_type=service_model; benefits_reviewed=true; authorised=true |
      | E2   | service_change_record | 记录 | 2026-03-31 | change_type=service_model; benefits_reviewed=false; authorised=true |
    当评估该证据包
    那么准则 TR-CM-5-01 不通过
    而且准则 TR-CM-5-01 的评定说明“needs benefits_reviewed = true”

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

  场景: TR-KM-2-01 通过：制度规定每年评审知识
    假如证据如下：
      | 编号 | 主题                      | 类型 | 签发日期   | 批准 | 属性                                                          |
      | E1   | knowledge_management_rule | 文件 | 2025-05-20 | 是   | covers=[capture,review,update,access]; review_cycle_months=12 |
    当评估该证据包
    那么准则 TR-KM-2-01 通过

  场景: TR-KM-2-01 不通过：知识每两年才评审一次
    假如证据如下：
      | 编号 | 主题                      | 类型 | 签发日期   | 批准 | 属性                                                   |
      | E1   | knowledge_management_rule | 文件 | 2025-05-20 | 是   | covers=[capture,review,update]; review_cycle_months=24 |
    当评估该证据包
    那么准则 TR-KM-2-01 不通过
    而且准则 TR-KM-2-01 的评定说明“has review_cycle_months = 24; needs review_cycle_months ≤ 12”

  场景: TR-KM-2-02 通过：九名交付人员接受了有教材的培训
    假如证据如下：
      | 编号 | 主题                        | 类型 | 签发日期   | 属性                                                           |
      | E1   | knowledge_transfer_training | 记录 | 2026-03-08 | service=专精特新申报辅导; attendees=9; materials_provided=true |
    当评估该证据包
    那么准则 TR-KM-2-02 通过

  场景: TR-KM-2-02 不通过：人员只听了简介，没有教材
    假如证据如下：
      | 编号 | 主题                        | 类型 | 签发日期   | 属性                                  |
      | E1   | knowledge_transfer_training | 记录 | 2026-03-08 | attendees=9; materials_provided=false |
    当评估该证据包
    那么准则 TR-KM-2-02 不通过
    而且准则 TR-KM-2-02 的评定说明“needs materials_provided = true”

  场景: TR-KM-3-01 通过：有负责人、已分类、上月更新的知识库
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 属性                               |
      | E1   | knowledge_repository | 系统 | 2026-10-15 | categories=8; owners_assigned=true |
      | E2   | knowledge_update_log | 系统 | 2026-10-20 | items_updated=5                    |
    当评估该证据包
    那么准则 TR-KM-3-01 通过
    而且准则 TR-KM-3-01 引用 E2

  场景: TR-KM-3-01 不通过：四个月没有任何更新
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 属性                               |
      | E1   | knowledge_repository | 系统 | 2026-10-15 | categories=8; owners_assigned=true |
      | E2   | knowledge_update_log | 系统 | 2026-06-30 | items_updated=5                    |
    当评估该证据包
    那么准则 TR-KM-3-01 不通过
    而且准则 TR-KM-3-01 的评定说明“E2 does not count: it dates from 2026-06-30”

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

  场景: TR-KM-4-01 通过：与平台集成的知识库，46% 的案例复用了知识
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 数值 | 单位 | 属性                     |
      | E1   | knowledge_repository | 系统 | 2026-10-15 |      |      | platform_integrated=true |
      | E2   | knowledge_reuse_rate | 指标 | 2026-09-30 | 46   | %    |                          |
    当评估该证据包
    那么准则 TR-KM-4-01 通过
    而且准则 TR-KM-4-01 引用 E1

  场景: TR-KM-4-01 不通过：知识只在平台之外的纸质手册中
    假如证据如下：
      | 编号 | 主题                 | 类型 | 签发日期   | 数值 | 单位 | 属性                     |
      | E1   | knowledge_repository | 文件 | 2026-10-15 |      |      | platform_integrated=true |
      | E2   | knowledge_reuse_rate | 指标 | 2026-09-30 | 46   | %    |                          |
    当评估该证据包
    那么准则 TR-KM-4-01 不通过
    而且准则 TR-KM-4-01 的评定说明“E1 does not count: it is a document, not a system”

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
