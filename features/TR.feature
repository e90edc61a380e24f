Feature: 服务转化 Service transition (TR)
  Every criterion of clause 7 in the reference catalogue, shown passing on
  evidence an assessor would accept and failing for a stated reason, and
  how the transition sub-domains roll up.

  Background:
    Given an assessment dated 2026-11-01

  # ----------------------------------------------- LP launch planning, pilot and acceptance

  Scenario: TR-LP-1-01 passes with a launch plan that has owners and a go-live date
    Given the evidence:
      | id | topic           | kind     | issued     | attributes                                                        |
      | E1 | transition_plan | document | 2025-09-10 | service=出口退税辅导; tasks=8; owner_assigned=true; go_live_date=2025-11-03 |
    When the bundle is assessed
    Then criterion TR-LP-1-01 passes
    And criterion TR-LP-1-01 cites E1

  Scenario: TR-LP-1-01 fails when the plan sets no go-live date
    Given the evidence:
      | id | topic           | kind     | issued     | attributes                                  |
      | E1 | transition_plan | document | 2025-09-10 | service=出口退税辅导; tasks=8; owner_assigned=true |
    When the bundle is assessed
    Then criterion TR-LP-1-01 fails
    And the finding for TR-LP-1-01 says "E1 does not count: it records no go_live_date; needs go_live_date recorded"

  Scenario: TR-LP-1-01 fails when the plan dates from three years ago
    Given the evidence:
      | id | topic           | kind     | issued     | attributes                                         |
      | E1 | transition_plan | document | 2023-08-15 | tasks=5; owner_assigned=true; go_live_date=2023-10-01 |
    When the bundle is assessed
    Then criterion TR-LP-1-01 fails
    And the finding for TR-LP-1-01 says "dates from 2023-08-15"

  Scenario: TR-LP-2-01 passes with an approved procedure that has acceptance and handover
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                                                     |
      | E1 | transition_procedure | document | 2024-12-02 | yes      | stages=[planning,readiness,pilot,acceptance,handover,early_life_support] |
    When the bundle is assessed
    Then criterion TR-LP-2-01 passes
    And criterion TR-LP-2-01 cites E1

  Scenario: TR-LP-2-01 fails when the procedure never hands the service over to operations
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                              |
      | E1 | transition_procedure | document | 2024-12-02 | yes      | stages=[planning,readiness,acceptance] |
    When the bundle is assessed
    Then criterion TR-LP-2-01 fails
    And the finding for TR-LP-2-01 says "needs stages including 'handover'"

  Scenario: TR-LP-2-02 passes with a conditional acceptance before go-live
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                   |
      | E1 | transition_acceptance | record | 2026-03-20 | result=conditional; checklist_items=8; open_items=2 |
    When the bundle is assessed
    Then criterion TR-LP-2-02 passes
    And criterion TR-LP-2-02 cites E1

  Scenario: TR-LP-2-02 fails when the only acceptance was rejected
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                        |
      | E1 | transition_acceptance | record | 2026-03-20 | result=rejected; checklist_items=8 |
    When the bundle is assessed
    Then criterion TR-LP-2-02 fails
    And the finding for TR-LP-2-02 says "has result = 'rejected'; needs result one of 'passed', 'conditional'"

  Scenario: TR-LP-3-01 passes with a pilot of seven enterprises and a recorded decision
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                                                           |
      | E1 | transition_pilot_report | document | 2026-05-18 | service=数字化转型诊断; pilot_enterprises=7; feedback_collected=true; decision=revise |
    When the bundle is assessed
    Then criterion TR-LP-3-01 passes

  Scenario: TR-LP-3-01 fails when only three enterprises took part
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                                               |
      | E1 | transition_pilot_report | document | 2026-05-18 | pilot_enterprises=3; feedback_collected=true; decision=launch |
    When the bundle is assessed
    Then criterion TR-LP-3-01 fails
    And the finding for TR-LP-3-01 says "has pilot_enterprises = 3; needs pilot_enterprises ≥ 5"

  Scenario: TR-LP-3-01 is not applicable when piloting is excluded with a justification
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                       |
      | E1 | transition_procedure | document | 2024-12-02 | yes      | stages=[planning,acceptance,handover] |
    And criterion TR-LP-3-01 is excluded because "all services launched in the period were statutory programmes with a go-live date set by the county government"
    When the bundle is assessed
    Then criterion TR-LP-3-01 is not applicable

  Scenario: TR-LP-3-01 fails again once its exclusion has expired
    Given criterion TR-LP-3-01 is excluded because "no new service was launched while the centre was being reorganised in 2025" until 2026-06-30
    When the bundle is assessed
    Then criterion TR-LP-3-01 fails

  Scenario: TR-LP-3-02 passes with three standard-checklist acceptances and no waiver
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                       |
      | E1 | transition_acceptance | record | 2025-04-11 | result=passed; checklist_items=14; open_items=0 |
      | E2 | transition_acceptance | record | 2025-11-27 | result=passed; checklist_items=14; open_items=0 |
      | E3 | transition_acceptance | record | 2026-06-03 | result=conditional; checklist_items=14; open_items=1 |
    When the bundle is assessed
    Then criterion TR-LP-3-02 passes
    And criterion TR-LP-3-02 cites E3

  Scenario: TR-LP-3-02 fails when one launch waived its acceptance
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                       |
      | E1 | transition_acceptance | record | 2025-04-11 | result=passed; checklist_items=14; open_items=0 |
      | E2 | transition_acceptance | record | 2025-11-27 | result=passed; checklist_items=14; open_items=0 |
      | E3 | transition_acceptance | record | 2026-06-03 | result=passed; checklist_items=14; open_items=0 |
      | E4 | transition_acceptance | record | 2026-09-15 | result=waived; checklist_items=14; open_items=9 |
    When the bundle is assessed
    Then criterion TR-LP-3-02 fails
    And the finding for TR-LP-3-02 says "must not exist, but E4 does"

  Scenario: TR-LP-3-02 fails when the checklist is improvised and too short
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                     |
      | E1 | transition_acceptance | record | 2025-04-11 | result=passed; checklist_items=14 |
      | E2 | transition_acceptance | record | 2025-11-27 | result=passed; checklist_items=14 |
      | E3 | transition_acceptance | record | 2026-06-03 | result=passed; checklist_items=4  |
    When the bundle is assessed
    Then criterion TR-LP-3-02 fails
    And the finding for TR-LP-3-02 says "found 2 (E1, E2)"
    And the finding for TR-LP-3-02 says "E3 does not count: it has checklist_items = 4; needs checklist_items ≥ 10"

  Scenario: TR-LP-4-01 passes when 75 % of four launches met their targets
    Given the evidence:
      | id | topic                    | kind   | issued     | value | unit | attributes |
      | E1 | launch_target_attainment | metric | 2026-07-01 | 75    | %    | launches=4 |
    When the bundle is assessed
    Then criterion TR-LP-4-01 passes

  Scenario: TR-LP-4-01 fails when the rate rests on two launches only
    Given the evidence:
      | id | topic                    | kind   | issued     | value | unit | attributes |
      | E1 | launch_target_attainment | metric | 2026-07-01 | 100   | %    | launches=2 |
    When the bundle is assessed
    Then criterion TR-LP-4-01 fails
    And the finding for TR-LP-4-01 says "has launches = 2; needs launches ≥ 3"

  Scenario: TR-LP-4-01 fails when most launches missed their targets
    Given the evidence:
      | id | topic                    | kind   | issued     | value | unit | attributes |
      | E1 | launch_target_attainment | metric | 2026-07-01 | 50    | %    | launches=6 |
    When the bundle is assessed
    Then criterion TR-LP-4-01 fails
    And the finding for TR-LP-4-01 says "has value 50 %; needs ≥ 70"

  Scenario: TR-LP-4-02 passes with two data-sized launches on the platform
    Given the evidence:
      | id | topic           | kind     | issued     | approved | attributes                                                                |
      | E1 | transition_plan | document | 2025-08-01 | yes      | tasks=12; owner_assigned=true; capacity_basis=demand_forecast; platform_listed=true |
      | E2 | transition_plan | document | 2026-02-14 | yes      | tasks=9; owner_assigned=true; capacity_basis=historical_data; platform_listed=true  |
    When the bundle is assessed
    Then criterion TR-LP-4-02 passes
    And criterion TR-LP-4-02 cites E2

  Scenario: TR-LP-4-02 fails when one launch was staffed by guesswork
    Given the evidence:
      | id | topic           | kind     | issued     | approved | attributes                                          |
      | E1 | transition_plan | document | 2025-08-01 | yes      | capacity_basis=demand_forecast; platform_listed=true |
      | E2 | transition_plan | document | 2026-02-14 | yes      | capacity_basis=judgement; platform_listed=true       |
    When the bundle is assessed
    Then criterion TR-LP-4-02 fails
    And the finding for TR-LP-4-02 says "E2 does not count: it has capacity_basis = 'judgement'"

  Scenario: TR-LP-5-01 passes when four peer providers adopted the model
    Given the evidence:
      | id | topic                     | kind     | issued     | attributes                          |
      | E1 | service_model_replication | document | 2025-10-09 | adopter_type=peer_provider; adopters=4 |
    When the bundle is assessed
    Then criterion TR-LP-5-01 passes

  Scenario: TR-LP-5-01 fails when the model spread only to the provider's own branches
    Given the evidence:
      | id | topic                     | kind     | issued     | attributes                       |
      | E1 | service_model_replication | document | 2025-10-09 | adopter_type=own_branch; adopters=6 |
    When the bundle is assessed
    Then criterion TR-LP-5-01 fails
    And the finding for TR-LP-5-01 says "needs adopter_type one of 'peer_provider', 'government_programme'"

  # ------------------------------------------------------------- CM change management

  Scenario Outline: TR-CM-1-01 passes on either a change log or change notices (<source>)
    Given the evidence:
      | id | topic   | kind   | issued     | attributes   |
      | E1 | <topic> | <kind> | 2026-04-02 | <attributes> |
    When the bundle is assessed
    Then criterion TR-CM-1-01 passes
    And criterion TR-CM-1-01 cites E1

    Examples:
      | source      | topic                 | kind   | attributes                                         |
      | change log  | service_change_record | system | change_type=schedule; approver=主任; authorised=true |
      | notice      | service_change_notice | record | notice_days=3; channel=platform                    |

  Scenario: TR-CM-1-01 fails when the change log does not say who approved
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                       |
      | E1 | service_change_record | record | 2026-04-02 | change_type=fee; authorised=true |
    When the bundle is assessed
    Then criterion TR-CM-1-01 fails
    And the finding for TR-CM-1-01 says "E1 does not count: it records no approver"

  Scenario: TR-CM-2-01 passes with an approved procedure covering approval and client notice
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                                                 |
      | E1 | service_change_procedure | document | 2025-03-05 | yes      | covers=[classification,approval,client_notice,rollback,records]; change_classes=3 |
    When the bundle is assessed
    Then criterion TR-CM-2-01 passes
    And criterion TR-CM-2-01 cites E1

  Scenario: TR-CM-2-01 fails when the procedure says nothing about telling clients
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                      |
      | E1 | service_change_procedure | document | 2025-03-05 | yes      | covers=[classification,approval]; change_classes=3 |
    When the bundle is assessed
    Then criterion TR-CM-2-01 fails
    And the finding for TR-CM-2-01 says "needs covers including 'client_notice'"

  Scenario: TR-CM-2-01 fails when the procedure knows only one kind of change
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                    |
      | E1 | service_change_procedure | document | 2025-03-05 | yes      | covers=[approval,client_notice]; change_classes=1 |
    When the bundle is assessed
    Then criterion TR-CM-2-01 fails
    And the finding for TR-CM-2-01 says "has change_classes = 1; needs change_classes ≥ 2"

  Scenario: TR-CM-2-02 passes with two notices sent well ahead
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                    |
      | E1 | service_change_notice | record | 2026-02-10 | notice_days=14; channel=platform |
      | E2 | service_change_notice | record | 2026-08-20 | notice_days=10; channel=sms      |
    When the bundle is assessed
    Then criterion TR-CM-2-02 passes

  Scenario: TR-CM-2-02 fails when a notice came the day before the change
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                    |
      | E1 | service_change_notice | record | 2026-02-10 | notice_days=14; channel=platform |
      | E2 | service_change_notice | record | 2026-08-20 | notice_days=1; channel=sms       |
    When the bundle is assessed
    Then criterion TR-CM-2-02 fails
    And the finding for TR-CM-2-02 says "E2 does not count: it has notice_days = 1; needs notice_days ≥ 7"

  Scenario: TR-CM-3-01 passes with three assessed, reversible, authorised changes
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                                     |
      | E1 | service_change_record | record | 2026-01-12 | impact_assessed=true; rollback_plan=恢复原受理时间; authorised=true |
      | E2 | service_change_record | record | 2026-05-06 | impact_assessed=true; rollback_plan=恢复原收费标准; authorised=true |
      | E3 | service_change_record | system | 2026-09-22 | impact_assessed=true; rollback_plan=切回原线上渠道; authorised=true |
    When the bundle is assessed
    Then criterion TR-CM-3-01 passes
    And criterion TR-CM-3-01 cites E3

  Scenario: TR-CM-3-01 fails when a change was made without authorisation
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                                      |
      | E1 | service_change_record | record | 2026-01-12 | impact_assessed=true; rollback_plan=恢复原受理时间; authorised=true |
      | E2 | service_change_record | record | 2026-05-06 | impact_assessed=true; rollback_plan=恢复原收费标准; authorised=true |
      | E3 | service_change_record | record | 2026-09-22 | impact_assessed=true; rollback_plan=切回原线上渠道; authorised=true |
      | E4 | service_change_record | record | 2026-10-02 | change_type=staff; authorised=false                            |
    When the bundle is assessed
    Then criterion TR-CM-3-01 fails
    And the finding for TR-CM-3-01 says "must not exist, but E4 does"

  Scenario Outline: TR-CM-3-01 fails when a rollback plan is given as "<plan>"
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                 |
      | E1 | service_change_record | record | 2026-01-12 | impact_assessed=true; rollback_plan=恢复原受理时间; authorised=true |
      | E2 | service_change_record | record | 2026-05-06 | impact_assessed=true; rollback_plan=恢复原收费标准; authorised=true |
      | E3 | service_change_record | record | 2026-09-22 | impact_assessed=true; rollback_plan=<plan>; authorised=true |
    When the bundle is assessed
    Then criterion TR-CM-3-01 fails
    And the finding for TR-CM-3-01 says "must not exist, but E3 does"

    Examples:
      | plan             |
      | 无               |
      | 不适用           |
      | none             |
      | N/A              |
      | -                |
      | 无回退方案       |
      | 系统变更无需回退 |
      | No rollback      |

  Scenario: TR-CM-3-01 fails when changes were approved without an impact assessment
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                  |
      | E1 | service_change_record | record | 2026-01-12 | impact_assessed=true; rollback_plan=恢复原受理时间; authorised=true |
      | E2 | service_change_record | record | 2026-05-06 | impact_assessed=false; rollback_plan=恢复原收费标准; authorised=true |
      | E3 | service_change_record | record | 2026-09-22 | impact_assessed=true; rollback_plan=切回原线上渠道; authorised=true |
    When the bundle is assessed
    Then criterion TR-CM-3-01 fails
    And the finding for TR-CM-3-01 says "E2 does not count: it has impact_assessed = false; needs impact_assessed = true"

  Scenario: TR-CM-4-01 passes with 97.5 % successful changes and 6 % emergencies
    Given the evidence:
      | id | topic                  | kind   | issued     | value | unit |
      | E1 | change_success_rate    | metric | 2026-07-05 | 97.5  | %    |
      | E2 | emergency_change_share | metric | 2026-07-05 | 6     | %    |
    When the bundle is assessed
    Then criterion TR-CM-4-01 passes
    And criterion TR-CM-4-01 cites E2

  Scenario: TR-CM-4-01 fails when too many changes are emergencies
    Given the evidence:
      | id | topic                  | kind   | issued     | value | unit |
      | E1 | change_success_rate    | metric | 2026-07-05 | 97.5  | %    |
      | E2 | emergency_change_share | metric | 2026-07-05 | 18    | %    |
    When the bundle is assessed
    Then criterion TR-CM-4-01 fails
    And the finding for TR-CM-4-01 says "has value 18 %; needs ≤ 10"

  Scenario: TR-CM-4-01 fails when only the success rate is measured
    Given the evidence:
      | id | topic               | kind   | issued     | value | unit |
      | E1 | change_success_rate | metric | 2026-07-05 | 99    | %    |
    When the bundle is assessed
    Then criterion TR-CM-4-01 fails
    And the finding for TR-CM-4-01 says "of topic 'emergency_change_share'"

  Scenario: TR-CM-5-01 passes with two service-model changes whose benefits were reviewed
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                      |
      | E1 | service_change_record | record | 2025-06-30 | change_type=service_model; benefits_reviewed=true; authorised=true |
      | E2 | service_change_record | record | 2026-03-31 | change_type=service_model; benefits_reviewed=true; authorised=true |
    When the bundle is assessed
    Then criterion TR-CM-5-01 passes

  Scenario: TR-CM-5-01 fails when a model change was never reviewed for benefits
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                       |
      | E1 | service_change_record | record | 2025-06-30 | change_type=service_model; benefits_reviewed=true; authorised=true |
      | E2 | service_change_record | record | 2026-03-31 | change_type=service_model; benefits_reviewed=false; authorised=true |
    When the bundle is assessed
    Then criterion TR-CM-5-01 fails
    And the finding for TR-CM-5-01 says "needs benefits_reviewed = true"

  # ---------------------------------------------------------- KM knowledge management

  Scenario: TR-KM-1-01 passes with a shared knowledge system open to all staff
    Given the evidence:
      | id | topic                | kind   | issued     | attributes                    |
      | E1 | knowledge_repository | system | 2026-10-15 | items=146; staff_access=true |
    When the bundle is assessed
    Then criterion TR-KM-1-01 passes
    And criterion TR-KM-1-01 cites E1

  Scenario: TR-KM-1-01 fails when only a dozen items are kept
    Given the evidence:
      | id | topic                | kind        | issued     | attributes                   |
      | E1 | knowledge_repository | observation | 2026-10-15 | items=12; staff_access=true |
    When the bundle is assessed
    Then criterion TR-KM-1-01 fails
    And the finding for TR-KM-1-01 says "has items = 12; needs items ≥ 20"

  Scenario: TR-KM-2-01 passes with a rule that reviews knowledge yearly
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                                                 |
      | E1 | knowledge_management_rule | document | 2025-05-20 | yes      | covers=[capture,review,update,access]; review_cycle_months=12 |
    When the bundle is assessed
    Then criterion TR-KM-2-01 passes

  Scenario: TR-KM-2-01 fails when items are reviewed only every two years
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                                           |
      | E1 | knowledge_management_rule | document | 2025-05-20 | yes      | covers=[capture,review,update]; review_cycle_months=24 |
    When the bundle is assessed
    Then criterion TR-KM-2-01 fails
    And the finding for TR-KM-2-01 says "has review_cycle_months = 24; needs review_cycle_months ≤ 12"

  Scenario: TR-KM-2-02 passes when nine delivery staff were trained with materials
    Given the evidence:
      | id | topic                       | kind   | issued     | attributes                                       |
      | E1 | knowledge_transfer_training | record | 2026-03-08 | service=专精特新申报辅导; attendees=9; materials_provided=true |
    When the bundle is assessed
    Then criterion TR-KM-2-02 passes

  Scenario: TR-KM-2-02 fails when the staff got a briefing but no materials
    Given the evidence:
      | id | topic                       | kind   | issued     | attributes                           |
      | E1 | knowledge_transfer_training | record | 2026-03-08 | attendees=9; materials_provided=false |
    When the bundle is assessed
    Then criterion TR-KM-2-02 fails
    And the finding for TR-KM-2-02 says "needs materials_provided = true"

  Scenario: TR-KM-3-01 passes with an owned, categorised repository updated last month
    Given the evidence:
      | id | topic                | kind   | issued     | attributes                          |
      | E1 | knowledge_repository | system | 2026-10-15 | categories=8; owners_assigned=true |
      | E2 | knowledge_update_log | system | 2026-10-20 | items_updated=5                    |
    When the bundle is assessed
    Then criterion TR-KM-3-01 passes
    And criterion TR-KM-3-01 cites E2

  Scenario: TR-KM-3-01 fails when nothing was updated for four months
    Given the evidence:
      | id | topic                | kind   | issued     | attributes                          |
      | E1 | knowledge_repository | system | 2026-10-15 | categories=8; owners_assigned=true |
      | E2 | knowledge_update_log | system | 2026-06-30 | items_updated=5                    |
    When the bundle is assessed
    Then criterion TR-KM-3-01 fails
    And the finding for TR-KM-3-01 says "E2 does not count: it dates from 2026-06-30"

  Scenario: TR-KM-3-02 passes with ten case write-ups that state their lessons
    Given the evidence:
      | id  | topic                  | kind   | issued     | attributes                    |
      | E1  | service_case_knowledge | record | 2025-12-02 | lessons_learned=先核对企业资质再报名 |
      | E2  | service_case_knowledge | record | 2025-12-19 | lessons_learned=材料清单提前一周发给企业 |
      | E3  | service_case_knowledge | record | 2026-01-15 | lessons_learned=融资对接前先做财务体检 |
      | E4  | service_case_knowledge | record | 2026-02-26 | lessons_learned=专利布局需律师提前介入 |
      | E5  | service_case_knowledge | record | 2026-03-30 | lessons_learned=出口企业先查原产地规则 |
      | E6  | service_case_knowledge | record | 2026-04-22 | lessons_learned=用工诊断需现场访谈一线员工 |
      | E7  | service_case_knowledge | record | 2026-05-27 | lessons_learned=补贴申报注意截止日前系统拥堵 |
      | E8  | service_case_knowledge | system | 2026-07-08 | lessons_learned=数字化改造分阶段验收 |
      | E9  | service_case_knowledge | system | 2026-08-19 | lessons_learned=质量体系认证前做内审演练 |
      | E10 | service_case_knowledge | system | 2026-09-24 | lessons_learned=品牌服务需企业主亲自参与 |
    When the bundle is assessed
    Then criterion TR-KM-3-02 passes
    And criterion TR-KM-3-02 cites E10

  Scenario: TR-KM-3-02 fails when a write-up has no lessons
    Given the evidence:
      | id  | topic                  | kind   | issued     | attributes                    |
      | E1  | service_case_knowledge | record | 2025-12-02 | lessons_learned=先核对企业资质再报名 |
      | E2  | service_case_knowledge | record | 2025-12-19 | lessons_learned=材料清单提前一周发给企业 |
      | E3  | service_case_knowledge | record | 2026-01-15 | lessons_learned=融资对接前先做财务体检 |
      | E4  | service_case_knowledge | record | 2026-02-26 | lessons_learned=专利布局需律师提前介入 |
      | E5  | service_case_knowledge | record | 2026-03-30 | lessons_learned=出口企业先查原产地规则 |
      | E6  | service_case_knowledge | record | 2026-04-22 | lessons_learned=用工诊断需现场访谈一线员工 |
      | E7  | service_case_knowledge | record | 2026-05-27 | lessons_learned=补贴申报注意截止日前系统拥堵 |
      | E8  | service_case_knowledge | system | 2026-07-08 | lessons_learned=数字化改造分阶段验收 |
      | E9  | service_case_knowledge | system | 2026-08-19 | lessons_learned=质量体系认证前做内审演练 |
      | E10 | service_case_knowledge | system | 2026-09-24 | enterprise=某食品公司                |
    When the bundle is assessed
    Then criterion TR-KM-3-02 fails
    And the finding for TR-KM-3-02 says "E10 does not count: it records no lessons_learned"

  Scenario: TR-KM-4-01 passes with a platform-integrated repository reused in 46 % of cases
    Given the evidence:
      | id | topic                | kind   | issued     | value | unit | attributes               |
      | E1 | knowledge_repository | system | 2026-10-15 |       |      | platform_integrated=true |
      | E2 | knowledge_reuse_rate | metric | 2026-09-30 | 46    | %    |                          |
    When the bundle is assessed
    Then criterion TR-KM-4-01 passes
    And criterion TR-KM-4-01 cites E1

  Scenario: TR-KM-4-01 fails when the knowledge sits in a printed manual outside the platform
    Given the evidence:
      | id | topic                | kind     | issued     | value | unit | attributes               |
      | E1 | knowledge_repository | document | 2026-10-15 |       |      | platform_integrated=true |
      | E2 | knowledge_reuse_rate | metric   | 2026-09-30 | 46    | %    |                          |
    When the bundle is assessed
    Then criterion TR-KM-4-01 fails
    And the finding for TR-KM-4-01 says "E1 does not count: it is a document, not a system"

  Scenario Outline: TR-KM-5-01 passes on published knowledge or on training peers (<route>)
    Given the evidence:
      | id | topic   | kind   | issued     | attributes    |
      | E1 | <topic> | <kind> | 2025-11-20 | <attributes1> |
      | E2 | <topic> | <kind> | 2026-06-12 | <attributes2> |
    When the bundle is assessed
    Then criterion TR-KM-5-01 passes

    Examples:
      | route         | topic                   | kind     | attributes1                   | attributes2              |
      | publications  | knowledge_publication   | document | type=casebook; audience=sector | type=course; audience=public |
      | peer training | peer_knowledge_training | record   | organisations=3               | organisations=7          |

  Scenario: TR-KM-5-01 fails when the casebook stayed internal
    Given the evidence:
      | id | topic                 | kind     | issued     | attributes                     |
      | E1 | knowledge_publication | document | 2025-11-20 | type=casebook; audience=internal |
      | E2 | knowledge_publication | document | 2026-06-12 | type=course; audience=sector     |
    When the bundle is assessed
    Then criterion TR-KM-5-01 fails
    And the finding for TR-KM-5-01 says "E1 does not count: it has audience = 'internal'; needs audience one of 'sector', 'public'"

  # ---------------------------------------------------------------------- roll-up

  Scenario: TR-LP-4-01 blocks launch planning at level 3 for a provider that meets levels 1-3
    Given evidence meeting every criterion up to level 3 in domain TR
    When the bundle is assessed
    Then domain TR is at level 3
    And sub-domain TR-LP is at level 3
    And sub-domain TR-LP is blocked by TR-LP-4-01

  Scenario: TR-CM-2-02 missing holds change management at level 1
    Given evidence meeting every criterion up to level 3 in domain TR
    But without the evidence for criterion TR-CM-2-02
    When the bundle is assessed
    Then criterion TR-CM-2-02 fails
    And sub-domain TR-CM is at level 1
    And sub-domain TR-KM is at level 3
    And domain TR is at level 1

  Scenario: TR-LP-3-01 excluded with a justification does not block level 3
    Given evidence meeting every criterion up to level 3 in domain TR
    But without the evidence for criterion TR-LP-3-01
    And criterion TR-LP-3-01 is excluded because "no new service was launched in the assessment period; the catalogue was frozen during the merger"
    When the bundle is assessed
    Then criterion TR-LP-3-01 is not applicable
    And sub-domain TR-LP is at level 3

  Scenario: TR-CM-3-01 may not be excluded
    Given criterion TR-CM-3-01 is excluded because "we do not think change control applies to a small centre like ours"
    When the bundle is assessed
    Then the assessment is refused with "may not be excluded"
