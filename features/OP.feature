Feature: 服务运营 Service operation (OP)
  Every criterion of clause 8 in the reference catalogue, shown passing on
  evidence an assessor would accept and failing for a stated reason.

  Background:
    Given an assessment dated 2026-11-01

  # ------------------------------------------------ IC intake channels and response

  Scenario: OP-IC-1-01 passes with a published hotline and a register kept up to date
    Given the evidence:
      | id | topic                 | kind     | issued     | attributes                                                |
      | E1 | intake_channel_notice | document | 2026-03-01 | published=true; phone=0571-88886666; channels=[phone]     |
      | E2 | service_request_log   | system   | 2026-10-28 | entries=214                                               |
    When the bundle is assessed
    Then criterion OP-IC-1-01 passes
    And criterion OP-IC-1-01 cites E1
    And criterion OP-IC-1-01 cites E2

  Scenario: OP-IC-1-01 passes with a walk-in desk and no phone number
    Given the evidence:
      | id | topic                 | kind        | issued     | attributes                                               |
      | E1 | intake_channel_notice | observation | 2026-10-30 | published=true; walk_in_address=创业大厦一楼服务窗口       |
      | E2 | service_request_log   | record      | 2026-10-15 | entries=36                                               |
    When the bundle is assessed
    Then criterion OP-IC-1-01 passes

  Scenario: OP-IC-1-01 fails when the notice gives no usable number or address
    Given the evidence:
      | id | topic                 | kind     | issued     | attributes                     |
      | E1 | intake_channel_notice | document | 2026-03-01 | published=true; phone=欢迎来电 |
      | E2 | service_request_log   | system   | 2026-10-28 | entries=214                    |
    When the bundle is assessed
    Then criterion OP-IC-1-01 fails
    And the finding for OP-IC-1-01 says "E1 does not count: it has phone = '欢迎来电'; needs phone matching"

  Scenario: OP-IC-1-01 fails when the request register has not been updated for months
    Given the evidence:
      | id | topic                 | kind     | issued     | attributes                          |
      | E1 | intake_channel_notice | document | 2026-03-01 | published=true; phone=400-820-1234  |
      | E2 | service_request_log   | record   | 2026-05-10 | entries=58                          |
    When the bundle is assessed
    Then criterion OP-IC-1-01 fails
    And the finding for OP-IC-1-01 says "E2 does not count: it dates from 2026-05-10 (175 days old, more than 90)"

  Scenario: OP-IC-2-01 passes with 24-hour response rules and a mini-program channel
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes                                                   |
      | E1 | intake_response_rules | document | 2025-06-01 | yes      | first_response_limit_h=24; first_contact_responsibility=true |
      | E2 | intake_channel_notice | system   | 2026-09-01 |          | published=true; channels=[phone,walk_in,mini_program]        |
    When the bundle is assessed
    Then criterion OP-IC-2-01 passes
    And criterion OP-IC-2-01 cites E2

  Scenario: OP-IC-2-01 fails when the rules allow three days for a first response
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes                                                   |
      | E1 | intake_response_rules | document | 2025-06-01 | yes      | first_response_limit_h=72; first_contact_responsibility=true |
      | E2 | intake_channel_notice | system   | 2026-09-01 |          | published=true; channels=[phone,online_portal]               |
    When the bundle is assessed
    Then criterion OP-IC-2-01 fails
    And the finding for OP-IC-2-01 says "has first_response_limit_h = 72; needs first_response_limit_h ≤ 24"

  Scenario: OP-IC-2-01 fails when enterprises can only phone or walk in
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes                                                   |
      | E1 | intake_response_rules | document | 2025-06-01 | yes      | first_response_limit_h=8; first_contact_responsibility=true  |
      | E2 | intake_channel_notice | document | 2026-09-01 |          | published=true; channels=[phone,walk_in]                     |
    When the bundle is assessed
    Then criterion OP-IC-2-01 fails
    And the finding for OP-IC-2-01 says "needs channels including 'online_portal'"

  Scenario: OP-IC-3-01 passes when 93.5 % of requests were answered in time
    Given the evidence:
      | id | topic                       | kind   | issued     | value | unit |
      | E1 | first_response_on_time_rate | metric | 2026-10-05 | 93.5  | %    |
    When the bundle is assessed
    Then criterion OP-IC-3-01 passes
    And criterion OP-IC-3-01 cites E1

  Scenario: OP-IC-3-01 fails when the commitment is kept for only 82 % of requests
    Given the evidence:
      | id | topic                       | kind   | issued     | value | unit |
      | E1 | first_response_on_time_rate | metric | 2026-10-05 | 82    | %    |
    When the bundle is assessed
    Then criterion OP-IC-3-01 fails
    And the finding for OP-IC-3-01 says "E1 does not count: it has value 82 %; needs ≥ 90"

  Scenario: OP-IC-3-02 passes with three outreach campaigns that collected needs
    Given the evidence:
      | id | topic                       | kind   | issued     | attributes                                |
      | E1 | proactive_outreach_campaign | record | 2026-03-18 | enterprises_reached=86; needs_recorded=23 |
      | E2 | proactive_outreach_campaign | record | 2026-06-09 | enterprises_reached=120; needs_recorded=41 |
      | E3 | proactive_outreach_campaign | record | 2026-09-22 | enterprises_reached=64; needs_recorded=15 |
    When the bundle is assessed
    Then criterion OP-IC-3-02 passes

  Scenario: OP-IC-3-02 fails when one campaign reached too few enterprises
    Given the evidence:
      | id | topic                       | kind   | issued     | attributes                                 |
      | E1 | proactive_outreach_campaign | record | 2026-03-18 | enterprises_reached=86; needs_recorded=23  |
      | E2 | proactive_outreach_campaign | record | 2026-06-09 | enterprises_reached=120; needs_recorded=41 |
      | E3 | proactive_outreach_campaign | record | 2026-09-22 | enterprises_reached=30; needs_recorded=9   |
    When the bundle is assessed
    Then criterion OP-IC-3-02 fails
    And the finding for OP-IC-3-02 says "found 2 (E1, E2)"
    And the finding for OP-IC-3-02 says "E3 does not count: it has enterprises_reached = 30; needs enterprises_reached ≥ 50"

  Scenario: OP-IC-4-01 passes with a unified ticket queue and a 2.5-hour median response
    Given the evidence:
      | id | topic                      | kind   | issued     | value | unit | attributes                                |
      | E1 | unified_intake_system      | system | 2026-10-20 |       |      | channels_integrated=5; ticket_tracking=true |
      | E2 | first_response_median_time | metric | 2026-10-05 | 2.5   | h    |                                           |
    When the bundle is assessed
    Then criterion OP-IC-4-01 passes

  Scenario: OP-IC-4-01 fails when the median first response takes 9.5 hours
    Given the evidence:
      | id | topic                      | kind   | issued     | value | unit | attributes                                |
      | E1 | unified_intake_system      | system | 2026-10-20 |       |      | channels_integrated=5; ticket_tracking=true |
      | E2 | first_response_median_time | metric | 2026-10-05 | 9.5   | h    |                                           |
    When the bundle is assessed
    Then criterion OP-IC-4-01 fails
    And the finding for OP-IC-4-01 says "E2 does not count: it has value 9.5 h; needs ≤ 4"

  Scenario: OP-IC-4-01 fails when only two channels reach the queue
    Given the evidence:
      | id | topic                      | kind   | issued     | value | unit | attributes                                  |
      | E1 | unified_intake_system      | system | 2026-10-20 |       |      | channels_integrated=2; ticket_tracking=true |
      | E2 | first_response_median_time | metric | 2026-10-05 | 2.5   | h    |                                             |
    When the bundle is assessed
    Then criterion OP-IC-4-01 fails
    And the finding for OP-IC-4-01 says "has channels_integrated = 2; needs channels_integrated ≥ 3"

  Scenario: OP-IC-5-01 passes with a launched round-the-clock assistant resolving 38 % of requests
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit | attributes                       |
      | E1 | smart_intake_service         | system | 2026-10-20 |       |      | stage=launched; always_on=true   |
      | E2 | self_service_resolution_rate | metric | 2026-10-05 | 38    | %    |                                  |
    When the bundle is assessed
    Then criterion OP-IC-5-01 passes

  Scenario: OP-IC-5-01 fails while the assistant is still a pilot
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit | attributes                    |
      | E1 | smart_intake_service         | system | 2026-10-20 |       |      | stage=pilot; always_on=true   |
      | E2 | self_service_resolution_rate | metric | 2026-10-05 | 38    | %    |                               |
    When the bundle is assessed
    Then criterion OP-IC-5-01 fails
    And the finding for OP-IC-5-01 says "E1 does not count: it has stage = 'pilot'; needs stage = 'launched'"

  # --------------------------------------------- DP delivery and process control

  Scenario: OP-DP-1-01 passes with an activity plan naming dates and staff
    Given the evidence:
      | id | topic                 | kind     | issued     | attributes                                           |
      | E1 | service_activity_plan | document | 2026-03-02 | schedule=2026年3月至6月每月第二周; staff_assigned=true |
    When the bundle is assessed
    Then criterion OP-DP-1-01 passes
    And criterion OP-DP-1-01 cites E1

  Scenario: OP-DP-1-01 fails when the plan has no schedule
    Given the evidence:
      | id | topic                 | kind     | issued     | attributes          |
      | E1 | service_activity_plan | document | 2026-03-02 | staff_assigned=true |
    When the bundle is assessed
    Then criterion OP-DP-1-01 fails
    And the finding for OP-DP-1-01 says "E1 does not count: it records no schedule; needs schedule recorded"

  Scenario: OP-DP-1-02 passes with five delivery records naming the enterprise
    Given the evidence:
      | id | topic                   | kind   | issued     | attributes             |
      | E1 | service_delivery_record | record | 2026-01-12 | enterprise=华达精密机械 |
      | E2 | service_delivery_record | record | 2026-03-08 | enterprise=青禾食品     |
      | E3 | service_delivery_record | record | 2026-05-21 | enterprise=云帆软件     |
      | E4 | service_delivery_record | record | 2026-07-30 | enterprise=恒通物流     |
      | E5 | service_delivery_record | record | 2026-09-14 | enterprise=明远纺织     |
    When the bundle is assessed
    Then criterion OP-DP-1-02 passes
    And criterion OP-DP-1-02 cites E5

  Scenario: OP-DP-1-02 passes with a recent export from the service system
    Given the evidence:
      | id | topic                   | kind   | issued     | attributes  |
      | E1 | service_delivery_record | system | 2026-10-31 | entries=128 |
    When the bundle is assessed
    Then criterion OP-DP-1-02 passes

  Scenario: OP-DP-1-02 fails when one record does not name the enterprise
    Given the evidence:
      | id | topic                   | kind   | issued     | attributes             |
      | E1 | service_delivery_record | record | 2026-01-12 | enterprise=华达精密机械 |
      | E2 | service_delivery_record | record | 2026-03-08 | enterprise=青禾食品     |
      | E3 | service_delivery_record | record | 2026-05-21 | enterprise=云帆软件     |
      | E4 | service_delivery_record | record | 2026-07-30 | enterprise=恒通物流     |
      | E5 | service_delivery_record | record | 2026-09-14 |                        |
    When the bundle is assessed
    Then criterion OP-DP-1-02 fails
    And the finding for OP-DP-1-02 says "found 4 (E1, E2, E3, E4)"
    And the finding for OP-DP-1-02 says "E5 does not count: it records no enterprise"

  Scenario: OP-DP-2-01 passes with an approved five-stage process ending in acceptance and follow-up
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                                                |
      | E1 | service_delivery_process | document | 2025-11-20 | yes      | stage_count=5; stages=[intake,planning,delivery,acceptance,follow_up] |
    When the bundle is assessed
    Then criterion OP-DP-2-01 passes

  Scenario: OP-DP-2-01 fails when the process has no acceptance by the client
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                                   |
      | E1 | service_delivery_process | document | 2025-11-20 | yes      | stage_count=4; stages=[intake,planning,delivery,follow_up] |
    When the bundle is assessed
    Then criterion OP-DP-2-01 fails
    And the finding for OP-DP-2-01 says "needs stages including 'acceptance'"

  Scenario: OP-DP-3-01 passes with three work instructions and a 94 % conformity check
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                        |
      | E1 | delivery_work_instruction | document | 2025-12-01 | yes      | service=政策申报辅导              |
      | E2 | delivery_work_instruction | document | 2025-12-01 | yes      | service=融资对接                  |
      | E3 | delivery_work_instruction | document | 2026-02-15 | yes      | service=管理咨询诊断              |
      | E4 | delivery_conformity_check | record   | 2026-08-30 |          | sample_size=30; conformity_pct=94 |
    When the bundle is assessed
    Then criterion OP-DP-3-01 passes

  Scenario: OP-DP-3-01 fails when the conformity check finds only 82 % conforming
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                        |
      | E1 | delivery_work_instruction | document | 2025-12-01 | yes      | service=政策申报辅导              |
      | E2 | delivery_work_instruction | document | 2025-12-01 | yes      | service=融资对接                  |
      | E3 | delivery_work_instruction | document | 2026-02-15 | yes      | service=管理咨询诊断              |
      | E4 | delivery_conformity_check | record   | 2026-08-30 |          | sample_size=30; conformity_pct=82 |
    When the bundle is assessed
    Then criterion OP-DP-3-01 fails
    And the finding for OP-DP-3-01 says "E4 does not count: it has conformity_pct = 82; needs conformity_pct ≥ 90"

  Scenario: OP-DP-3-01 fails when a work instruction was never approved
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                        |
      | E1 | delivery_work_instruction | document | 2025-12-01 | yes      | service=政策申报辅导              |
      | E2 | delivery_work_instruction | document | 2025-12-01 | yes      | service=融资对接                  |
      | E3 | delivery_work_instruction | document | 2026-02-15 |          | service=管理咨询诊断              |
      | E4 | delivery_conformity_check | record   | 2026-08-30 |          | sample_size=30; conformity_pct=94 |
    When the bundle is assessed
    Then criterion OP-DP-3-01 fails
    And the finding for OP-DP-3-01 says "E3 does not count: it is not approved"

  Scenario: OP-DP-3-02 passes with two half-yearly checks of partner delivery
    Given the evidence:
      | id | topic                  | kind   | issued     | attributes                      |
      | E1 | partner_delivery_check | record | 2026-04-15 | partner=正信律师事务所; sampled_cases=8 |
      | E2 | partner_delivery_check | record | 2026-10-12 | partner=正信律师事务所; sampled_cases=6 |
    When the bundle is assessed
    Then criterion OP-DP-3-02 passes

  Scenario: OP-DP-3-02 fails when partner delivery was checked only once
    Given the evidence:
      | id | topic                  | kind   | issued     | attributes                      |
      | E1 | partner_delivery_check | record | 2026-04-15 | partner=正信律师事务所; sampled_cases=8 |
      | E2 | partner_delivery_check | record | 2025-09-30 | partner=正信律师事务所; sampled_cases=6 |
    When the bundle is assessed
    Then criterion OP-DP-3-02 fails
    And the finding for OP-DP-3-02 says "found 1 (E1)"
    And the finding for OP-DP-3-02 says "E2 does not count: it dates from 2025-09-30"

  Scenario: OP-DP-3-02 is not applicable to a provider that delivers nothing through partners
    Given criterion OP-DP-3-02 is excluded because "all services are delivered by the centre's own staff; no partner delivers on its behalf"
    When the bundle is assessed
    Then criterion OP-DP-3-02 is not applicable

  Scenario: OP-DP-4-01 passes when 97.2 % of deliveries were on time
    Given the evidence:
      | id | topic                 | kind   | issued     | value | unit |
      | E1 | on_time_delivery_rate | metric | 2026-10-05 | 97.2  | %    |
    When the bundle is assessed
    Then criterion OP-DP-4-01 passes

  Scenario: OP-DP-4-01 fails when only 91 % of deliveries were on time
    Given the evidence:
      | id | topic                 | kind   | issued     | value | unit |
      | E1 | on_time_delivery_rate | metric | 2026-10-05 | 91    | %    |
    When the bundle is assessed
    Then criterion OP-DP-4-01 fails
    And the finding for OP-DP-4-01 says "has value 91 %; needs ≥ 95"

  Scenario: OP-DP-4-01 refuses an on-time rate given as a count, not a percentage
    Given the evidence:
      | id | topic                 | kind   | issued     | value | unit |
      | E1 | on_time_delivery_rate | metric | 2026-10-05 | 412   | 次   |
    When the bundle is assessed
    Then the assessment is refused with "unit '次' is not the unit of topic 'on_time_delivery_rate' (expected '%')"

  Scenario: OP-DP-5-01 passes with a published group standard the provider drafted
    Given the evidence:
      | id | topic                    | kind     | issued     | attributes                          |
      | E1 | delivery_standard_output | document | 2025-07-01 | form=group_standard; status=published |
    When the bundle is assessed
    Then criterion OP-DP-5-01 passes

  Scenario: OP-DP-5-01 passes when four peer providers adopted the delivery specification
    Given the evidence:
      | id | topic                    | kind   | issued     | attributes                        |
      | E1 | delivery_standard_output | record | 2026-05-20 | form=specification; peer_adopters=4 |
    When the bundle is assessed
    Then criterion OP-DP-5-01 passes

  Scenario: OP-DP-5-01 fails while the standard is still being drafted
    Given the evidence:
      | id | topic                    | kind     | issued     | attributes                          |
      | E1 | delivery_standard_output | document | 2026-07-01 | form=local_standard; status=drafting |
    When the bundle is assessed
    Then criterion OP-DP-5-01 fails
    And the finding for OP-DP-5-01 says "has status = 'drafting'; needs status = 'published'"

  # ------------------------------------------------------ CR client relationship

  Scenario: OP-CR-1-01 passes with a register of enterprises and their contacts
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                             |
      | E1 | served_enterprise_register | system | 2026-10-29 | enterprises=1342; contact_recorded=true |
    When the bundle is assessed
    Then criterion OP-CR-1-01 passes

  Scenario: OP-CR-1-01 fails when the register has no contact details
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                              |
      | E1 | served_enterprise_register | record | 2026-10-29 | enterprises=310; contact_recorded=false |
    When the bundle is assessed
    Then criterion OP-CR-1-01 fails
    And the finding for OP-CR-1-01 says "has contact_recorded = false; needs contact_recorded = true"

  Scenario: OP-CR-2-01 passes with a published charter of five commitments
    Given the evidence:
      | id | topic                  | kind     | issued     | approved | attributes                     |
      | E1 | service_commitment | document | 2026-01-05 | yes      | published=true; commitments=5 |
    When the bundle is assessed
    Then criterion OP-CR-2-01 passes

  Scenario: OP-CR-2-01 fails when the charter is kept internal
    Given the evidence:
      | id | topic                  | kind     | issued     | approved | attributes                      |
      | E1 | service_commitment | document | 2026-01-05 | yes      | published=false; commitments=5 |
    When the bundle is assessed
    Then criterion OP-CR-2-01 fails
    And the finding for OP-CR-2-01 says "has published = false; needs published = true"

  Scenario: OP-CR-2-02 passes with ten follow-ups that record the enterprise's answer
    Given the evidence:
      | id  | topic                  | kind   | issued     | attributes              |
      | E1  | post_service_follow_up | record | 2026-02-03 | feedback_recorded=true |
      | E2  | post_service_follow_up | record | 2026-03-11 | feedback_recorded=true |
      | E3  | post_service_follow_up | record | 2026-04-07 | feedback_recorded=true |
      | E4  | post_service_follow_up | record | 2026-05-19 | feedback_recorded=true |
      | E5  | post_service_follow_up | record | 2026-06-02 | feedback_recorded=true |
      | E6  | post_service_follow_up | record | 2026-06-28 | feedback_recorded=true |
      | E7  | post_service_follow_up | record | 2026-07-16 | feedback_recorded=true |
      | E8  | post_service_follow_up | record | 2026-08-25 | feedback_recorded=true |
      | E9  | post_service_follow_up | record | 2026-09-09 | feedback_recorded=true |
      | E10 | post_service_follow_up | record | 2026-10-13 | feedback_recorded=true |
    When the bundle is assessed
    Then criterion OP-CR-2-02 passes
    And criterion OP-CR-2-02 cites E10

  Scenario: OP-CR-2-02 fails when two follow-ups only say the enterprise was called
    Given the evidence:
      | id  | topic                  | kind   | issued     | attributes               |
      | E1  | post_service_follow_up | record | 2026-02-03 | feedback_recorded=true  |
      | E2  | post_service_follow_up | record | 2026-03-11 | feedback_recorded=true  |
      | E3  | post_service_follow_up | record | 2026-04-07 | feedback_recorded=true  |
      | E4  | post_service_follow_up | record | 2026-05-19 | feedback_recorded=true  |
      | E5  | post_service_follow_up | record | 2026-06-02 | feedback_recorded=true  |
      | E6  | post_service_follow_up | record | 2026-06-28 | feedback_recorded=true  |
      | E7  | post_service_follow_up | record | 2026-07-16 | feedback_recorded=true  |
      | E8  | post_service_follow_up | record | 2026-08-25 | feedback_recorded=true  |
      | E9  | post_service_follow_up | record | 2026-09-09 | feedback_recorded=false |
      | E10 | post_service_follow_up | record | 2026-10-13 | feedback_recorded=false |
    When the bundle is assessed
    Then criterion OP-CR-2-02 fails
    And the finding for OP-CR-2-02 says "found 8"
    And the finding for OP-CR-2-02 says "E9 does not count: it has feedback_recorded = false"

  Scenario: OP-CR-3-01 passes with five diagnosed key-enterprise plans and account managers
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                                              |
      | E1 | key_client_service_plan | document | 2026-02-10 | enterprise=华达精密机械; account_manager=王敏; needs_diagnosed=true |
      | E2 | key_client_service_plan | document | 2026-02-24 | enterprise=青禾食品; account_manager=王敏; needs_diagnosed=true     |
      | E3 | key_client_service_plan | document | 2026-03-15 | enterprise=云帆软件; account_manager=李强; needs_diagnosed=true     |
      | E4 | key_client_service_plan | document | 2026-04-02 | enterprise=恒通物流; account_manager=李强; needs_diagnosed=true     |
      | E5 | key_client_service_plan | record   | 2026-05-18 | enterprise=明远纺织; account_manager=陈洁; needs_diagnosed=true     |
    When the bundle is assessed
    Then criterion OP-CR-3-01 passes

  Scenario: OP-CR-3-01 fails when one plan rests on no diagnosis
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                                               |
      | E1 | key_client_service_plan | document | 2026-02-10 | enterprise=华达精密机械; account_manager=王敏; needs_diagnosed=true  |
      | E2 | key_client_service_plan | document | 2026-02-24 | enterprise=青禾食品; account_manager=王敏; needs_diagnosed=true      |
      | E3 | key_client_service_plan | document | 2026-03-15 | enterprise=云帆软件; account_manager=李强; needs_diagnosed=true      |
      | E4 | key_client_service_plan | document | 2026-04-02 | enterprise=恒通物流; account_manager=李强; needs_diagnosed=true      |
      | E5 | key_client_service_plan | record   | 2026-05-18 | enterprise=明远纺织; account_manager=陈洁; needs_diagnosed=false     |
    When the bundle is assessed
    Then criterion OP-CR-3-01 fails
    And the finding for OP-CR-3-01 says "E5 does not count: it has needs_diagnosed = false; needs needs_diagnosed = true"

  Scenario: OP-CR-4-01 passes with a satisfaction score of 91 and 42 % repeat clients
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit  |
      | E1 | follow_up_satisfaction_score | metric | 2026-10-05 | 91    | score |
      | E2 | repeat_client_rate           | metric | 2026-10-05 | 42    | %     |
    When the bundle is assessed
    Then criterion OP-CR-4-01 passes

  Scenario: OP-CR-4-01 fails when satisfaction averages 78
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit  |
      | E1 | follow_up_satisfaction_score | metric | 2026-10-05 | 78    | score |
      | E2 | repeat_client_rate           | metric | 2026-10-05 | 42    | %     |
    When the bundle is assessed
    Then criterion OP-CR-4-01 fails
    And the finding for OP-CR-4-01 says "E1 does not count: it has value 78 score; needs ≥ 85"

  Scenario: OP-CR-4-01 fails when the repeat-client figure is two years old
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit  |
      | E1 | follow_up_satisfaction_score | metric | 2026-10-05 | 91    | score |
      | E2 | repeat_client_rate           | metric | 2024-10-05 | 42    | %     |
    When the bundle is assessed
    Then criterion OP-CR-4-01 fails
    And the finding for OP-CR-4-01 says "E2 does not count: it dates from 2024-10-05"

  Scenario: OP-CR-5-01 passes with two co-creation panels and an NPS of 52
    Given the evidence:
      | id | topic                     | kind   | issued     | value | unit  | attributes                          |
      | E1 | client_co_creation_panel  | record | 2026-04-22 |       |       | participants=12; proposals_adopted=3 |
      | E2 | client_co_creation_panel  | record | 2026-10-16 |       |       | participants=9; proposals_adopted=1  |
      | E3 | client_net_promoter_score | metric | 2026-10-05 | 52    | score |                                     |
    When the bundle is assessed
    Then criterion OP-CR-5-01 passes

  Scenario: OP-CR-5-01 fails when the net promoter score is 25
    Given the evidence:
      | id | topic                     | kind   | issued     | value | unit  | attributes                          |
      | E1 | client_co_creation_panel  | record | 2026-04-22 |       |       | participants=12; proposals_adopted=3 |
      | E2 | client_co_creation_panel  | record | 2026-10-16 |       |       | participants=9; proposals_adopted=1  |
      | E3 | client_net_promoter_score | metric | 2026-10-05 | 25    | score |                                     |
    When the bundle is assessed
    Then criterion OP-CR-5-01 fails
    And the finding for OP-CR-5-01 says "E3 does not count: it has value 25 score; needs ≥ 40"

  Scenario: OP-CR-5-01 fails when the panel's proposals were never adopted
    Given the evidence:
      | id | topic                     | kind   | issued     | value | unit  | attributes                          |
      | E1 | client_co_creation_panel  | record | 2026-04-22 |       |       | participants=12; proposals_adopted=0 |
      | E2 | client_co_creation_panel  | record | 2026-10-16 |       |       | participants=9; proposals_adopted=1  |
      | E3 | client_net_promoter_score | metric | 2026-10-05 | 52    | score |                                     |
    When the bundle is assessed
    Then criterion OP-CR-5-01 fails
    And the finding for OP-CR-5-01 says "E1 does not count: it has proposals_adopted = 0; needs proposals_adopted ≥ 1"

  # ------------------------------------------ CP complaints and problem handling

  Scenario: OP-CP-1-01 passes with a published complaint line and a register with no complaints
    Given the evidence:
      | id | topic                    | kind        | issued     | attributes                           |
      | E1 | complaint_channel_notice | observation | 2026-10-30 | published=true; contact=0571-88886699 |
      | E2 | complaint_register       | record      | 2026-09-30 | entries=0                            |
    When the bundle is assessed
    Then criterion OP-CP-1-01 passes

  Scenario: OP-CP-1-01 fails when complaints are not registered
    Given the evidence:
      | id | topic                    | kind        | issued     | attributes                           |
      | E1 | complaint_channel_notice | observation | 2026-10-30 | published=true; contact=0571-88886699 |
    When the bundle is assessed
    Then criterion OP-CP-1-01 fails
    And the finding for OP-CP-1-01 says "no record or system of topic 'complaint_register'"

  Scenario: OP-CP-1-01 fails when the notice names no one to complain to
    Given the evidence:
      | id | topic                    | kind     | issued     | attributes     |
      | E1 | complaint_channel_notice | document | 2026-01-30 | published=true |
      | E2 | complaint_register       | record   | 2026-09-30 | entries=2      |
    When the bundle is assessed
    Then criterion OP-CP-1-01 fails
    And the finding for OP-CP-1-01 says "E1 does not count: it records no contact; needs contact recorded"

  Scenario: OP-CP-2-01 passes with a 15-day closure limit and escalation
    Given the evidence:
      | id | topic               | kind     | issued     | approved | attributes                                     |
      | E1 | complaint_procedure | document | 2025-09-01 | yes      | closure_limit_days=15; escalation_defined=true |
    When the bundle is assessed
    Then criterion OP-CP-2-01 passes

  Scenario: OP-CP-2-01 fails when the procedure allows 60 days
    Given the evidence:
      | id | topic               | kind     | issued     | approved | attributes                                     |
      | E1 | complaint_procedure | document | 2025-09-01 | yes      | closure_limit_days=60; escalation_defined=true |
    When the bundle is assessed
    Then criterion OP-CP-2-01 fails
    And the finding for OP-CP-2-01 says "has closure_limit_days = 60; needs closure_limit_days ≤ 30"

  Scenario: OP-CP-2-01 fails when the procedure has lapsed
    Given the evidence:
      | id | topic               | kind     | issued     | valid_until | approved | attributes                                     |
      | E1 | complaint_procedure | document | 2023-09-01 | 2026-08-31  | yes      | closure_limit_days=15; escalation_defined=true |
    When the bundle is assessed
    Then criterion OP-CP-2-01 fails
    And the finding for OP-CP-2-01 says "E1 does not count: it expired on 2026-08-31"

  Scenario: OP-CP-3-01 passes when every complaint was closed or is still within 30 days
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                                 |
      | E1 | complaint_register | system | 2026-10-28 | entries=3; open=1; open_over_30_days=0     |
      | E2 | client_complaint   | record | 2026-05-06 | status=closed; closed=2026-06-20; severity=minor |
      | E3 | client_complaint   | record | 2026-10-20 | status=open; severity=minor                 |
    When the bundle is assessed
    Then criterion OP-CP-3-01 passes
    And criterion OP-CP-3-01 cites E1

  Scenario: OP-CP-3-01 fails when a complaint has been open for 41 days
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                                  |
      | E1 | complaint_register | system | 2026-10-28 | entries=3; open=1; open_over_30_days=1      |
      | E2 | client_complaint   | record | 2026-05-06 | status=closed; closed=2026-05-24; severity=minor |
      | E3 | client_complaint   | record | 2026-09-21 | status=open; severity=minor                 |
    When the bundle is assessed
    Then criterion OP-CP-3-01 fails
    And the finding for OP-CP-3-01 says "must not exist, but E3 does"

  Scenario: OP-CP-3-01 fails when the register admits an open complaint the bundle leaves out
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                              |
      | E1 | complaint_register | system | 2026-10-28 | entries=2; open=1; open_over_30_days=0 |
    When the bundle is assessed
    Then criterion OP-CP-3-01 fails
    And the finding for OP-CP-3-01 says "E1 does not count: it has summary_agrees = false"

  Scenario: OP-CP-3-01 computes how long a complaint has been open instead of taking the declared number
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                              |
      | E1 | complaint_register | system | 2026-10-28 | entries=1; open=1; open_over_30_days=0 |
      | E2 | client_complaint   | record | 2026-01-10 | status=open; days_open=3; severity=minor |
    When the bundle is assessed
    Then criterion OP-CP-3-01 fails
    And the finding for OP-CP-3-01 says "E2 does"

  Scenario: OP-CP-3-01 fails when the register was last updated in spring
    Given the evidence:
      | id | topic              | kind   | issued     | attributes |
      | E1 | complaint_register | record | 2026-04-30 | entries=1  |
    When the bundle is assessed
    Then criterion OP-CP-3-01 fails
    And the finding for OP-CP-3-01 says "E1 does not count: it dates from 2026-04-30"

  Scenario: OP-CP-3-02 passes with a root-cause analysis of a repeated problem and action under way
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                              |
      | E1 | problem_root_cause_analysis | document | 2026-06-18 | recurrences=4; action_status=in_progress |
    When the bundle is assessed
    Then criterion OP-CP-3-02 passes

  Scenario: OP-CP-3-02 fails when the corrective action is still only planned
    Given the evidence:
      | id | topic                       | kind     | issued     | attributes                          |
      | E1 | problem_root_cause_analysis | document | 2026-06-18 | recurrences=4; action_status=planned |
    When the bundle is assessed
    Then criterion OP-CP-3-02 fails
    And the finding for OP-CP-3-02 says "has action_status = 'planned'; needs action_status one of 'in_progress', 'completed'"

  Scenario: OP-CP-4-01 passes with 4.5-day closure and 88 % complainant satisfaction
    Given the evidence:
      | id | topic                           | kind   | issued     | value | unit |
      | E1 | complaint_closure_time_avg      | metric | 2026-10-05 | 4.5   | d    |
      | E2 | complaint_handling_satisfaction | metric | 2026-10-05 | 88    | %    |
    When the bundle is assessed
    Then criterion OP-CP-4-01 passes

  Scenario: OP-CP-4-01 fails when complaints take 12 days to close on average
    Given the evidence:
      | id | topic                           | kind   | issued     | value | unit |
      | E1 | complaint_closure_time_avg      | metric | 2026-10-05 | 12    | d    |
      | E2 | complaint_handling_satisfaction | metric | 2026-10-05 | 88    | %    |
    When the bundle is assessed
    Then criterion OP-CP-4-01 fails
    And the finding for OP-CP-4-01 says "E1 does not count: it has value 12 d; needs ≤ 7"

  Scenario: OP-CP-5-01 passes with a 0.3 % complaint rate and only minor or older major complaints
    Given the evidence:
      | id | topic                      | kind   | issued     | value | unit | attributes                                  |
      | E1 | complaint_rate_per_service | metric | 2026-10-05 | 0.3   | %    |                                             |
      | E2 | client_complaint           | record | 2026-07-14 |       |      | status=closed; closed=2026-07-20; severity=minor |
      | E3 | client_complaint           | record | 2025-06-02 |       |      | status=closed; closed=2025-06-23; severity=major |
      | E4 | complaint_register         | system | 2026-10-28 |       |      | entries=2; open=0; open_over_30_days=0      |
    When the bundle is assessed
    Then criterion OP-CP-5-01 passes

  Scenario: OP-CP-5-01 fails after a major complaint this year
    Given the evidence:
      | id | topic                      | kind   | issued     | value | unit | attributes                                  |
      | E1 | complaint_rate_per_service | metric | 2026-10-05 | 0.3   | %    |                                             |
      | E2 | client_complaint           | record | 2026-04-10 |       |      | status=closed; days_open=9; severity=major  |
    When the bundle is assessed
    Then criterion OP-CP-5-01 fails
    And the finding for OP-CP-5-01 says "must not exist, but E2 does"

  Scenario: OP-CP-5-01 fails when the complaint rate is 1.2 %
    Given the evidence:
      | id | topic                      | kind   | issued     | value | unit |
      | E1 | complaint_rate_per_service | metric | 2026-10-05 | 1.2   | %    |
    When the bundle is assessed
    Then criterion OP-CP-5-01 fails
    And the finding for OP-CP-5-01 says "has value 1.2 %; needs ≤ 0.5"

  # --------------------------------------- OD operational data and platform operation

  Scenario: OP-OD-1-01 passes with last quarter's service statistics
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                  |
      | E1 | periodic_service_statistics | record | 2026-10-08 | enterprises_served=186; services_delivered=412 |
    When the bundle is assessed
    Then criterion OP-OD-1-01 passes

  Scenario: OP-OD-1-01 fails when the latest statistics are from May
    Given the evidence:
      | id | topic                 | kind   | issued     | attributes                                  |
      | E1 | periodic_service_statistics | record | 2026-05-31 | enterprises_served=150; services_delivered=330 |
    When the bundle is assessed
    Then criterion OP-OD-1-01 fails
    And the finding for OP-OD-1-01 says "E1 does not count: it dates from 2026-05-31"

  Scenario: OP-OD-2-01 passes with operating rules and two quarterly reports
    Given the evidence:
      | id | topic               | kind     | issued     | approved | attributes                                                         |
      | E1 | operations_rulebook | document | 2025-12-15 | yes      | covers=[staff_duties,service_records,statistics_reporting,conduct] |
      | E2 | operations_report   | document | 2026-07-10 |          | period=2026-Q2                                                     |
      | E3 | operations_report   | document | 2026-10-12 |          | period=2026-Q3                                                     |
    When the bundle is assessed
    Then criterion OP-OD-2-01 passes

  Scenario: OP-OD-2-01 fails when the rules say nothing about statistics reporting
    Given the evidence:
      | id | topic               | kind     | issued     | approved | attributes                                    |
      | E1 | operations_rulebook | document | 2025-12-15 | yes      | covers=[staff_duties,service_records,conduct] |
      | E2 | operations_report   | document | 2026-07-10 |          | period=2026-Q2                                |
      | E3 | operations_report   | document | 2026-10-12 |          | period=2026-Q3                                |
    When the bundle is assessed
    Then criterion OP-OD-2-01 fails
    And the finding for OP-OD-2-01 says "needs covers including 'statistics_reporting'"

  Scenario: OP-OD-2-01 fails with only one operations report in 200 days
    Given the evidence:
      | id | topic               | kind     | issued     | approved | attributes                                                         |
      | E1 | operations_rulebook | document | 2025-12-15 | yes      | covers=[staff_duties,service_records,statistics_reporting,conduct] |
      | E2 | operations_report   | document | 2026-01-10 |          | period=2025-Q4                                                     |
      | E3 | operations_report   | document | 2026-10-12 |          | period=2026-Q3                                                     |
    When the bundle is assessed
    Then criterion OP-OD-2-01 fails
    And the finding for OP-OD-2-01 says "found 1 (E3)"

  Scenario: OP-OD-3-01 passes when the system is used on site and 97 % of records are complete
    Given the evidence:
      | id | topic                         | kind        | issued     | value | unit | attributes                                                      |
      | E1 | operations_information_system | observation | 2026-10-30 |       |      | in_use=true; modules=[request,delivery,follow_up] |
      | E2 | service_record_completeness   | metric      | 2026-09-15 | 97    | %    |                                                                 |
    When the bundle is assessed
    Then criterion OP-OD-3-01 passes

  Scenario: OP-OD-3-01 fails when staff still keep paper records
    Given the evidence:
      | id | topic                         | kind        | issued     | value | unit | attributes                                       |
      | E1 | operations_information_system | observation | 2026-10-30 |       |      | in_use=false; modules=[request,statistics] |
      | E2 | service_record_completeness   | metric      | 2026-09-15 | 97    | %    |                                                  |
    When the bundle is assessed
    Then criterion OP-OD-3-01 fails
    And the finding for OP-OD-3-01 says "E1 does not count: it has in_use = false; needs in_use = true"

  Scenario: OP-OD-4-01 passes with a filed platform of 46 services and 23 resident providers
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                                                          |
      | E1 | sme_service_platform | system | 2026-10-01 | online_services=46; resident_providers=23; monthly_active_enterprises=1870; icp_filing=浙ICP备20231234号-2 |
    When the bundle is assessed
    Then criterion OP-OD-4-01 passes
    And criterion OP-OD-4-01 cites E1

  Scenario: OP-OD-4-01 passes for a platform hosted inside a government portal
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                                                 |
      | E1 | sme_service_platform | system | 2026-10-01 | online_services=31; resident_providers=12; monthly_active_enterprises=640; government_portal_hosted=true |
    When the bundle is assessed
    Then criterion OP-OD-4-01 passes

  Scenario: OP-OD-4-01 fails when the platform shows no valid filing number
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                                                 |
      | E1 | sme_service_platform | system | 2026-10-01 | online_services=46; resident_providers=23; monthly_active_enterprises=1870; icp_filing=备案中 |
    When the bundle is assessed
    Then criterion OP-OD-4-01 fails
    And the finding for OP-OD-4-01 says "E1 does not count: it has icp_filing = '备案中'; needs icp_filing matching"

  Scenario: OP-OD-4-01 fails when the platform carries too few other providers
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                                                         |
      | E1 | sme_service_platform | system | 2026-10-01 | online_services=46; resident_providers=4; monthly_active_enterprises=1870; icp_filing=浙ICP备20231234号-2 |
    When the bundle is assessed
    Then criterion OP-OD-4-01 fails
    And the finding for OP-OD-4-01 says "has resident_providers = 4; needs resident_providers ≥ 10"

  Scenario: OP-OD-4-02 passes with 99.93 % measured availability
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit |
      | E1 | platform_availability | metric | 2026-10-05 | 99.93 | %    |
    When the bundle is assessed
    Then criterion OP-OD-4-02 passes

  Scenario: OP-OD-4-02 fails with 99.2 % measured availability
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit |
      | E1 | platform_availability | metric | 2026-10-05 | 99.2  | %    |
    When the bundle is assessed
    Then criterion OP-OD-4-02 fails
    And the finding for OP-OD-4-02 says "has value 99.2 %; needs ≥ 99.5"

  Scenario: OP-OD-4-02 fails when the contract's availability target is offered instead of a measurement
    Given the evidence:
      | id | topic                        | kind     | issued     | value | unit |
      | E1 | platform_availability | document | 2026-03-01 | 99.9  | %    |
    When the bundle is assessed
    Then criterion OP-OD-4-02 fails
    And the finding for OP-OD-4-02 says "E1 does not count: it is a document, not a metric"

  Scenario: OP-OD-4-03 passes with a daily dashboard and two decisions citing its data
    Given the evidence:
      | id | topic                           | kind   | issued     | attributes                                |
      | E1 | operations_dashboard            | system | 2026-10-30 | kpi_count=9; refresh=daily                |
      | E2 | data_driven_operations_decision | record | 2026-03-20 | data_basis=一季度受理量同比增长35%          |
      | E3 | data_driven_operations_decision | record | 2026-08-12 | data_basis=政策申报高峰预测                 |
    When the bundle is assessed
    Then criterion OP-OD-4-03 passes

  Scenario: OP-OD-4-03 fails when the dashboard is refreshed monthly by hand
    Given the evidence:
      | id | topic                           | kind   | issued     | attributes                                |
      | E1 | operations_dashboard            | system | 2026-10-30 | kpi_count=9; refresh=monthly              |
      | E2 | data_driven_operations_decision | record | 2026-03-20 | data_basis=一季度受理量同比增长35%          |
      | E3 | data_driven_operations_decision | record | 2026-08-12 | data_basis=政策申报高峰预测                 |
    When the bundle is assessed
    Then criterion OP-OD-4-03 fails
    And the finding for OP-OD-4-03 says "has refresh = 'monthly'; needs refresh one of 'realtime', 'daily'"

  Scenario: OP-OD-5-01 passes with three live connections to outside platforms
    Given the evidence:
      | id | topic                    | kind   | issued     | valid_until | attributes                                    |
      | E1 | platform_interconnection | system | 2025-03-01 | 2028-02-28  | counterpart_type=government; status=live      |
      | E2 | platform_interconnection | system | 2025-09-15 | 2027-09-14  | counterpart_type=finance; status=live         |
      | E3 | platform_interconnection | record | 2026-04-01 | 2029-03-31  | counterpart_type=service_platform; status=live |
    When the bundle is assessed
    Then criterion OP-OD-5-01 passes

  Scenario: OP-OD-5-01 fails when one connection is still being planned
    Given the evidence:
      | id | topic                    | kind   | issued     | valid_until | attributes                                        |
      | E1 | platform_interconnection | system | 2025-03-01 | 2028-02-28  | counterpart_type=government; status=live          |
      | E2 | platform_interconnection | system | 2025-09-15 | 2027-09-14  | counterpart_type=finance; status=live             |
      | E3 | platform_interconnection | record | 2026-04-01 | 2029-03-31  | counterpart_type=industry_association; status=planned |
    When the bundle is assessed
    Then criterion OP-OD-5-01 fails
    And the finding for OP-OD-5-01 says "found 2 (E1, E2)"
    And the finding for OP-OD-5-01 says "E3 does not count: it has status = 'planned'; needs status = 'live'"

  # ------------------------------------------------------------------- roll-up

  Scenario: OP-DP-2-01 missing holds sub-domain OP-DP at level 1 while the rest of OP reaches level 3
    Given evidence meeting every criterion up to level 3 in domain OP
    But without the evidence for criterion OP-DP-2-01
    When the bundle is assessed
    Then criterion OP-DP-2-01 fails
    And sub-domain OP-DP is at level 1
    And sub-domain OP-DP is blocked by OP-DP-2-01
    And sub-domain OP-IC is at level 3
    And domain OP is at level 1

  Scenario: OP-DP-3-02 excluded with a justification leaves sub-domain OP-DP at level 3
    Given evidence meeting every criterion up to level 3 in domain OP
    But without the evidence for criterion OP-DP-3-02
    And criterion OP-DP-3-02 is excluded because "all services are delivered by the centre's own staff; no partner delivers on its behalf"
    When the bundle is assessed
    Then criterion OP-DP-3-02 is not applicable
    And sub-domain OP-DP is at level 3
    And domain OP is at level 3

  Scenario: OP-CP-3-01 an open complaint past 30 days blocks level 3 for complaints
    Given evidence meeting every criterion up to level 3 in domain OP
    And the evidence:
      | id  | topic            | kind   | issued     | attributes                                 |
      | C99 | client_complaint | record | 2026-09-10 | status=open; severity=major               |
    When the bundle is assessed
    Then criterion OP-CP-3-01 fails
    And sub-domain OP-CP is at level 2
    And sub-domain OP-CP is blocked by OP-CP-3-01

  Scenario: OP-IC-1-01 cannot be excluded
    Given criterion OP-IC-1-01 is excluded because "we only take requests by referral from the county government"
    When the bundle is assessed
    Then the assessment is refused with "may not be excluded"
