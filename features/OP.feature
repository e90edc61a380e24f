Feature: 服务运营 Service operation (OP)
  Every criterion of clause 8 in the reference catalogue, shown passing on
  evidence an assessor would accept and failing for a stated reason.

  Background:
    Given an assessment dated 2026-11-01

  # ------------------------------------------------ IC intake channels and response

  Scenario: OP-IC-1-01 passes with a published hotline and a register kept up to date
    Given the evidence:
      | id | topic                 | kind     | issued     | attributes                           |
      | E1 | intake_channel_notice | document | 2026-03-01 | phone=0571-88886666; channels=[phone] |
      | E2 | service_request_log   | system   | 2026-10-28 | entries=214                          |
    When the bundle is assessed
    Then criterion OP-IC-1-01 passes
    And criterion OP-IC-1-01 cites E1
    And criterion OP-IC-1-01 cites E2

  Scenario: OP-IC-1-01 passes with a service window and no phone number
    Given the evidence:
      | id | topic                 | kind        | issued     | attributes                          |
      | E1 | intake_channel_notice | observation | 2026-10-30 | walk_in_address=创业大厦一楼服务窗口 |
      | E2 | service_request_log   | record      | 2026-10-15 | entries=36                          |
    When the bundle is assessed
    Then criterion OP-IC-1-01 passes

  Scenario: OP-IC-1-01 fails when the notice gives no usable number or address
    Given the evidence:
      | id | topic                 | kind     | issued     | attributes    |
      | E1 | intake_channel_notice | document | 2026-03-01 | phone=欢迎来电 |
      | E2 | service_request_log   | system   | 2026-10-28 | entries=214   |
    When the bundle is assessed
    Then criterion OP-IC-1-01 fails
    And the finding for OP-IC-1-01 says "E1 does not count: it has phone = '欢迎来电'"

  Scenario: OP-IC-1-01 fails when the request register has not been updated for months
    Given the evidence:
      | id | topic                 | kind     | issued     | attributes         |
      | E1 | intake_channel_notice | document | 2026-03-01 | phone=400-820-1234 |
      | E2 | service_request_log   | record   | 2026-05-10 | entries=58         |
    When the bundle is assessed
    Then criterion OP-IC-1-01 fails
    And the finding for OP-IC-1-01 says "E2 does not count: it dates from 2026-05-10 (175 days old, more than 90)"

  Scenario: OP-IC-1-01 fails when the request register holds a handful of token lines
    Given the evidence:
      | id | topic                 | kind     | issued     | attributes         |
      | E1 | intake_channel_notice | document | 2026-03-01 | phone=400-820-1234 |
      | E2 | service_request_log   | record   | 2026-10-20 | entries=3          |
    When the bundle is assessed
    Then criterion OP-IC-1-01 fails
    And the finding for OP-IC-1-01 says "E2 does not count: it has entries = 3; needs entries ≥ 10"

  Scenario: OP-IC-2-01 passes for a county centre with a WeChat service account and approved intake rules
    Given the evidence:
      | id | topic                 | kind        | issued     | approved | verified | attributes                                                                     |
      | E1 | intake_response_rules | document    | 2025-06-01 | yes      | yes      | first_response_limit_h=24; first_contact_responsibility=true                   |
      | E2 | intake_channel_notice | observation | 2026-10-29 |          | yes      | channels=[phone,walk_in,wechat_service_account]; online_address=微信服务号“松溪中小企业服务” |
    When the bundle is assessed
    Then criterion OP-IC-2-01 passes
    And criterion OP-IC-2-01 cites E2

  Scenario: OP-IC-2-01 passes with a listing in the 12345 hotline's directory, written in Chinese
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | verified | attributes                                                    |
      | E1 | intake_response_rules | document | 2025-06-01 | yes      | yes      | first_response_limit_h=8; first_contact_responsibility=true   |
      | E2 | intake_channel_notice | system   | 2026-09-01 |          | yes      | channels=[电话,12345热线]; online_address=12345转办目录“县中小企业服务中心” |
    When the bundle is assessed
    Then criterion OP-IC-2-01 passes

  Scenario: OP-IC-2-01 fails when the rules allow three days for a first response
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | verified | attributes                                                   |
      | E1 | intake_response_rules | document | 2025-06-01 | yes      | yes      | first_response_limit_h=72; first_contact_responsibility=true |
      | E2 | intake_channel_notice | system   | 2026-09-01 |          |          | channels=[phone,online_portal]; online_address=www.example.cn |
    When the bundle is assessed
    Then criterion OP-IC-2-01 fails
    And the finding for OP-IC-2-01 says "has first_response_limit_h = 72; needs first_response_limit_h ≤ 24"

  Scenario: OP-IC-2-01 fails when enterprises can only phone or come to the window
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | verified | attributes                                                  |
      | E1 | intake_response_rules | document | 2025-06-01 | yes      | yes      | first_response_limit_h=8; first_contact_responsibility=true |
      | E2 | intake_channel_notice | document | 2026-09-01 |          |          | channels=[phone,walk_in]; online_address=无                  |
    When the bundle is assessed
    Then criterion OP-IC-2-01 fails
    And the finding for OP-IC-2-01 says "E2 does not count"

  Scenario: OP-IC-2-01 fails when the notice claims an online channel without naming its address or account
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | verified | attributes                                                  |
      | E1 | intake_response_rules | document | 2025-06-01 | yes      | yes      | first_response_limit_h=8; first_contact_responsibility=true |
      | E2 | intake_channel_notice | document | 2026-09-01 |          |          | channels=[phone,wechat_service_account]                     |
    When the bundle is assessed
    Then criterion OP-IC-2-01 fails
    And the finding for OP-IC-2-01 says "E2 does not count: it records no online_address"

  Scenario: OP-IC-2-01 fails when nobody has seen the intake rules, only the bundle's word for them
    Given the evidence:
      | id | topic                 | kind        | issued     | approved | attributes                                                                     |
      | E1 | intake_response_rules | document    | 2025-06-01 | yes      | first_response_limit_h=24; first_contact_responsibility=true                   |
      | E2 | intake_channel_notice | observation | 2026-10-29 |          | channels=[phone,wechat_service_account]; online_address=微信服务号“松溪中小企业服务” |
    When the bundle is assessed
    Then criterion OP-IC-2-01 fails
    And the finding for OP-IC-2-01 says "the catalogue requires an attached document for this criterion"

  Scenario: OP-IC-3-01 passes when 93.5 % of requests were answered in time and the assessor's test requests were too
    Given the evidence:
      | id | topic                       | kind        | issued     | value | unit | attributes                                              |
      | E1 | first_response_on_time_rate | metric      | 2026-10-05 | 93.5  | %    |                                                         |
      | E2 | mystery_shopping_test       | observation | 2026-10-21 |       |      | requests_made=5; channels_tested=3; answered_in_time=5  |
    When the bundle is assessed
    Then criterion OP-IC-3-01 passes
    And criterion OP-IC-3-01 cites E1
    And criterion OP-IC-3-01 cites E2

  Scenario: OP-IC-3-01 fails when the commitment is kept for only 82 % of requests
    Given the evidence:
      | id | topic                       | kind        | issued     | value | unit | attributes                                              |
      | E1 | first_response_on_time_rate | metric      | 2026-10-05 | 82    | %    |                                                         |
      | E2 | mystery_shopping_test       | observation | 2026-10-21 |       |      | requests_made=5; channels_tested=3; answered_in_time=5  |
    When the bundle is assessed
    Then criterion OP-IC-3-01 fails
    And the finding for OP-IC-3-01 says "E1 does not count: it has value 82 %; needs ≥ 90"

  Scenario: Probe: OP-IC-3-01 fails on the provider's own 98 % when the assessor's test requests went mostly unanswered
    Given the evidence:
      | id | topic                       | kind        | issued     | value | unit | attributes                                              |
      | E1 | first_response_on_time_rate | metric      | 2026-10-05 | 98    | %    |                                                         |
      | E2 | mystery_shopping_test       | observation | 2026-10-21 |       |      | requests_made=5; channels_tested=3; answered_in_time=2  |
    When the bundle is assessed
    Then criterion OP-IC-3-01 fails
    And the finding for OP-IC-3-01 says "Σ answered_in_time / Σ requests_made = 40 %"

  Scenario: OP-IC-3-01 fails when the test is the provider's own record, not an assessor's observation
    Given the evidence:
      | id | topic                       | kind   | issued     | value | unit | attributes                                              |
      | E1 | first_response_on_time_rate | metric | 2026-10-05 | 93.5  | %    |                                                         |
      | E2 | mystery_shopping_test       | record | 2026-10-21 |       |      | requests_made=5; channels_tested=3; answered_in_time=5  |
    When the bundle is assessed
    Then criterion OP-IC-3-01 fails
    And the finding for OP-IC-3-01 says "no observation of topic 'mystery_shopping_test'"

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

  Scenario: OP-IC-3-02 fails when a campaign fed only two needs into the register
    Given the evidence:
      | id | topic                       | kind   | issued     | attributes                                 |
      | E1 | proactive_outreach_campaign | record | 2026-03-18 | enterprises_reached=86; needs_recorded=23  |
      | E2 | proactive_outreach_campaign | record | 2026-06-09 | enterprises_reached=120; needs_recorded=41 |
      | E3 | proactive_outreach_campaign | record | 2026-09-22 | enterprises_reached=400; needs_recorded=2  |
    When the bundle is assessed
    Then criterion OP-IC-3-02 fails
    And the finding for OP-IC-3-02 says "E3 does not count: it has needs_recorded = 2; needs needs_recorded ≥ 5"

  Scenario: OP-IC-4-01 passes with a unified queue and a response indicator measured for four quarters, the low one acted on
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                     |
      | E1 | unified_intake_system | system   | 2026-10-20 |          |       |      |         |           | channels_integrated=5; ticket_tracking=true                                                    |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-IC; indicator=首次响应按时率; baseline=91; target=95; direction=higher_better; owner=受理服务部 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 95.6  | %    | 2025-Q4 | D1        | subdomain=OP-IC; target=95; direction=higher_better                                            |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 92.1  | %    | 2026-Q1 | D1        | subdomain=OP-IC; target=95; direction=higher_better                                            |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 95.9  | %    | 2026-Q2 | D1        | subdomain=OP-IC; target=95; direction=higher_better                                            |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 96.3  | %    | 2026-Q3 | D1        | subdomain=OP-IC; target=95; direction=higher_better                                            |
      | A1 | deviation_analysis    | record   | 2026-04-20 |          |       |      |         | M2        | subdomain=OP-IC; cause=春节后申报高峰坐席不足; action=高峰期增设临时坐席; action_status=completed |
    When the bundle is assessed
    Then criterion OP-IC-4-01 passes
    And criterion OP-IC-4-01 cites M2

  Scenario: Probe: OP-IC-4-01 fails on one good response figure reported once
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                     |
      | E1 | unified_intake_system | system   | 2026-10-20 |          |       |      |         |           | channels_integrated=5; ticket_tracking=true                                                    |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-IC; indicator=首次响应按时率; baseline=91; target=95; direction=higher_better; owner=受理服务部 |
      | M1 | indicator_measurement | metric   | 2026-10-12 |          | 99.1  | %    | 2026-Q3 | D1        | subdomain=OP-IC; target=95; direction=higher_better                                            |
    When the bundle is assessed
    Then criterion OP-IC-4-01 fails
    And the finding for OP-IC-4-01 says "found 1 distinct quarter"

  Scenario: OP-IC-4-01 fails when only two channels reach the queue
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                     |
      | E1 | unified_intake_system | system   | 2026-10-20 |          |       |      |         |           | channels_integrated=2; ticket_tracking=true                                                    |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-IC; indicator=首次响应按时率; baseline=91; target=95; direction=higher_better; owner=受理服务部 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 95.6  | %    | 2025-Q4 | D1        | subdomain=OP-IC; target=95; direction=higher_better                                            |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 96.1  | %    | 2026-Q1 | D1        | subdomain=OP-IC; target=95; direction=higher_better                                            |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 95.9  | %    | 2026-Q2 | D1        | subdomain=OP-IC; target=95; direction=higher_better                                            |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 96.3  | %    | 2026-Q3 | D1        | subdomain=OP-IC; target=95; direction=higher_better                                            |
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

  Scenario: OP-DP-1-01 passes with an activity plan naming dates and staff, and the record of carrying it out
    Given the evidence:
      | id | topic                   | kind     | issued     | refers_to | attributes                                       |
      | E1 | service_activity_plan   | document | 2026-03-02 |           | schedule=2026年3月至6月每月第二周; responsible=培训科 吴建平 |
      | E2 | service_delivery_record | record   | 2026-04-14 | E1        | enterprise=参训企业28家（名单附后）                |
    When the bundle is assessed
    Then criterion OP-DP-1-01 passes
    And criterion OP-DP-1-01 cites E1
    And criterion OP-DP-1-01 cites E2

  Scenario: OP-DP-1-01 fails when the plan has no schedule
    Given the evidence:
      | id | topic                   | kind     | issued     | refers_to | attributes                |
      | E1 | service_activity_plan   | document | 2026-03-02 |           | responsible=培训科 吴建平   |
      | E2 | service_delivery_record | record   | 2026-04-14 | E1        | enterprise=参训企业28家     |
    When the bundle is assessed
    Then criterion OP-DP-1-01 fails
    And the finding for OP-DP-1-01 says "E1 does not count: it records no schedule; needs schedule recorded"

  Scenario: OP-DP-1-01 fails when nothing shows the plan was carried out
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                                       |
      | E1 | service_activity_plan   | document | 2026-03-02 | schedule=2026年3月至6月每月第二周; responsible=培训科 吴建平 |
      | E2 | service_delivery_record | record   | 2026-04-14 | enterprise=参训企业28家（名单附后）                |
    When the bundle is assessed
    Then criterion OP-DP-1-01 fails
    And the finding for OP-DP-1-01 says "E1 is referred to by no record of topic 'service_delivery_record'"

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
    And the finding for OP-DP-1-02 says "found 4 distinct values of enterprise among E1, E2, E3, E4"
    And the finding for OP-DP-1-02 says "E5 does not count: it records no enterprise"

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

  Scenario: OP-DP-1-02 fails when the five records are of one enterprise
    Given the evidence:
      | id | topic                   | kind   | issued     | attributes             |
      | E1 | service_delivery_record | record | 2026-01-12 | enterprise=华达精密机械 |
      | E2 | service_delivery_record | record | 2026-03-08 | enterprise=华达精密机械 |
      | E3 | service_delivery_record | record | 2026-05-21 | enterprise=华达精密机械 |
      | E4 | service_delivery_record | record | 2026-07-30 | enterprise=青禾食品     |
      | E5 | service_delivery_record | record | 2026-09-14 | enterprise=青禾食品     |
    When the bundle is assessed
    Then criterion OP-DP-1-02 fails
    And the finding for OP-DP-1-02 says "found 2 distinct values of enterprise"

  Scenario: OP-DP-2-01 passes with an approved five-stage process ending in acceptance and follow-up, seen by the assessor
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | verified | attributes                                                            |
      | E1 | service_delivery_process | document | 2025-11-20 | yes      | yes      | stage_count=5; stages=[intake,planning,delivery,acceptance,follow_up] |
    When the bundle is assessed
    Then criterion OP-DP-2-01 passes

  Scenario: OP-DP-2-01 fails when the process has no acceptance by the client
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | verified | attributes                                                 |
      | E1 | service_delivery_process | document | 2025-11-20 | yes      | yes      | stage_count=4; stages=[intake,planning,delivery,follow_up] |
    When the bundle is assessed
    Then criterion OP-DP-2-01 fails
    And the finding for OP-DP-2-01 says "needs stages including 'acceptance'"

  Scenario: OP-DP-2-01 fails when the process is only described in the bundle, with no document seen
    Given the evidence:
      | id | topic                    | kind     | issued     | approved | attributes                                                            |
      | E1 | service_delivery_process | document | 2025-11-20 | yes      | stage_count=5; stages=[intake,planning,delivery,acceptance,follow_up] |
    When the bundle is assessed
    Then criterion OP-DP-2-01 fails
    And the finding for OP-DP-2-01 says "only claimed: E1 has no attached document"

  Scenario: OP-DP-3-01 fails when the three work instructions are versions for one service
    Given the evidence:
      | id | topic                     | kind     | issued     | approved | attributes                        |
      | E1 | delivery_work_instruction | document | 2025-12-01 | yes      | service=政策申报辅导              |
      | E2 | delivery_work_instruction | document | 2025-12-01 | yes      | service=政策申报辅导              |
      | E3 | delivery_work_instruction | document | 2026-02-15 | yes      | service=融资对接                  |
      | E4 | delivery_conformity_check | record   | 2026-08-30 |          | sample_size=30; conformity_pct=94 |
    When the bundle is assessed
    Then criterion OP-DP-3-01 fails
    And the finding for OP-DP-3-01 says "found 2 distinct values of service"

  Scenario: OP-DP-4-01 passes for an honest provider at 88 % one quarter, with the deviation analysed and acted on
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                   |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-DP; indicator=按时交付率; baseline=90; target=95; direction=higher_better; owner=交付管理部 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 95.4  | %    | 2025-Q4 | D1        | subdomain=OP-DP; target=95; direction=higher_better                                          |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 88    | %    | 2026-Q1 | D1        | subdomain=OP-DP; target=95; direction=higher_better                                          |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 95.2  | %    | 2026-Q2 | D1        | subdomain=OP-DP; target=95; direction=higher_better                                          |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 96.0  | %    | 2026-Q3 | D1        | subdomain=OP-DP; target=95; direction=higher_better                                          |
      | A1 | deviation_analysis    | record   | 2026-04-22 |          |       |      |         | M2        | subdomain=OP-DP; cause=一季度合作机构排期冲突; action=交付排期纳入周例会并设预警; action_status=verified |
    When the bundle is assessed
    Then criterion OP-DP-4-01 passes
    And criterion OP-DP-4-01 cites D1

  Scenario: Probe: OP-DP-4-01 fails on a single 97 % on-time figure reported once
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                   |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-DP; indicator=按时交付率; baseline=90; target=95; direction=higher_better; owner=交付管理部 |
      | M1 | indicator_measurement | metric   | 2026-10-12 |          | 97    | %    | 2026-Q3 | D1        | subdomain=OP-DP; target=95; direction=higher_better                                          |
    When the bundle is assessed
    Then criterion OP-DP-4-01 fails
    And the finding for OP-DP-4-01 says "found 1 distinct quarter"

  Scenario: OP-DP-4-01 fails when the quarter at 88 % was never analysed
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                   |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-DP; indicator=按时交付率; baseline=90; target=95; direction=higher_better; owner=交付管理部 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 95.4  | %    | 2025-Q4 | D1        | subdomain=OP-DP; target=95; direction=higher_better                                          |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 88    | %    | 2026-Q1 | D1        | subdomain=OP-DP; target=95; direction=higher_better                                          |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 95.2  | %    | 2026-Q2 | D1        | subdomain=OP-DP; target=95; direction=higher_better                                          |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 96.0  | %    | 2026-Q3 | D1        | subdomain=OP-DP; target=95; direction=higher_better                                          |
    When the bundle is assessed
    Then criterion OP-DP-4-01 fails
    And the finding for OP-DP-4-01 says "M2 has no evidence item of topic 'deviation_analysis'"

  Scenario: An on-time delivery rate given as a count, not a percentage, is refused
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
    And the finding for OP-DP-5-01 says "E1 does not count: it has form = 'local_standard'; has status = 'drafting'"

  # ------------------------------------------------------ CR client relationship

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

  Scenario: OP-CR-1-01 passes with a register of enterprises and their contacts
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                         |
      | E1 | served_enterprise_register | system | 2026-10-29 | enterprises=1342; with_contact=1330 |
    When the bundle is assessed
    Then criterion OP-CR-1-01 passes

  Scenario: OP-CR-1-01 fails when most entries have no contact details
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                       |
      | E1 | served_enterprise_register | record | 2026-10-29 | enterprises=310; with_contact=120 |
    When the bundle is assessed
    Then criterion OP-CR-1-01 fails
    And the finding for OP-CR-1-01 says "Σ with_contact / Σ enterprises = 38.7"

  Scenario: OP-CR-1-01 fails when the register holds four enterprises
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                   |
      | E1 | served_enterprise_register | record | 2026-10-29 | enterprises=4; with_contact=4 |
    When the bundle is assessed
    Then criterion OP-CR-1-01 fails
    And the finding for OP-CR-1-01 says "E1 does not count: it has enterprises = 4; needs enterprises ≥ 10"

  Scenario: OP-CR-2-02 passes with ten enterprises followed up and their answers written down
    Given the evidence:
      | id  | topic                  | kind   | issued     | attributes |
      | E1 | post_service_follow_up | record | 2026-02-03 | enterprise=华达精密机械; feedback=满意，材料清单清楚 |
      | E2 | post_service_follow_up | record | 2026-03-11 | enterprise=青禾食品; feedback=问题已解决 |
      | E3 | post_service_follow_up | record | 2026-04-07 | enterprise=云帆软件; feedback=建议增加线上预约 |
      | E4 | post_service_follow_up | record | 2026-05-19 | enterprise=恒通物流; feedback=基本满意，等待稍长 |
      | E5 | post_service_follow_up | record | 2026-06-02 | enterprise=明远纺织; feedback=服务专业 |
      | E6 | post_service_follow_up | record | 2026-06-28 | enterprise=星辰电子; feedback=满意，材料清单清楚 |
      | E7 | post_service_follow_up | record | 2026-07-16 | enterprise=绿源农业; feedback=问题已解决 |
      | E8 | post_service_follow_up | record | 2026-08-25 | enterprise=锦程服饰; feedback=建议增加线上预约 |
      | E9 | post_service_follow_up | record | 2026-09-09 | enterprise=海川建材; feedback=基本满意，等待稍长 |
      | E10 | post_service_follow_up | record | 2026-10-13 | enterprise=博远医疗; feedback=服务专业 |
    When the bundle is assessed
    Then criterion OP-CR-2-02 passes
    And criterion OP-CR-2-02 cites E10

  Scenario: OP-CR-2-02 fails when two follow-ups only say the enterprise was called
    Given the evidence:
      | id  | topic                  | kind   | issued     | attributes |
      | E1 | post_service_follow_up | record | 2026-02-03 | enterprise=华达精密机械; feedback=满意，材料清单清楚 |
      | E2 | post_service_follow_up | record | 2026-03-11 | enterprise=青禾食品; feedback=问题已解决 |
      | E3 | post_service_follow_up | record | 2026-04-07 | enterprise=云帆软件; feedback=建议增加线上预约 |
      | E4 | post_service_follow_up | record | 2026-05-19 | enterprise=恒通物流; feedback=基本满意，等待稍长 |
      | E5 | post_service_follow_up | record | 2026-06-02 | enterprise=明远纺织; feedback=服务专业 |
      | E6 | post_service_follow_up | record | 2026-06-28 | enterprise=星辰电子; feedback=满意，材料清单清楚 |
      | E7 | post_service_follow_up | record | 2026-07-16 | enterprise=绿源农业; feedback=问题已解决 |
      | E8 | post_service_follow_up | record | 2026-08-25 | enterprise=锦程服饰; feedback=建议增加线上预约 |
      | E9 | post_service_follow_up | record | 2026-09-09 | enterprise=海川建材 |
      | E10 | post_service_follow_up | record | 2026-10-13 | enterprise=博远医疗 |
    When the bundle is assessed
    Then criterion OP-CR-2-02 fails
    And the finding for OP-CR-2-02 says "found 8"
    And the finding for OP-CR-2-02 says "E9 does not count: it records no feedback"

  Scenario: OP-CR-2-02 fails when ten calls went to three enterprises
    Given the evidence:
      | id  | topic                  | kind   | issued     | attributes |
      | E1 | post_service_follow_up | record | 2026-02-03 | enterprise=华达精密机械; feedback=满意，材料清单清楚 |
      | E2 | post_service_follow_up | record | 2026-03-11 | enterprise=青禾食品; feedback=问题已解决 |
      | E3 | post_service_follow_up | record | 2026-04-07 | enterprise=云帆软件; feedback=建议增加线上预约 |
      | E4 | post_service_follow_up | record | 2026-05-19 | enterprise=华达精密机械; feedback=基本满意，等待稍长 |
      | E5 | post_service_follow_up | record | 2026-06-02 | enterprise=青禾食品; feedback=服务专业 |
      | E6 | post_service_follow_up | record | 2026-06-28 | enterprise=云帆软件; feedback=满意，材料清单清楚 |
      | E7 | post_service_follow_up | record | 2026-07-16 | enterprise=华达精密机械; feedback=问题已解决 |
      | E8 | post_service_follow_up | record | 2026-08-25 | enterprise=青禾食品; feedback=建议增加线上预约 |
      | E9 | post_service_follow_up | record | 2026-09-09 | enterprise=云帆软件; feedback=基本满意，等待稍长 |
      | E10 | post_service_follow_up | record | 2026-10-13 | enterprise=华达精密机械; feedback=服务专业 |
    When the bundle is assessed
    Then criterion OP-CR-2-02 fails
    And the finding for OP-CR-2-02 says "found 3 distinct values of enterprise"

  Scenario: OP-CR-3-01 passes with five diagnosed key-enterprise plans and account managers
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes |
      | E1 | key_client_service_plan | document | 2026-02-10 | enterprise=华达精密机械; account_manager=王敏; diagnosis=华达精密机械需求诊断报告 |
      | E2 | key_client_service_plan | document | 2026-02-24 | enterprise=青禾食品; account_manager=王敏; diagnosis=青禾食品需求诊断报告 |
      | E3 | key_client_service_plan | document | 2026-03-15 | enterprise=云帆软件; account_manager=李强; diagnosis=云帆软件需求诊断报告 |
      | E4 | key_client_service_plan | document | 2026-04-02 | enterprise=恒通物流; account_manager=李强; diagnosis=恒通物流需求诊断报告 |
      | E5 | key_client_service_plan | record | 2026-05-18 | enterprise=明远纺织; account_manager=陈洁; diagnosis=明远纺织需求诊断报告 |
    When the bundle is assessed
    Then criterion OP-CR-3-01 passes

  Scenario: OP-CR-3-01 fails when one plan rests on no diagnosis
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes |
      | E1 | key_client_service_plan | document | 2026-02-10 | enterprise=华达精密机械; account_manager=王敏; diagnosis=华达精密机械需求诊断报告 |
      | E2 | key_client_service_plan | document | 2026-02-24 | enterprise=青禾食品; account_manager=王敏; diagnosis=青禾食品需求诊断报告 |
      | E3 | key_client_service_plan | document | 2026-03-15 | enterprise=云帆软件; account_manager=李强; diagnosis=云帆软件需求诊断报告 |
      | E4 | key_client_service_plan | document | 2026-04-02 | enterprise=恒通物流; account_manager=李强; diagnosis=恒通物流需求诊断报告 |
      | E5 | key_client_service_plan | record | 2026-05-18 | enterprise=明远纺织; account_manager=陈洁 |
    When the bundle is assessed
    Then criterion OP-CR-3-01 fails
    And the finding for OP-CR-3-01 says "E5 does not count: it records no diagnosis; needs diagnosis recorded"

  Scenario: OP-CR-3-01 fails when two of the five plans are for one enterprise
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes |
      | E1 | key_client_service_plan | document | 2026-02-10 | enterprise=华达精密机械; account_manager=王敏; diagnosis=华达精密机械需求诊断报告 |
      | E2 | key_client_service_plan | document | 2026-02-24 | enterprise=青禾食品; account_manager=王敏; diagnosis=青禾食品需求诊断报告 |
      | E3 | key_client_service_plan | document | 2026-03-15 | enterprise=云帆软件; account_manager=李强; diagnosis=云帆软件需求诊断报告 |
      | E4 | key_client_service_plan | document | 2026-04-02 | enterprise=恒通物流; account_manager=李强; diagnosis=恒通物流需求诊断报告 |
      | E5 | key_client_service_plan | record | 2026-05-18 | enterprise=华达精密机械; account_manager=陈洁; diagnosis=华达精密机械需求诊断报告 |
    When the bundle is assessed
    Then criterion OP-CR-3-01 fails
    And the finding for OP-CR-3-01 says "found 4 distinct values of enterprise"

  Scenario: OP-CR-4-01 passes with satisfaction measured for four quarters, the 88.4 quarter analysed and acted on
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit  | period  | refers_to | attributes                                                                                   |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |       |         |           | subdomain=OP-CR; indicator=回访满意度; baseline=86; target=90; direction=higher_better; owner=客户服务处 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 90.6  | score | 2025-Q4 | D1        | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 88.4  | score | 2026-Q1 | D1        | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 90.2  | score | 2026-Q2 | D1        | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 91.0  | score | 2026-Q3 | D1        | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | A1 | deviation_analysis    | record   | 2026-04-28 |          |       |       |         | M2        | subdomain=OP-CR; cause=入驻机构履约不到位; action=暂停派单并专项回访; action_status=verified |
    When the bundle is assessed
    Then criterion OP-CR-4-01 passes

  Scenario: Probe: OP-CR-4-01 fails on four indicators measured once each — one indicator must be followed over four quarters
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit  | period  | refers_to | attributes                                                                                   |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |       |         |           | subdomain=OP-CR; indicator=回访满意度; baseline=86; target=90; direction=higher_better; owner=客户服务处 |
      | D2 | indicator_definition  | document | 2025-09-01 | yes      |       |       |         |           | subdomain=OP-CR; indicator=重复合作率; baseline=20; target=30; direction=higher_better; owner=客户服务处 |
      | D3 | indicator_definition  | document | 2025-09-01 | yes      |       |       |         |           | subdomain=OP-CR; indicator=推荐意愿; baseline=30; target=40; direction=higher_better; owner=客户服务处 |
      | D4 | indicator_definition  | document | 2025-09-01 | yes      |       |       |         |           | subdomain=OP-CR; indicator=重点企业走访率; baseline=60; target=80; direction=higher_better; owner=客户服务处 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 90.6  | score | 2025-Q4 | D1        | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 31    | %     | 2026-Q1 | D2        | subdomain=OP-CR; target=30; direction=higher_better                                          |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 42    | score | 2026-Q2 | D3        | subdomain=OP-CR; target=40; direction=higher_better                                          |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 85    | %     | 2026-Q3 | D4        | subdomain=OP-CR; target=80; direction=higher_better                                          |
    When the bundle is assessed
    Then criterion OP-CR-4-01 fails
    And the finding for OP-CR-4-01 says "D1 does not count: it has quarters_measured = 1; needs quarters_measured ≥ 4"

  Scenario: Probe: OP-CR-4-01 fails when three of the four quarters' figures refer to no definition
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit  | period  | refers_to | attributes                                                                                   |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |       |         |           | subdomain=OP-CR; indicator=回访满意度; baseline=86; target=90; direction=higher_better; owner=客户服务处 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 90.6  | score | 2025-Q4 | D1        | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 90.4  | score | 2026-Q1 |           | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 90.2  | score | 2026-Q2 |           | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 91.0  | score | 2026-Q3 |           | subdomain=OP-CR; target=90; direction=higher_better                                          |
    When the bundle is assessed
    Then criterion OP-CR-4-01 fails
    And the finding for OP-CR-4-01 says "D1 does not count: it has quarters_measured = 1"

  Scenario: Probe: OP-CR-4-01 fails on an indicator defined after its four quarters were known
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit  | period  | refers_to | attributes                                                                                   |
      | D1 | indicator_definition  | document | 2026-10-20 | yes      |       |       |         |           | subdomain=OP-CR; indicator=回访满意度; baseline=86; target=90; direction=higher_better; owner=客户服务处 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 90.6  | score | 2025-Q4 | D1        | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 90.4  | score | 2026-Q1 | D1        | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 90.2  | score | 2026-Q2 | D1        | subdomain=OP-CR; target=90; direction=higher_better                                          |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 91.0  | score | 2026-Q3 | D1        | subdomain=OP-CR; target=90; direction=higher_better                                          |
    When the bundle is assessed
    Then criterion OP-CR-4-01 fails
    And the finding for OP-CR-4-01 says "D1 does not count: it has quarters_measured = 0"

  Scenario: OP-CR-4-01 fails when the indicator has no baseline
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit  | period  | refers_to | attributes                                                                        |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |       |         |           | subdomain=OP-CR; indicator=回访满意度; target=90; direction=higher_better; owner=客户服务处 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 90.6  | score | 2025-Q4 | D1        | subdomain=OP-CR; target=90; direction=higher_better                               |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 90.4  | score | 2026-Q1 | D1        | subdomain=OP-CR; target=90; direction=higher_better                               |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 90.2  | score | 2026-Q2 | D1        | subdomain=OP-CR; target=90; direction=higher_better                               |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 91.0  | score | 2026-Q3 | D1        | subdomain=OP-CR; target=90; direction=higher_better                               |
    When the bundle is assessed
    Then criterion OP-CR-4-01 fails
    And the finding for OP-CR-4-01 says "D1 does not count: it records no baseline"

  Scenario: OP-CR-5-01 passes with two co-creation panels and client recommendation second of 31 in a sector evaluation
    Given the evidence:
      | id | topic                    | kind     | issued     | attributes                                                                                          |
      | E1 | client_co_creation_panel | record   | 2026-04-22 | participants=12; proposals_adopted=3                                                                |
      | E2 | client_co_creation_panel | record   | 2026-10-16 | participants=9; proposals_adopted=1                                                                 |
      | E3 | sector_benchmark         | document | 2026-08-28 | indicator=client_recommendation; source=中国中小企业服务联盟运营评价报告2026; peers_compared=31; rank=2 |
    When the bundle is assessed
    Then criterion OP-CR-5-01 passes
    And criterion OP-CR-5-01 cites E3

  Scenario: Probe: OP-CR-5-01 fails on a high NPS of the provider's own with no sector comparison
    Given the evidence:
      | id | topic                     | kind   | issued     | value | unit  | attributes                           |
      | E1 | client_co_creation_panel  | record | 2026-04-22 |       |       | participants=12; proposals_adopted=3 |
      | E2 | client_co_creation_panel  | record | 2026-10-16 |       |       | participants=9; proposals_adopted=1  |
      | E3 | client_net_promoter_score | metric | 2026-10-05 | 62    | score |                                      |
    When the bundle is assessed
    Then criterion OP-CR-5-01 fails
    And the finding for OP-CR-5-01 says "no document or record of topic 'sector_benchmark'"

  Scenario: OP-CR-5-01 fails when the sector evaluation ranks the provider 9th of 16
    Given the evidence:
      | id | topic                    | kind     | issued     | attributes                                                                                                      |
      | E1 | client_co_creation_panel | record   | 2026-04-22 | participants=12; proposals_adopted=3                                                                            |
      | E2 | client_co_creation_panel | record   | 2026-10-16 | participants=9; proposals_adopted=1                                                                             |
      | E3 | sector_benchmark         | document | 2026-09-18 | indicator=client_recommendation; source=省级中小企业服务机构运营评价报告2026; peers_compared=16; rank=9; percentile=50 |
    When the bundle is assessed
    Then criterion OP-CR-5-01 fails
    And the finding for OP-CR-5-01 says "E3 does not count: it has rank = 9; has percentile = 50"

  Scenario: OP-CR-5-01 fails when the "top three" were among four peers
    Given the evidence:
      | id | topic                    | kind     | issued     | attributes                                                                                         |
      | E1 | client_co_creation_panel | record   | 2026-04-22 | participants=12; proposals_adopted=3                                                               |
      | E2 | client_co_creation_panel | record   | 2026-10-16 | participants=9; proposals_adopted=1                                                                |
      | E3 | sector_benchmark         | document | 2026-09-18 | indicator=client_satisfaction; source=市内四家服务机构满意度比较; peers_compared=4; rank=1; percentile=100 |
    When the bundle is assessed
    Then criterion OP-CR-5-01 fails
    And the finding for OP-CR-5-01 says "has peers_compared = 4; needs peers_compared ≥ 10"

  Scenario: OP-CR-5-01 fails when the panel's proposals were never adopted
    Given the evidence:
      | id | topic                    | kind     | issued     | attributes                                                                                          |
      | E1 | client_co_creation_panel | record   | 2026-04-22 | participants=12; proposals_adopted=0                                                                |
      | E2 | client_co_creation_panel | record   | 2026-10-16 | participants=9; proposals_adopted=1                                                                 |
      | E3 | sector_benchmark         | document | 2026-08-28 | indicator=client_recommendation; source=中国中小企业服务联盟运营评价报告2026; peers_compared=31; rank=2 |
    When the bundle is assessed
    Then criterion OP-CR-5-01 fails
    And the finding for OP-CR-5-01 says "E1 does not count: it has proposals_adopted = 0; needs proposals_adopted ≥ 1"

  # ------------------------------------------ CP complaints and problem handling

  Scenario: OP-CP-1-01 passes with a complaint line seen at the window and a register with no complaints
    Given the evidence:
      | id | topic                    | kind        | issued     | attributes           |
      | E1 | complaint_channel_notice | observation | 2026-10-30 | contact=0571-88886699 |
      | E2 | complaint_register       | record      | 2026-09-30 | entries=0            |
    When the bundle is assessed
    Then criterion OP-CP-1-01 passes

  Scenario: OP-CP-1-01 fails when complaints are not registered
    Given the evidence:
      | id | topic                    | kind        | issued     | attributes           |
      | E1 | complaint_channel_notice | observation | 2026-10-30 | contact=0571-88886699 |
    When the bundle is assessed
    Then criterion OP-CP-1-01 fails
    And the finding for OP-CP-1-01 says "no record or system of topic 'complaint_register'"

  Scenario: OP-CP-1-01 fails when the notice names no one to complain to
    Given the evidence:
      | id | topic                    | kind     | issued     | attributes |
      | E1 | complaint_channel_notice | document | 2026-01-30 |            |
      | E2 | complaint_register       | record   | 2026-09-30 | entries=2  |
    When the bundle is assessed
    Then criterion OP-CP-1-01 fails
    And the finding for OP-CP-1-01 says "E1 does not count: it records no contact; needs contact recorded"

  Scenario: OP-CP-2-01 passes with a 15-day closure limit and a named escalation, the procedure seen by the assessor
    Given the evidence:
      | id | topic               | kind     | issued     | approved | verified | attributes                                   |
      | E1 | complaint_procedure | document | 2025-09-01 | yes      | yes      | closure_limit_days=15; escalation_to=分管副主任 |
    When the bundle is assessed
    Then criterion OP-CP-2-01 passes

  Scenario: OP-CP-2-01 fails when the procedure allows 60 days
    Given the evidence:
      | id | topic               | kind     | issued     | approved | verified | attributes                                   |
      | E1 | complaint_procedure | document | 2025-09-01 | yes      | yes      | closure_limit_days=60; escalation_to=分管副主任 |
    When the bundle is assessed
    Then criterion OP-CP-2-01 fails
    And the finding for OP-CP-2-01 says "has closure_limit_days = 60; needs closure_limit_days ≤ 30"

  Scenario: OP-CP-2-01 fails when the procedure names no one to take over a late complaint
    Given the evidence:
      | id | topic               | kind     | issued     | approved | verified | attributes            |
      | E1 | complaint_procedure | document | 2025-09-01 | yes      | yes      | closure_limit_days=15 |
    When the bundle is assessed
    Then criterion OP-CP-2-01 fails
    And the finding for OP-CP-2-01 says "E1 does not count: it records no escalation_to"

  Scenario: OP-CP-2-01 fails when the procedure has lapsed
    Given the evidence:
      | id | topic               | kind     | issued     | valid_until | approved | verified | attributes                                   |
      | E1 | complaint_procedure | document | 2023-09-01 | 2026-08-31  | yes      | yes      | closure_limit_days=15; escalation_to=分管副主任 |
    When the bundle is assessed
    Then criterion OP-CP-2-01 fails
    And the finding for OP-CP-2-01 says "E1 does not count: it expired on 2026-08-31"

  Scenario: OP-CP-2-01 fails on a procedure only described in the bundle
    Given the evidence:
      | id | topic               | kind     | issued     | approved | attributes                                   |
      | E1 | complaint_procedure | document | 2025-09-01 | yes      | closure_limit_days=15; escalation_to=分管副主任 |
    When the bundle is assessed
    Then criterion OP-CP-2-01 fails
    And the finding for OP-CP-2-01 says "only claimed: E1 has no attached document"

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

  Scenario: Probe: OP-CP-3-01 fails on a complaint received 60 days ago, still open, that declares 5 days open
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                               |
      | E1 | complaint_register | system | 2026-10-28 | entries=1; open=1; open_over_30_days=0   |
      | E2 | client_complaint   | record | 2026-09-02 | status=open; days_open=5; severity=minor |
    When the bundle is assessed
    Then criterion OP-CP-3-01 fails
    And the finding for OP-CP-3-01 says "must not exist, but E2 does"
    And the report cautions "E2 declares days_open = 5"

  Scenario: OP-CP-3-03 passes when the closed complaint was called back by someone other than its handler
    Given the evidence:
      | id | topic              | kind   | issued     | refers_to | attributes                                        |
      | E1 | client_complaint   | record | 2026-05-06 |           | status=closed; closed=2026-05-20; severity=minor  |
      | E2 | client_complaint   | record | 2026-10-20 |           | status=open; severity=minor                       |
      | E3 | complaint_callback | record | 2026-05-26 | E1        | called_by=质检专员 李娜; complainant_view=accepted |
    When the bundle is assessed
    Then criterion OP-CP-3-03 passes
    And criterion OP-CP-3-03 cites E3

  Scenario: OP-CP-3-03 passes for a provider with no complaint this year and a register that shows none
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                             |
      | E1 | complaint_register | record | 2026-10-28 | entries=0; open=0; open_over_30_days=0 |
    When the bundle is assessed
    Then criterion OP-CP-3-03 passes

  Scenario: OP-CP-3-03 fails when one of two closed complaints was never called back
    Given the evidence:
      | id | topic              | kind   | issued     | refers_to | attributes                                        |
      | E1 | client_complaint   | record | 2026-05-06 |           | status=closed; closed=2026-05-20; severity=minor  |
      | E2 | client_complaint   | record | 2026-08-11 |           | status=closed; closed=2026-08-18; severity=minor  |
      | E3 | complaint_callback | record | 2026-05-26 | E1        | called_by=质检专员 李娜; complainant_view=accepted |
    When the bundle is assessed
    Then criterion OP-CP-3-03 fails
    And the finding for OP-CP-3-03 says "E2 has no record or system of topic 'complaint_callback'"

  Scenario: OP-CP-3-03 fails when the register is empty but a complaint was received this year
    Given the evidence:
      | id | topic              | kind   | issued     | attributes                                       |
      | E1 | complaint_register | record | 2026-10-28 | entries=0; open=0; open_over_30_days=0           |
      | E2 | client_complaint   | record | 2026-08-11 | status=closed; closed=2026-08-18; severity=minor |
    When the bundle is assessed
    Then criterion OP-CP-3-03 fails

  Scenario: OP-CP-4-01 passes with closure time measured for four quarters, all within the 6-day ceiling
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                  |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-CP; indicator=投诉平均办结时长; baseline=8; target=6; direction=lower_better; owner=监督室 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 5.6   | d    | 2025-Q4 | D1        | subdomain=OP-CP; target=6; direction=lower_better                                           |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 5.9   | d    | 2026-Q1 | D1        | subdomain=OP-CP; target=6; direction=lower_better                                           |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 5.1   | d    | 2026-Q2 | D1        | subdomain=OP-CP; target=6; direction=lower_better                                           |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 5.4   | d    | 2026-Q3 | D1        | subdomain=OP-CP; target=6; direction=lower_better                                           |
    When the bundle is assessed
    Then criterion OP-CP-4-01 passes

  Scenario: OP-CP-4-01 fails when the quarter at 7.2 days has no deviation analysis
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | refers_to | attributes                                                                                  |
      | D1 | indicator_definition  | document | 2025-09-01 | yes      |       |      |         |           | subdomain=OP-CP; indicator=投诉平均办结时长; baseline=8; target=6; direction=lower_better; owner=监督室 |
      | M1 | indicator_measurement | metric   | 2026-01-12 |          | 5.6   | d    | 2025-Q4 | D1        | subdomain=OP-CP; target=6; direction=lower_better                                           |
      | M2 | indicator_measurement | metric   | 2026-04-10 |          | 7.2   | d    | 2026-Q1 | D1        | subdomain=OP-CP; target=6; direction=lower_better                                           |
      | M3 | indicator_measurement | metric   | 2026-07-10 |          | 5.1   | d    | 2026-Q2 | D1        | subdomain=OP-CP; target=6; direction=lower_better                                           |
      | M4 | indicator_measurement | metric   | 2026-10-12 |          | 5.4   | d    | 2026-Q3 | D1        | subdomain=OP-CP; target=6; direction=lower_better                                           |
    When the bundle is assessed
    Then criterion OP-CP-4-01 fails
    And the finding for OP-CP-4-01 says "M2 has no evidence item of topic 'deviation_analysis'"

  Scenario: OP-CP-5-01 passes with the sector's third-lowest complaint rate and only minor or older major complaints
    Given the evidence:
      | id | topic              | kind     | issued     | attributes                                                                                         |
      | E1 | sector_benchmark   | document | 2026-08-28 | indicator=complaint_rate; source=中国中小企业服务联盟运营评价报告2026; peers_compared=31; rank=3; percentile=90 |
      | E2 | client_complaint   | record   | 2026-07-14 | status=closed; closed=2026-07-20; severity=minor                                                   |
      | E3 | client_complaint   | record   | 2025-06-02 | status=closed; closed=2025-06-23; severity=major                                                   |
      | E4 | complaint_register | system   | 2026-10-28 | entries=2; open=0; open_over_30_days=0                                                             |
    When the bundle is assessed
    Then criterion OP-CP-5-01 passes

  Scenario: OP-CP-5-01 fails after a major complaint this year
    Given the evidence:
      | id | topic              | kind     | issued     | attributes                                                                                         |
      | E1 | sector_benchmark   | document | 2026-08-28 | indicator=complaint_rate; source=中国中小企业服务联盟运营评价报告2026; peers_compared=31; rank=3; percentile=90 |
      | E2 | client_complaint   | record   | 2026-04-10 | status=closed; closed=2026-04-19; severity=major                                                   |
      | E4 | complaint_register | system   | 2026-10-28 | entries=1; open=0; open_over_30_days=0                                                             |
    When the bundle is assessed
    Then criterion OP-CP-5-01 fails
    And the finding for OP-CP-5-01 says "must not exist, but E2 does"

  Scenario: Probe: OP-CP-5-01 fails on a low complaint rate of the provider's own with no sector comparison
    Given the evidence:
      | id | topic                      | kind   | issued     | value | unit | attributes                             |
      | E1 | complaint_rate_per_service | metric | 2026-10-05 | 0.1   | %    |                                        |
      | E4 | complaint_register         | system | 2026-10-28 |       |      | entries=0; open=0; open_over_30_days=0 |
    When the bundle is assessed
    Then criterion OP-CP-5-01 fails
    And the finding for OP-CP-5-01 says "no document or record of topic 'sector_benchmark'"

  Scenario: OP-CP-5-01 fails when the complaint rate sits mid-table, 8th of 20
    Given the evidence:
      | id | topic              | kind     | issued     | attributes                                                                                    |
      | E1 | sector_benchmark   | document | 2026-08-28 | indicator=complaint_rate; source=省服务机构运营评价2026; peers_compared=20; rank=8; percentile=60 |
      | E4 | complaint_register | system   | 2026-10-28 | entries=0; open=0; open_over_30_days=0                                                        |
    When the bundle is assessed
    Then criterion OP-CP-5-01 fails
    And the finding for OP-CP-5-01 says "E1 does not count: it has rank = 8; has percentile = 60"

  # --------------------------------------- OD operational data and platform operation

  Scenario: OP-OD-1-01 passes with the statistics of September and October
    Given the evidence:
      | id | topic                       | kind   | issued     | attributes                                                   |
      | E1 | periodic_service_statistics | record | 2026-10-08 | period=2026-09; enterprises_served=186; services_delivered=412 |
      | E2 | periodic_service_statistics | system | 2026-10-31 | period=2026-10; enterprises_served=171; services_delivered=398 |
    When the bundle is assessed
    Then criterion OP-OD-1-01 passes

  Scenario: OP-OD-1-01 fails when the latest statistics are from spring
    Given the evidence:
      | id | topic                       | kind   | issued     | attributes                                                   |
      | E1 | periodic_service_statistics | record | 2026-03-31 | period=2026-03; enterprises_served=150; services_delivered=330 |
      | E2 | periodic_service_statistics | record | 2026-04-30 | period=2026-04; enterprises_served=162; services_delivered=351 |
    When the bundle is assessed
    Then criterion OP-OD-1-01 fails
    And the finding for OP-OD-1-01 says "E1 does not count: it dates from 2026-03-31"

  Scenario: OP-OD-1-01 fails on two copies of one month's statistics
    Given the evidence:
      | id | topic                       | kind   | issued     | attributes                                                   |
      | E1 | periodic_service_statistics | record | 2026-10-08 | period=2026-09; enterprises_served=186; services_delivered=412 |
      | E2 | periodic_service_statistics | system | 2026-10-10 | period=2026年9月; enterprises_served=186; services_delivered=412 |
    When the bundle is assessed
    Then criterion OP-OD-1-01 fails
    And the finding for OP-OD-1-01 says "found 1 distinct period"

  Scenario: OP-OD-2-01 passes with operating rules seen by the assessor and two quarterly reports
    Given the evidence:
      | id | topic               | kind     | issued     | approved | verified | attributes                                                         |
      | E1 | operations_rulebook | document | 2025-12-15 | yes      | yes      | covers=[staff_duties,service_records,statistics_reporting,conduct] |
      | E2 | operations_report   | document | 2026-07-10 |          | yes      | period=2026-Q2                                                     |
      | E3 | operations_report   | document | 2026-10-12 |          | yes      | period=2026-Q3                                                     |
    When the bundle is assessed
    Then criterion OP-OD-2-01 passes

  Scenario: OP-OD-2-01 fails when the rules say nothing about statistics reporting
    Given the evidence:
      | id | topic               | kind     | issued     | approved | verified | attributes                                    |
      | E1 | operations_rulebook | document | 2025-12-15 | yes      | yes      | covers=[staff_duties,service_records,conduct] |
      | E2 | operations_report   | document | 2026-07-10 |          | yes      | period=2026-Q2                                |
      | E3 | operations_report   | document | 2026-10-12 |          | yes      | period=2026-Q3                                |
    When the bundle is assessed
    Then criterion OP-OD-2-01 fails
    And the finding for OP-OD-2-01 says "E1 does not count: it has covers = [staff_duties, service_records, conduct]"

  Scenario: Probe: OP-OD-2-01 fails on two rulebooks that each cover one of the two matters
    Given the evidence:
      | id | topic               | kind     | issued     | approved | verified | attributes                           |
      | E1 | operations_rulebook | document | 2025-12-15 | yes      | yes      | covers=[staff_duties,service_records] |
      | E2 | operations_rulebook | document | 2026-02-10 | yes      | yes      | covers=[statistics_reporting]         |
      | E3 | operations_report   | document | 2026-07-10 |          | yes      | period=2026-Q2                        |
      | E4 | operations_report   | document | 2026-10-12 |          | yes      | period=2026-Q3                        |
    When the bundle is assessed
    Then criterion OP-OD-2-01 fails
    And the finding for OP-OD-2-01 says "no approved document of topic 'operations_rulebook'"

  Scenario: OP-OD-2-01 fails with only one operations report in 200 days
    Given the evidence:
      | id | topic               | kind     | issued     | approved | verified | attributes                                                         |
      | E1 | operations_rulebook | document | 2025-12-15 | yes      | yes      | covers=[staff_duties,service_records,statistics_reporting,conduct] |
      | E2 | operations_report   | document | 2026-01-10 |          | yes      | period=2025-Q4                                                     |
      | E3 | operations_report   | document | 2026-10-12 |          | yes      | period=2026-Q3                                                     |
    When the bundle is assessed
    Then criterion OP-OD-2-01 fails
    And the finding for OP-OD-2-01 says "found 1 (E3)"

  Scenario: OP-OD-3-01 passes when the assessor sees the system used and 97 % of records are complete
    Given the evidence:
      | id | topic                         | kind        | issued     | value | unit | attributes                          |
      | E1 | operations_information_system | observation | 2026-10-30 |       |      | modules=[request,delivery,follow_up] |
      | E2 | service_record_completeness   | metric      | 2026-09-15 | 97    | %    |                                     |
    When the bundle is assessed
    Then criterion OP-OD-3-01 passes

  Scenario: OP-OD-3-01 fails on screenshots of a system nobody was seen using
    Given the evidence:
      | id | topic                         | kind   | issued     | value | unit | attributes                          |
      | E1 | operations_information_system | system | 2026-10-30 |       |      | modules=[request,delivery,follow_up] |
      | E2 | service_record_completeness   | metric | 2026-09-15 | 97    | %    |                                     |
    When the bundle is assessed
    Then criterion OP-OD-3-01 fails
    And the finding for OP-OD-3-01 says "no observation of topic 'operations_information_system'"

  Scenario: OP-OD-4-01 passes when 70 % of four quarters' requests came through the platform
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                                |
      | E1 | request_channel_statistics | system | 2026-01-12 | period=2025-Q4; all_requests=9120; platform_requests=6020  |
      | E2 | request_channel_statistics | system | 2026-04-10 | period=2026-Q1; all_requests=8840; platform_requests=5930  |
      | E3 | request_channel_statistics | system | 2026-07-10 | period=2026-Q2; all_requests=10260; platform_requests=7080 |
      | E4 | request_channel_statistics | system | 2026-10-12 | period=2026-Q3; all_requests=9985; platform_requests=7010  |
    When the bundle is assessed
    Then criterion OP-OD-4-01 passes
    And criterion OP-OD-4-01 cites E4

  Scenario: OP-OD-4-01 fails when requests still come mostly by phone and on paper
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                              |
      | E1 | request_channel_statistics | system | 2026-01-12 | period=2025-Q4; all_requests=2410; platform_requests=1205 |
      | E2 | request_channel_statistics | system | 2026-04-10 | period=2026-Q1; all_requests=2290; platform_requests=1190 |
      | E3 | request_channel_statistics | system | 2026-07-10 | period=2026-Q2; all_requests=2655; platform_requests=1460 |
      | E4 | request_channel_statistics | system | 2026-10-12 | period=2026-Q3; all_requests=2790; platform_requests=1590 |
    When the bundle is assessed
    Then criterion OP-OD-4-01 fails
    And the finding for OP-OD-4-01 says "Σ platform_requests / Σ all_requests = 53.6"

  Scenario: OP-OD-4-01 fails on one good quarter
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes                                               |
      | E1 | request_channel_statistics | system | 2026-10-12 | period=2026-Q3; all_requests=9985; platform_requests=8010 |
    When the bundle is assessed
    Then criterion OP-OD-4-01 fails
    And the finding for OP-OD-4-01 says "found 1 distinct quarter"

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
