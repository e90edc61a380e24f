Feature: 服务战略 Service strategy (ST)
  Every criterion of clause 5 in the reference catalogue, shown passing on
  evidence an assessor would accept and failing for a stated reason.

  Background:
    Given an assessment dated 2026-11-01

  # ------------------------------------------------------------ SG strategy and goals

  Scenario: ST-SG-1-01 passes with an approved work plan issued this year
    Given the evidence:
      | id | topic            | kind     | issued     | approved | attributes                     |
      | E1 | annual_work_plan | document | 2026-01-08 | yes      | year=2026; services_planned=14 |
    When the bundle is assessed
    Then criterion ST-SG-1-01 passes
    And criterion ST-SG-1-01 cites E1

  Scenario: ST-SG-1-01 fails when the plan was never approved
    Given the evidence:
      | id | topic            | kind     | issued     | attributes                     |
      | E1 | annual_work_plan | document | 2026-01-08 | year=2026; services_planned=14 |
    When the bundle is assessed
    Then criterion ST-SG-1-01 fails
    And the finding for ST-SG-1-01 says "E1 does not count: it is not approved"

  Scenario: ST-SG-1-01 fails when the plan schedules only one activity
    Given the evidence:
      | id | topic            | kind     | issued     | approved | attributes                    |
      | E1 | annual_work_plan | document | 2026-01-08 | yes      | year=2026; services_planned=1 |
    When the bundle is assessed
    Then criterion ST-SG-1-01 fails
    And the finding for ST-SG-1-01 says "needs services_planned ≥ 3"

  Scenario: ST-SG-2-01 passes with three goals that state targets and deadlines
    Given the evidence:
      | id | topic         | kind     | issued     | approved | attributes                        |
      | E1 | service_goals | document | 2026-01-15 | yes      | goal_count=6; quantified_goals=4 |
    When the bundle is assessed
    Then criterion ST-SG-2-01 passes

  Scenario: ST-SG-2-01 fails when the goals have no target values
    Given the evidence:
      | id | topic         | kind     | issued     | approved | attributes                        |
      | E1 | service_goals | document | 2026-01-15 | yes      | goal_count=6; quantified_goals=0 |
    When the bundle is assessed
    Then criterion ST-SG-2-01 fails
    And the finding for ST-SG-2-01 says "needs quantified_goals ≥ 3"

  Scenario: ST-SG-2-02 passes with a two-year service development plan in force whose progress was reviewed
    Given the evidence:
      | id | topic                      | kind     | issued     | valid_until | approved | attributes                     | refers_to |
      | E1 | service_development_plan   | document | 2026-01-20 | 2027-12-31  | yes      | horizon_years=2; initiatives=4 |           |
      | E2 | service_development_review | record   | 2026-07-10 |             |          | initiatives_reviewed=4         | E1        |
    When the bundle is assessed
    Then criterion ST-SG-2-02 passes
    And criterion ST-SG-2-02 cites E1

  Scenario: ST-SG-2-02 fails when the plan names too few initiatives
    Given the evidence:
      | id | topic                      | kind     | issued     | valid_until | approved | attributes                     | refers_to |
      | E1 | service_development_plan   | document | 2026-01-20 | 2027-12-31  | yes      | horizon_years=2; initiatives=2 |           |
      | E2 | service_development_review | record   | 2026-07-10 |             |          | initiatives_reviewed=2         | E1        |
    When the bundle is assessed
    Then criterion ST-SG-2-02 fails
    And the finding for ST-SG-2-02 says "needs initiatives ≥ 3"

  Scenario: ST-SG-2-02 fails when nobody followed the plan up
    Given the evidence:
      | id | topic                    | kind     | issued     | valid_until | approved | attributes                     |
      | E1 | service_development_plan | document | 2026-01-20 | 2027-12-31  | yes      | horizon_years=2; initiatives=5 |
    When the bundle is assessed
    Then criterion ST-SG-2-02 fails
    And the finding for ST-SG-2-02 says "service_development_review"

  Scenario: ST-SG-2-02 fails on an expired plan
    Given the evidence:
      | id | topic                      | kind     | issued     | valid_until | approved | attributes                     | refers_to |
      | E1 | service_development_plan   | document | 2023-12-20 | 2025-12-31  | yes      | horizon_years=2; initiatives=5 |           |
      | E2 | service_development_review | record   | 2026-07-10 |             |          | initiatives_reviewed=5         | E1        |
    When the bundle is assessed
    Then criterion ST-SG-2-02 fails
    And the finding for ST-SG-2-02 says "expired on 2025-12-31"

  Scenario: ST-SG-3-01 passes with a five-year plan in force
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes      |
      | E1 | strategic_plan | document | 2025-12-20 | 2030-12-31  | yes      | horizon_years=5 |
    When the bundle is assessed
    Then criterion ST-SG-3-01 passes

  Scenario: ST-SG-3-01 fails when the plan's period has ended
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes      |
      | E1 | strategic_plan | document | 2021-02-20 | 2025-12-31  | yes      | horizon_years=5 |
    When the bundle is assessed
    Then criterion ST-SG-3-01 fails
    And the finding for ST-SG-3-01 says "expired on 2025-12-31"

  Scenario: ST-SG-3-02 passes when the strategy reached most staff
    Given the evidence:
      | id | topic                  | kind   | issued     | attributes           |
      | E1 | strategy_communication | record | 2026-02-26 | staff_reached_pct=94 |
    When the bundle is assessed
    Then criterion ST-SG-3-02 passes

  Scenario: ST-SG-3-02 fails when too few staff were reached
    Given the evidence:
      | id | topic                  | kind   | issued     | attributes           |
      | E1 | strategy_communication | record | 2026-02-26 | staff_reached_pct=55 |
    When the bundle is assessed
    Then criterion ST-SG-3-02 fails
    And the finding for ST-SG-3-02 says "needs staff_reached_pct ≥ 80"

  Scenario: ST-SG-3-03 passes on the attached service management manual of the honest strategy sample
    Given the sample bundle "strategy-all-met.yaml"
    When the bundle is assessed
    Then criterion ST-SG-3-03 passes
    And criterion ST-SG-3-03 cites EV-ST-045

  Scenario: ST-SG-3-03 fails on a manual that is only claimed, with no document attached
    Given the evidence:
      | id | topic                     | kind     | issued     | valid_until | approved | attributes                                                                                    |
      | E1 | service_management_manual | document | 2025-06-18 | 2028-06-30  | yes      | scope=全部服务; policy=标准服务、持续改进; covers=[scope,policy,process_architecture,responsibilities] |
    When the bundle is assessed
    Then criterion ST-SG-3-03 fails
    And the finding for ST-SG-3-03 says "only claimed: E1 has no attached document"

  Scenario: ST-SG-3-03 fails when the manual has no process architecture
    Given the evidence:
      | id | topic                     | kind     | issued     | valid_until | approved | attributes                                                               |
      | E1 | service_management_manual | document | 2025-06-18 | 2028-06-30  | yes      | scope=全部服务; policy=标准服务、持续改进; covers=[scope,policy,responsibilities] |
    When the bundle is assessed
    Then criterion ST-SG-3-03 fails
    And the finding for ST-SG-3-03 says "E1 does not count: it has covers = [scope, policy, responsibilities]"

  Scenario: ST-SG-3-04 passes on the attached standard process set and a real tailoring record
    Given the sample bundle "strategy-all-met.yaml"
    When the bundle is assessed
    Then criterion ST-SG-3-04 passes
    And criterion ST-SG-3-04 cites EV-ST-046

  Scenario: ST-SG-3-04 fails when no service ever tailored the standard processes
    Given the evidence:
      | id | topic                | kind     | issued     | valid_until | approved | attributes                                    |
      | E1 | standard_process_set | document | 2025-04-10 | 2028-12-31  | yes      | processes=6; tailoring_rules=第5章《裁剪规则》 |
    When the bundle is assessed
    Then criterion ST-SG-3-04 fails
    And the finding for ST-SG-3-04 says "process_tailoring_record"

  Scenario: ST-SG-3-04 fails when the set has no tailoring rules
    Given the evidence:
      | id | topic                    | kind     | issued     | valid_until | approved | attributes                                         | refers_to |
      | E1 | standard_process_set     | document | 2025-04-10 | 2028-12-31  | yes      | processes=6                                        |           |
      | E2 | process_tailoring_record | record   | 2026-05-28 |             | yes      | service=出口合规辅导; tailoring=诊断与方案合并 | E1        |
    When the bundle is assessed
    Then criterion ST-SG-3-04 fails
    And the finding for ST-SG-3-04 says "records no tailoring_rules"

  Scenario: ST-SG-4-01 passes with five approved indicators, each with a baseline, a target and an owner
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                                                                  |
      | D1 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |
      | D2 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-SG; indicator=年度服务企业数; baseline=3000; target=3600; owner=发展规划部 |
      | D3 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-SP; indicator=标准化产品交付量占比; baseline=55; target=60; owner=服务产品部 |
      | D4 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-DI; indicator=重点企业走访覆盖率; baseline=40; target=60; owner=调研部 |
      | D5 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-FR; indicator=预算执行率; baseline=88; target=95; owner=财务部 |
    When the bundle is assessed
    Then criterion ST-SG-4-01 passes

  Scenario: ST-SG-4-01 fails when one indicator has no owner
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                                                                  |
      | D1 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |
      | D2 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-SG; indicator=年度服务企业数; baseline=3000; target=3600; owner=发展规划部 |
      | D3 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-SP; indicator=标准化产品交付量占比; baseline=55; target=60; owner=服务产品部 |
      | D4 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-DI; indicator=重点企业走访覆盖率; baseline=40; target=60; owner=调研部 |
      | D5 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-FR; indicator=预算执行率; baseline=88; target=95               |
    When the bundle is assessed
    Then criterion ST-SG-4-01 fails
    And the finding for ST-SG-4-01 says "D5 does not count: it records no owner"

  Scenario: Probe: ST-SG-4-01 counts one indicator defined five times once
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                                                                  |
      | D1 | indicator_definition | document | 2025-09-15 | yes      | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |
      | D2 | indicator_definition | document | 2025-09-16 | yes      | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |
      | D3 | indicator_definition | document | 2025-09-17 | yes      | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |
      | D4 | indicator_definition | document | 2025-09-18 | yes      | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |
      | D5 | indicator_definition | document | 2025-09-19 | yes      | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |
    When the bundle is assessed
    Then criterion ST-SG-4-01 fails
    And the finding for ST-SG-4-01 says "found 1 distinct value of indicator among D1, D2, D3, D4, D5"

  Scenario: ST-SG-4-02 passes for a provider at 78.6 % one quarter that analysed the shortfall and acted
    Given the evidence:
      | id | topic                | kind     | issued     | approved | value | unit | period  | attributes                                                                              | refers_to |
      | D1 | indicator_definition | document | 2025-09-15 | yes      |       |      |         | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |           |
      | M1 | indicator_measurement | metric  | 2026-01-15 |          | 78.6  | %    | 2025-Q4 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better          | D1        |
      | M2 | indicator_measurement | metric  | 2026-04-15 |          | 81.2  | %    | 2026-Q1 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better          | D1        |
      | M3 | indicator_measurement | metric  | 2026-07-15 |          | 83.0  | %    | 2026-Q2 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better          | D1        |
      | M4 | indicator_measurement | metric  | 2026-10-15 |          | 85.7  | %    | 2026-Q3 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better          | D1        |
      | A1 | deviation_analysis   | record   | 2026-01-22 |          |       |      |         | subdomain=ST-SG; cause=站点建设延期; action=增派驻县专员并按月跟踪; action_status=completed | M1        |
    When the bundle is assessed
    Then criterion ST-SG-4-02 passes

  Scenario: ST-SG-4-02 fails when the shortfall of a quarter has no deviation analysis
    Given the evidence:
      | id | topic                | kind     | issued     | approved | value | unit | period  | attributes                                                                              | refers_to |
      | D1 | indicator_definition | document | 2025-09-15 | yes      |       |      |         | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |           |
      | M1 | indicator_measurement | metric  | 2026-01-15 |          | 76.0  | %    | 2025-Q4 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better          | D1        |
      | M2 | indicator_measurement | metric  | 2026-04-15 |          | 81.2  | %    | 2026-Q1 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better          | D1        |
      | M3 | indicator_measurement | metric  | 2026-07-15 |          | 83.0  | %    | 2026-Q2 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better          | D1        |
      | M4 | indicator_measurement | metric  | 2026-10-15 |          | 85.7  | %    | 2026-Q3 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better          | D1        |
    When the bundle is assessed
    Then criterion ST-SG-4-02 fails
    And the finding for ST-SG-4-02 says "M1 has no evidence item of topic 'deviation_analysis'"

  Scenario: Probe: ST-SG-4-02 fails on one good figure reported once
    Given the evidence:
      | id | topic                | kind     | issued     | approved | value | unit | period  | attributes                                                                              | refers_to |
      | D1 | indicator_definition | document | 2025-09-15 | yes      |       |      |         | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |           |
      | M1 | indicator_measurement | metric  | 2026-10-15 |          | 95    | %    | 2026-Q3 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better          | D1        |
    When the bundle is assessed
    Then criterion ST-SG-4-02 fails
    And the finding for ST-SG-4-02 says "found 1 distinct quarter"

  Scenario: ST-SG-4-03 passes with a management model reviewed in four quarters
    Given the evidence:
      | id | topic                   | kind     | issued     | valid_until | approved | attributes                                | refers_to |
      | E1 | management_model        | document | 2025-06-10 | 2028-12-31  | yes      | indicator_count=8; review_cycle=quarterly |           |
      | E2 | management_model_review | record   | 2026-01-12 |             |          | period=2025-Q4; indicators_reviewed=8     | E1        |
      | E3 | management_model_review | record   | 2026-04-10 |             |          | period=2026-Q1; indicators_reviewed=8     | E1        |
      | E4 | management_model_review | record   | 2026-07-09 |             |          | period=2026-Q2; indicators_reviewed=8     | E1        |
      | E5 | management_model_review | record   | 2026-10-12 |             |          | period=2026-Q3; indicators_reviewed=7     | E1        |
    When the bundle is assessed
    Then criterion ST-SG-4-03 passes

  Scenario: ST-SG-4-03 fails when the four reviews all cover one quarter
    Given the evidence:
      | id | topic                   | kind     | issued     | valid_until | approved | attributes                                | refers_to |
      | E1 | management_model        | document | 2025-06-10 | 2028-12-31  | yes      | indicator_count=8; review_cycle=quarterly |           |
      | E2 | management_model_review | record   | 2026-10-05 |             |          | period=2026-Q3; indicators_reviewed=8     | E1        |
      | E3 | management_model_review | record   | 2026-10-06 |             |          | period=2026-Q3; indicators_reviewed=8     | E1        |
      | E4 | management_model_review | record   | 2026-10-07 |             |          | period=2026-Q3; indicators_reviewed=8     | E1        |
      | E5 | management_model_review | record   | 2026-10-08 |             |          | period=2026-Q3; indicators_reviewed=8     | E1        |
    When the bundle is assessed
    Then criterion ST-SG-4-03 fails
    And the finding for ST-SG-4-03 says "found 1 distinct quarter"

  Scenario: ST-SG-4-03 fails when the model reviews its indicators once a year
    Given the evidence:
      | id | topic                   | kind     | issued     | valid_until | approved | attributes                             | refers_to |
      | E1 | management_model        | document | 2025-06-10 | 2028-12-31  | yes      | indicator_count=8; review_cycle=yearly |           |
      | E2 | management_model_review | record   | 2026-01-12 |             |          | period=2025-Q4; indicators_reviewed=8  | E1        |
      | E3 | management_model_review | record   | 2026-04-10 |             |          | period=2026-Q1; indicators_reviewed=8  | E1        |
      | E4 | management_model_review | record   | 2026-07-09 |             |          | period=2026-Q2; indicators_reviewed=8  | E1        |
      | E5 | management_model_review | record   | 2026-10-12 |             |          | period=2026-Q3; indicators_reviewed=7  | E1        |
    When the bundle is assessed
    Then criterion ST-SG-4-03 fails
    And the finding for ST-SG-4-03 says "E1 does not count: it has review_cycle = 'yearly'"

  Scenario: ST-SG-5-01 passes with a long-term plan covering finance, talent and the service model
    Given the evidence:
      | id | topic               | kind     | issued     | valid_until | approved | attributes                                                    |
      | E1 | sustainability_plan | document | 2026-03-18 | 2032-12-31  | yes      | horizon_years=7; dimensions=[finance,talent,service_model] |
    When the bundle is assessed
    Then criterion ST-SG-5-01 passes
    And criterion ST-SG-5-01 cites E1

  Scenario: ST-SG-5-01 fails when the plan ignores talent
    Given the evidence:
      | id | topic               | kind     | issued     | valid_until | approved | attributes                                       |
      | E1 | sustainability_plan | document | 2026-03-18 | 2032-12-31  | yes      | horizon_years=7; dimensions=[finance,service_model] |
    When the bundle is assessed
    Then criterion ST-SG-5-01 fails
    And the finding for ST-SG-5-01 says "E1 does not count: it has dimensions = [finance, service_model]"

  Scenario: Probe: ST-SG-5-01 fails on a five-year finance plan plus two one-year notes
    Given the evidence:
      | id | topic               | kind     | issued     | valid_until | approved | attributes                                  |
      | E1 | sustainability_plan | document | 2026-03-18 | 2031-12-31  | yes      | horizon_years=5; dimensions=[finance]       |
      | E2 | sustainability_plan | document | 2026-03-20 | 2027-03-31  | yes      | horizon_years=1; dimensions=[talent]        |
      | E3 | sustainability_plan | document | 2026-03-22 | 2027-03-31  | yes      | horizon_years=1; dimensions=[service_model] |
    When the bundle is assessed
    Then criterion ST-SG-5-01 fails
    And the finding for ST-SG-5-01 says "E1 does not count: it has dimensions = [finance]"

  Scenario: ST-SG-5-02 passes with innovation goals in the plan in force
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes                          |
      | E1 | strategic_plan | document | 2025-12-20 | 2030-12-31  | yes      | horizon_years=5; innovation_goals=3 |
    When the bundle is assessed
    Then criterion ST-SG-5-02 passes

  Scenario: ST-SG-5-02 fails when the plan has only one innovation goal
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes                          |
      | E1 | strategic_plan | document | 2025-12-20 | 2030-12-31  | yes      | horizon_years=5; innovation_goals=1 |
    When the bundle is assessed
    Then criterion ST-SG-5-02 fails
    And the finding for ST-SG-5-02 says "needs innovation_goals ≥ 2"

  # ------------------------------------------------------- DI demand insight and positioning

  Scenario: ST-DI-1-01 passes with the needs of three enterprises heard on visits and in an interview
    Given the evidence:
      | id | topic               | kind      | issued     | attributes                                               |
      | E1 | client_visit_record | record    | 2026-03-12 | enterprise=绿源茶业; needs=技改补贴与流动资金贷款; method=visit |
      | E2 | client_visit_record | record    | 2026-05-21 | enterprise=宏达竹木; needs=跨境电商培训; method=visit          |
      | E3 | client_visit_record | record    | 2026-09-08 | enterprise=惠民超市; needs=用工对接; method=interview         |
    When the bundle is assessed
    Then criterion ST-DI-1-01 passes
    And criterion ST-DI-1-01 cites E3

  Scenario: ST-DI-1-01 fails when three visits heard only two enterprises
    Given the evidence:
      | id | topic               | kind   | issued     | attributes                                      |
      | E1 | client_visit_record | record | 2026-03-12 | enterprise=绿源茶业; needs=技改补贴; method=visit |
      | E2 | client_visit_record | record | 2026-05-21 | enterprise=绿源茶业; needs=贷款续贷; method=visit |
      | E3 | client_visit_record | record | 2026-09-08 | enterprise=宏达竹木; needs=电商培训; method=visit |
    When the bundle is assessed
    Then criterion ST-DI-1-01 fails
    And the finding for ST-DI-1-01 says "found 2 distinct values of enterprise among E1, E2, E3"

  Scenario: ST-DI-1-01 no longer counts the register of requests enterprises bring in (that is OP-IC-1-01's)
    Given the evidence:
      | id | topic               | kind   | issued     | attributes  |
      | E1 | service_request_log | record | 2026-06-01 | entries=120 |
    When the bundle is assessed
    Then criterion ST-DI-1-01 fails

  Scenario: ST-DI-2-01 passes with four defined segments
    Given the evidence:
      | id | topic              | kind     | issued     | approved | attributes |
      | E1 | market_positioning | document | 2025-06-10 | yes      | segments=4 |
    When the bundle is assessed
    Then criterion ST-DI-2-01 passes

  Scenario: ST-DI-2-01 fails when the positioning is older than three years
    Given the evidence:
      | id | topic              | kind     | issued     | approved | attributes |
      | E1 | market_positioning | document | 2022-06-10 | yes      | segments=4 |
    When the bundle is assessed
    Then criterion ST-DI-2-01 fails
    And the finding for ST-DI-2-01 says "dates from 2022-06-10"

  Scenario: ST-DI-3-01 passes with two surveys of enough enterprises
    Given the evidence:
      | id | topic        | kind   | issued     | attributes      |
      | E1 | needs_survey | record | 2026-05-20 | respondents=412 |
      | E2 | needs_survey | record | 2026-09-03 | respondents=156 |
    When the bundle is assessed
    Then criterion ST-DI-3-01 passes
    And criterion ST-DI-3-01 cites E2

  Scenario: ST-DI-3-01 fails when the second survey is too small
    Given the evidence:
      | id | topic        | kind   | issued     | attributes      |
      | E1 | needs_survey | record | 2026-05-20 | respondents=412 |
      | E2 | needs_survey | record | 2026-09-03 | respondents=18  |
    When the bundle is assessed
    Then criterion ST-DI-3-01 fails
    And the finding for ST-DI-3-01 says "found 1 (E1)"

  Scenario: ST-DI-3-02 passes with three customised cases
    Given the evidence:
      | id | topic               | kind   | issued     | attributes                                                          |
      | E1 | custom_service_case | record | 2026-04-22 | enterprise=湖滨精机; diagnosis=授信受限; tailoring=体系辅导加融资对接; result=获授信500万元 |
      | E2 | custom_service_case | record | 2026-06-30 | enterprise=湖滨味道; diagnosis=出口法规不熟; tailoring=按目标国定制清单; result=取得出口资质 |
      | E3 | custom_service_case | record | 2026-08-14 | enterprise=云启软件; diagnosis=知识产权空白; tailoring=按产品线布局; result=登记著作权9件 |
    When the bundle is assessed
    Then criterion ST-DI-3-02 passes

  Scenario: ST-DI-3-02 fails with only two cases
    Given the evidence:
      | id | topic               | kind   | issued     | attributes                                                          |
      | E1 | custom_service_case | record | 2026-04-22 | enterprise=湖滨精机; diagnosis=授信受限; tailoring=体系辅导加融资对接; result=获授信500万元 |
      | E2 | custom_service_case | record | 2026-06-30 | enterprise=湖滨味道; diagnosis=出口法规不熟; tailoring=按目标国定制清单; result=取得出口资质 |
    When the bundle is assessed
    Then criterion ST-DI-3-02 fails
    And the finding for ST-DI-3-02 says "found 2 distinct values of enterprise among E1, E2"

  Scenario: Probe: ST-DI-3-02 fails on three empty case records
    Given the evidence:
      | id | topic               | kind   | issued     |
      | E1 | custom_service_case | record | 2026-04-22 |
      | E2 | custom_service_case | record | 2026-06-30 |
      | E3 | custom_service_case | record | 2026-08-14 |
    When the bundle is assessed
    Then criterion ST-DI-3-02 fails
    And the finding for ST-DI-3-02 says "E1 does not count: it records no diagnosis"

  Scenario: ST-DI-4-01 passes with a model-based forecast from four sources
    Given the evidence:
      | id | topic           | kind     | issued     | approved | attributes                          |
      | E1 | demand_forecast | document | 2026-09-28 | yes      | method=time_series; data_sources=4 |
    When the bundle is assessed
    Then criterion ST-DI-4-01 passes

  Scenario: ST-DI-4-01 fails when the forecast is judgement alone
    Given the evidence:
      | id | topic           | kind     | issued     | approved | attributes                        |
      | E1 | demand_forecast | document | 2026-09-28 | yes      | method=judgement; data_sources=1 |
    When the bundle is assessed
    Then criterion ST-DI-4-01 fails
    And the finding for ST-DI-4-01 says "has method = 'judgement'"

  Scenario: ST-DI-5-01 passes with a published sector index and the address of its release
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                                                          |
      | E1 | industry_insight_report | document | 2026-03-15 | url=https://www.hbsme.gov.cn/yjbg/2026/fzzs2025.html; publisher=湖滨省中小企业服务中心 |
    When the bundle is assessed
    Then criterion ST-DI-5-01 passes

  Scenario: ST-DI-5-01 fails when nobody can say where the report was published
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                  |
      | E1 | industry_insight_report | document | 2026-03-15 | publisher=湖滨省中小企业服务中心 |
    When the bundle is assessed
    Then criterion ST-DI-5-01 fails
    And the finding for ST-DI-5-01 says "records no url"

  # ------------------------------------------------ SP service portfolio and productisation

  Scenario: ST-SP-1-01 passes with this year's service guide
    Given the evidence:
      | id | topic        | kind     | issued     | valid_until | attributes  |
      | E1 | service_list | document | 2026-01-05 | 2026-12-31  | services=14 |
    When the bundle is assessed
    Then criterion ST-SP-1-01 passes

  Scenario: ST-SP-1-01 fails when the guide has expired
    Given the evidence:
      | id | topic        | kind     | issued     | valid_until | attributes  |
      | E1 | service_list | document | 2025-01-05 | 2025-12-31  | services=14 |
    When the bundle is assessed
    Then criterion ST-SP-1-01 fails
    And the finding for ST-SP-1-01 says "expired on 2025-12-31"

  Scenario: ST-SP-1-01 fails on a flyer for a single service
    Given the evidence:
      | id | topic        | kind     | issued     | valid_until | attributes |
      | E1 | service_list | document | 2026-01-05 | 2026-12-31  | services=1 |
    When the bundle is assessed
    Then criterion ST-SP-1-01 fails
    And the finding for ST-SP-1-01 says "needs services ≥ 3"

  Scenario: ST-SP-2-01 passes with three specified service products
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                                             |
      | E1 | service_product_spec | document | 2025-11-20 | yes      | product=融资对接服务包; deliverables=diagnostic report; price=免费 |
      | E2 | service_product_spec | document | 2025-11-20 | yes      | product=管理体系认证辅导; deliverables=system documents; price=1.2万元/项目 |
      | E3 | service_product_spec | document | 2025-11-20 | yes      | product=政策申报代办; deliverables=filing receipt; price=免费 |
    When the bundle is assessed
    Then criterion ST-SP-2-01 passes

  Scenario: ST-SP-2-01 fails when a product sheet names no deliverables
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                                             |
      | E1 | service_product_spec | document | 2025-11-20 | yes      | product=融资对接服务包; deliverables=diagnostic report; price=免费 |
      | E2 | service_product_spec | document | 2025-11-20 | yes      | product=管理体系认证辅导; deliverables=system documents; price=1.2万元/项目 |
      | E3 | service_product_spec | document | 2025-11-20 | yes      | product=政策申报代办; price=免费 |
    When the bundle is assessed
    Then criterion ST-SP-2-01 fails
    And the finding for ST-SP-2-01 says "E3 does not count: it records no deliverables"

  Scenario: Probe: ST-SP-2-01 counts three sheets of one product once
    Given the evidence:
      | id | topic                | kind     | issued     | approved | attributes                                             |
      | E1 | service_product_spec | document | 2025-11-20 | yes      | product=融资对接服务包; deliverables=diagnostic report; price=免费 |
      | E2 | service_product_spec | document | 2025-12-20 | yes      | product=融资对接服务包; deliverables=diagnostic report; price=免费 |
      | E3 | service_product_spec | document | 2026-01-20 | yes      | product=融资对接服务包; deliverables=diagnostic report; price=免费 |
    When the bundle is assessed
    Then criterion ST-SP-2-01 fails
    And the finding for ST-SP-2-01 says "found 1 distinct value of product among E1, E2, E3"

  Scenario: ST-SP-3-01 passes with an approved portfolio review
    Given the evidence:
      | id | topic            | kind   | issued     | approved | attributes  |
      | E1 | portfolio_review | record | 2026-07-06 | yes      | decisions=5 |
    When the bundle is assessed
    Then criterion ST-SP-3-01 passes

  Scenario: ST-SP-3-01 fails when the review decided nothing
    Given the evidence:
      | id | topic            | kind   | issued     | approved | attributes  |
      | E1 | portfolio_review | record | 2026-07-06 | yes      | decisions=0 |
    When the bundle is assessed
    Then criterion ST-SP-3-01 fails
    And the finding for ST-SP-3-01 says "needs decisions ≥ 1"

  Scenario: ST-SP-4-01 passes when the standard-product share is tracked quarterly against its target
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | attributes                                                                            | refers_to |
      | D1 | indicator_definition  | document | 2025-09-15 | yes      |       |      |         | subdomain=ST-SP; indicator=标准化产品交付量占比; baseline=55; target=60; owner=服务产品部 |           |
      | M1 | indicator_measurement | metric   | 2026-01-15 |          | 63.0  | %    | 2025-Q4 | subdomain=ST-SP; indicator=标准化产品交付量占比; target=60; direction=higher_better     | D1        |
      | M2 | indicator_measurement | metric   | 2026-04-15 |          | 65.4  | %    | 2026-Q1 | subdomain=ST-SP; indicator=标准化产品交付量占比; target=60; direction=higher_better     | D1        |
      | M3 | indicator_measurement | metric   | 2026-07-15 |          | 66.9  | %    | 2026-Q2 | subdomain=ST-SP; indicator=标准化产品交付量占比; target=60; direction=higher_better     | D1        |
      | M4 | indicator_measurement | metric   | 2026-10-15 |          | 68.2  | ％   | 2026-Q3 | subdomain=ST-SP; indicator=标准化产品交付量占比; target=60; direction=higher_better     | D1        |
    When the bundle is assessed
    Then criterion ST-SP-4-01 passes

  Scenario: ST-SP-4-01 fails when the measurements are of another sub-domain's indicator
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | value | unit | period  | attributes                                                                      | refers_to |
      | D1 | indicator_definition  | document | 2025-09-15 | yes      |       |      |         | subdomain=ST-SG; indicator=战略指标达成率; baseline=75; target=80; owner=发展规划部 |           |
      | M1 | indicator_measurement | metric   | 2026-01-15 |          | 81.0  | %    | 2025-Q4 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better      | D1        |
      | M2 | indicator_measurement | metric   | 2026-04-15 |          | 81.2  | %    | 2026-Q1 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better      | D1        |
      | M3 | indicator_measurement | metric   | 2026-07-15 |          | 83.0  | %    | 2026-Q2 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better      | D1        |
      | M4 | indicator_measurement | metric   | 2026-10-15 |          | 85.7  | %    | 2026-Q3 | subdomain=ST-SG; indicator=战略指标达成率; target=80; direction=higher_better      | D1        |
    When the bundle is assessed
    Then criterion ST-SP-4-01 fails
    And criterion ST-SG-4-02 passes

  Scenario: ST-SP-5-01 passes with two innovation projects past the idea stage
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes     |
      | E1 | service_innovation_project | record | 2025-12-10 | stage=launched |
      | E2 | service_innovation_project | record | 2026-06-18 | stage=pilot    |
    When the bundle is assessed
    Then criterion ST-SP-5-01 passes

  Scenario: ST-SP-5-01 fails when one project is still an idea
    Given the evidence:
      | id | topic                      | kind   | issued     | attributes     |
      | E1 | service_innovation_project | record | 2025-12-10 | stage=launched |
      | E2 | service_innovation_project | record | 2026-06-18 | stage=idea     |
    When the bundle is assessed
    Then criterion ST-SP-5-01 fails
    And the finding for ST-SP-5-01 says "has stage = 'idea'"

  # ---------------------------------------- FR finance, pricing and resource assurance

  Scenario: ST-FR-1-01 passes with this year's approved budget
    Given the evidence:
      | id | topic  | kind     | issued     | approved   |
      | E1 | budget | document | 2026-02-14 | 2026-02-14 |
    When the bundle is assessed
    Then criterion ST-FR-1-01 passes

  Scenario: ST-FR-1-01 fails when the budget was never approved
    Given the evidence:
      | id | topic  | kind     | issued     |
      | E1 | budget | document | 2026-10-20 |
    When the bundle is assessed
    Then criterion ST-FR-1-01 fails
    And the finding for ST-FR-1-01 says "is not approved"

  Scenario: ST-FR-1-01 refuses a budget approved only after the assessment
    Given the evidence:
      | id | topic  | kind     | issued     | approved   |
      | E1 | budget | document | 2026-10-20 | 2026-11-15 |
    When the bundle is assessed
    Then the assessment is refused with "2026-11-15 is after the assessment date 2026-11-01"

  Scenario: ST-FR-2-01 passes with a fee policy in force published on line
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved | attributes                              |
      | E1 | pricing_policy | document | 2025-09-01 | 2027-08-31  | yes      | url=https://www.hbsme.gov.cn/fwgs/sfbz |
    When the bundle is assessed
    Then criterion ST-FR-2-01 passes

  Scenario: ST-FR-2-01 passes when the assessor saw the fee notice displayed at the service window
    Given the evidence:
      | id | topic          | kind        | issued     | valid_until | approved |
      | E1 | pricing_policy | document    | 2025-03-01 | 2027-02-28  | yes      |
      | E2 | pricing_policy | observation | 2026-10-30 |             |          |
    When the bundle is assessed
    Then criterion ST-FR-2-01 passes
    And criterion ST-FR-2-01 cites E2

  Scenario: ST-FR-2-01 fails when prices are known only internally
    Given the evidence:
      | id | topic          | kind     | issued     | valid_until | approved |
      | E1 | pricing_policy | document | 2025-09-01 | 2027-08-31  | yes      |
    When the bundle is assessed
    Then criterion ST-FR-2-01 fails
    And the finding for ST-FR-2-01 says "E1 does not count: it records no url"

  Scenario: ST-FR-2-02 passes with an unqualified external audit whose findings are closed
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                           |
      | E1 | audit_report            | document | 2026-04-10 | auditor=external; opinion=unqualified |
      | E2 | financial_audit_finding | record   | 2026-04-10 | severity=major; status=closed        |
      | R1 | financial_audit_finding_register | record | 2026-10-01 | open=0; open_major=0         |
    When the bundle is assessed
    Then criterion ST-FR-2-02 passes
    And criterion ST-FR-2-02 cites E1
    And criterion ST-FR-2-02 cites R1

  Scenario: ST-FR-2-02 fails on an audit report with no findings itemised and no register — silence proves nothing
    Given the evidence:
      | id | topic        | kind     | issued     | attributes                            |
      | E1 | audit_report | document | 2026-04-10 | auditor=external; opinion=unqualified |
    When the bundle is assessed
    Then criterion ST-FR-2-02 fails
    And the finding for ST-FR-2-02 says "financial_audit_finding_register"

  Scenario: Probe: ST-FR-2-02 fails when the register admits an open major finding the bundle leaves out
    Given the evidence:
      | id | topic                            | kind     | issued     | attributes                            |
      | E1 | audit_report                     | document | 2026-04-10 | auditor=external; opinion=unqualified |
      | R1 | financial_audit_finding_register | record   | 2026-10-01 | open=1; open_major=1                  |
    When the bundle is assessed
    Then criterion ST-FR-2-02 fails
    And the report cautions "states open_major = 1 but the items of topic 'financial_audit_finding' give 0: it admits what the items leave out"

  Scenario: ST-FR-2-02 fails while a major audit finding is open
    Given the evidence:
      | id | topic                   | kind     | issued     | attributes                           |
      | E1 | audit_report            | document | 2026-04-10 | auditor=external; opinion=unqualified |
      | E2 | financial_audit_finding | record   | 2026-04-10 | severity=major; status=open          |
    When the bundle is assessed
    Then criterion ST-FR-2-02 fails
    And the finding for ST-FR-2-02 says "must not exist, but E2 does"

  Scenario Outline: ST-FR-2-02 reads the audit opinion (<opinion>)
    Given the evidence:
      | id | topic                            | kind     | issued     | attributes                           |
      | E1 | audit_report                     | document | 2026-04-10 | auditor=external; opinion=<opinion> |
      | R1 | financial_audit_finding_register | record   | 2026-10-01 | open=0; open_major=0                |
    When the bundle is assessed
    Then criterion ST-FR-2-02 <outcome>

    Examples:
      | opinion     | outcome |
      | unqualified | passes  |
      | qualified   | passes  |
      | adverse     | fails   |
      | disclaimer  | fails   |
      | 无法表示意见 | fails   |

  Scenario: ST-FR-2-02 fails when the audit report states no opinion
    Given the evidence:
      | id | topic        | kind     | issued     | attributes       |
      | E1 | audit_report | document | 2026-04-10 | auditor=external |
    When the bundle is assessed
    Then criterion ST-FR-2-02 fails
    And the finding for ST-FR-2-02 says "records no opinion"

  Scenario: ST-FR-3-01 passes with a resource plan covering people and core technology
    Given the evidence:
      | id | topic         | kind     | issued     | approved | attributes                         |
      | E1 | resource_plan | document | 2026-01-20 | yes      | covers=[people,core_technology] |
    When the bundle is assessed
    Then criterion ST-FR-3-01 passes

  Scenario: ST-FR-3-01 fails when the plan omits core technology
    Given the evidence:
      | id | topic         | kind     | issued     | approved | attributes                 |
      | E1 | resource_plan | document | 2026-01-20 | yes      | covers=[people,facilities] |
    When the bundle is assessed
    Then criterion ST-FR-3-01 fails
    And the finding for ST-FR-3-01 says "E1 does not count: it has covers = [people, facilities]"

  Scenario: Probe: ST-FR-3-01 fails when a staffing plan and a technology roadmap each cover one part
    Given the evidence:
      | id | topic         | kind     | issued     | approved | attributes               |
      | E1 | resource_plan | document | 2026-01-20 | yes      | covers=[people]          |
      | E2 | resource_plan | document | 2026-02-20 | yes      | covers=[core_technology] |
    When the bundle is assessed
    Then criterion ST-FR-3-01 fails
    And the finding for ST-FR-3-01 says "E2 does not count: it has covers = [core_technology]"

  Scenario: ST-FR-3-02 passes with 68 % qualified staff
    Given the evidence:
      | id | topic                 | kind   | issued     | value | unit |
      | E1 | qualified_staff_ratio | metric | 2026-09-30 | 68    | %    |
    When the bundle is assessed
    Then criterion ST-FR-3-02 passes

  Scenario: ST-FR-3-02 fails when the figure is two years old
    Given the evidence:
      | id | topic                 | kind   | issued     | value | unit |
      | E1 | qualified_staff_ratio | metric | 2024-09-30 | 68    | %    |
    When the bundle is assessed
    Then criterion ST-FR-3-02 fails
    And the finding for ST-FR-3-02 says "dates from 2024-09-30"

  Scenario: ST-FR-3-02 refuses a share measured as a count, not a percentage
    Given the evidence:
      | id | topic                 | kind   | issued     | value | unit  |
      | E1 | qualified_staff_ratio | metric | 2026-09-30 | 68    | cases |
    When the bundle is assessed
    Then the assessment is refused with "unit 'cases' is not the unit of topic 'qualified_staff_ratio' (expected '%')"

  Scenario: ST-FR-3-02 reads a full-width percent sign as a percentage
    Given the evidence:
      | id | topic                 | kind   | issued     | value | unit |
      | E1 | qualified_staff_ratio | metric | 2026-09-30 | 72    | ％   |
    When the bundle is assessed
    Then criterion ST-FR-3-02 passes

  Scenario: ST-FR-4-01 passes with a cost-benefit analysis per service line
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes      |
      | E1 | service_cost_analysis | document | 2026-03-02 | yes      | service_lines=6 |
    When the bundle is assessed
    Then criterion ST-FR-4-01 passes

  Scenario: ST-FR-4-01 fails with only an organisation-wide figure
    Given the evidence:
      | id | topic                 | kind     | issued     | approved | attributes      |
      | E1 | service_cost_analysis | document | 2026-03-02 | yes      | service_lines=1 |
    When the bundle is assessed
    Then criterion ST-FR-4-01 fails
    And the finding for ST-FR-4-01 says "needs service_lines ≥ 2"

  Scenario: ST-FR-4-02 passes when staff, budget and platform capacity each cover what the strategy needs
    Given the evidence:
      | id | topic               | kind     | issued     | approved | attributes                                            |
      | C1 | capacity_assessment | document | 2026-02-06 | yes      | dimension=staff; required=118; available=124; unit=人 |
      | C2 | capacity_assessment | document | 2026-02-06 | yes      | dimension=budget; required=6850; available=7020; unit=万元 |
      | C3 | capacity_assessment | document | 2026-02-06 | yes      | dimension=platform; required=20000; available=30000; unit=并发用户 |
    When the bundle is assessed
    Then criterion ST-FR-4-02 passes

  Scenario: ST-FR-4-02 fails when the staff in post fall short of what the strategic targets need
    Given the evidence:
      | id | topic               | kind     | issued     | approved | attributes                                            |
      | C1 | capacity_assessment | document | 2026-02-06 | yes      | dimension=staff; required=118; available=96; unit=人 |
      | C2 | capacity_assessment | document | 2026-02-06 | yes      | dimension=budget; required=6850; available=7020; unit=万元 |
      | C3 | capacity_assessment | document | 2026-02-06 | yes      | dimension=platform; required=20000; available=30000; unit=并发用户 |
    When the bundle is assessed
    Then criterion ST-FR-4-02 fails
    And the finding for ST-FR-4-02 says "Σ available / Σ required = 81.355932203 % over C1"

  Scenario: ST-FR-4-02 fails on a statement of alignment with no platform figures
    Given the evidence:
      | id | topic               | kind     | issued     | approved | attributes                                            |
      | C1 | capacity_assessment | document | 2026-02-06 | yes      | dimension=staff; required=118; available=124; unit=人 |
      | C2 | capacity_assessment | document | 2026-02-06 | yes      | dimension=budget; required=6850; available=7020; unit=万元 |
      | C3 | capacity_assessment | document | 2026-02-06 | yes      | dimension=platform                                    |
    When the bundle is assessed
    Then criterion ST-FR-4-02 fails

  Scenario: ST-FR-5-01 passes when no funding source exceeds 60 %
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit |
      | E1 | largest_funding_source_share | metric | 2026-04-10 | 52    | %    |
    When the bundle is assessed
    Then criterion ST-FR-5-01 passes

  Scenario: ST-FR-5-01 passes for a publicly funded centre with a three-year funding commitment
    Given the evidence:
      | id | topic                         | kind     | issued     | valid_until | approved | attributes                       | value | unit |
      | E1 | largest_funding_source_share  | metric   | 2026-04-10 |             |          |                                  | 92    | %    |
      | E2 | multi_year_funding_commitment | document | 2026-01-05 | 2028-12-31  | yes      | years_covered=3; funder=省财政厅 |       |      |
    When the bundle is assessed
    Then criterion ST-FR-5-01 passes
    And criterion ST-FR-5-01 cites E2

  Scenario: ST-FR-5-01 fails when one funder provides 85 %
    Given the evidence:
      | id | topic                        | kind   | issued     | value | unit |
      | E1 | largest_funding_source_share | metric | 2026-04-10 | 85    | %    |
    When the bundle is assessed
    Then criterion ST-FR-5-01 fails
    And the finding for ST-FR-5-01 says "has value 85 %; needs ≤ 60"

  Scenario: ST-FR-5-01 fails when the funding commitment covers only this year
    Given the evidence:
      | id | topic                         | kind     | issued     | valid_until | approved | attributes      |
      | E1 | multi_year_funding_commitment | document | 2026-01-05 | 2026-12-31  | yes      | years_covered=1 |
    When the bundle is assessed
    Then criterion ST-FR-5-01 fails
    And the finding for ST-FR-5-01 says "E1 does not count: it has years_covered = 1; needs years_covered ≥ 3"
